import { escapeHtml } from './escape.js'
import { resolveOptions } from './options.js'

function itemClass(prefix, level) {
  return `${prefix}__item ${prefix}__item--h${Number(level) || 2}`
}

/** Mounts the table of contents into the page. */
export function mountToc(container, items, options) {
  const p = options.classPrefix
  const links = items
    .map((item) => `<li class="${itemClass(p, item.level)}"><a class="${p}__link" href="#${item.id}">${item.text}</a></li>`)
    .join('')
  // vuln: CWE-79
  container.innerHTML = `<nav class="${p}" aria-label="Table of contents"><ol class="${p}__list">${links}</ol></nav>`
  if (options.title) {
    const heading = document.createElement('p')
    heading.className = `${p}__title`
    // safe: CWE-79
    heading.textContent = options.title
    container.firstElementChild.prepend(heading)
  }
}

/** The same list as an HTML string, for static site generators and newsletters. */
export function tocHtml(items, userOptions = {}) {
  const options = resolveOptions(userOptions)
  const p = options.classPrefix
  const links = items
    .map((item) => `<li class="${itemClass(p, item.level)}"><a class="${p}__link" href="#${escapeHtml(encodeURIComponent(item.id))}">${escapeHtml(item.text)}</a></li>`)
    .join('')
  const title = options.title ? `<p class="${p}__title">${escapeHtml(options.title)}</p>` : ''
  // safe: CWE-79
  return `<nav class="${p}" aria-label="Table of contents">${title}<ol class="${p}__list">${links}</ol></nav>`
}
