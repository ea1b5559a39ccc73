/** Marks the link of the heading currently at the top of the viewport. */
export function startScrollSpy(container, items, options) {
  const active = `${options.classPrefix}__link--active`
  const links = new Map()
  for (const item of items) {
    const link = container.querySelector(`a[href="#${CSS.escape(item.id)}"]`)
    if (link) links.set(item.id, link)
  }

  const onScroll = () => {
    let current = null
    for (const item of items) {
      const el = document.getElementById(item.id)
      if (el && el.getBoundingClientRect().top - options.offset <= 0) current = item.id
    }
    for (const [id, link] of links) {
      link.classList.toggle(active, id === current)
      if (id === current) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
  }

  window.addEventListener('scroll', onScroll, { passive: true })
  onScroll()
  return () => window.removeEventListener('scroll', onScroll)
}
