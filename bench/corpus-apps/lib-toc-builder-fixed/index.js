import { resolveOptions } from './lib/options.js'
import { collectHeadings } from './lib/collect.js'
import { mountToc, tocHtml } from './lib/render.js'
import { startScrollSpy } from './lib/scrollspy.js'

/**
 * Builds the table of contents for `options.content` into `options.container`.
 * Returns a handle with `refresh()` (after the article changed) and `destroy()`.
 */
export function buildToc(userOptions = {}) {
  const options = resolveOptions(userOptions)
  const content = typeof options.content === 'string' ? document.querySelector(options.content) : options.content
  const container = typeof options.container === 'string' ? document.querySelector(options.container) : options.container
  if (!content || !container) throw new Error('dom-toc: content or container element not found')

  let stopSpy = () => {}
  const render = () => {
    stopSpy()
    const items = collectHeadings(content, options)
    mountToc(container, items, options)
    if (options.scrollSpy) stopSpy = startScrollSpy(container, items, options)
    return items
  }
  render()

  return {
    refresh: render,
    destroy() {
      stopSpy()
      container.replaceChildren()
    },
  }
}

export { collectHeadings, tocHtml }
export { slugify } from './lib/slug.js'
