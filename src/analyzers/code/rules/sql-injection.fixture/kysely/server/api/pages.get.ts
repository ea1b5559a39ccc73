// `~` is the Nuxt project (this folder, where nuxt.config.ts is), not the scanned root.
import { pagesBySlug, pagesByTitle, pagesInCollection, searchPages } from '~/server/repositories/pages'

export default defineEventHandler(async (event) => {
  const { collection, order, q } = getQuery(event)
  if (typeof q === 'string') return searchPages(q)
  const { title, slug } = getQuery(event)
  if (typeof slug === 'string') return pagesBySlug(slug)
  if (typeof title === 'string') return pagesByTitle(title)
  // The repository splices the text in: the finding is there, not on this call.
  // ok: js/sql-injection
  return pagesInCollection(String(collection), String(order))
})
