import { uniqueSlug } from './slug.js'

/** Reads the headings of the article; headings without an id get one. */
export function collectHeadings(content, options) {
  const used = new Set()
  const items = []
  for (const heading of content.querySelectorAll(options.headings)) {
    if (heading.closest('[data-toc-skip]')) continue
    const text = (heading.getAttribute('data-toc-label') ?? heading.textContent ?? '').trim()
    if (!text) continue
    let id = heading.id
    if (id) used.add(id)
    else {
      id = uniqueSlug(text, used)
      heading.id = id
    }
    items.push({ id, text, level: Number(heading.tagName.slice(1)) || 2 })
  }
  return items
}
