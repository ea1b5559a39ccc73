import { listPublishedPages, pagesInCollection } from '~/server/repositories/pages'

export default defineEventHandler(async (event) => {
  const { collection, order, sort, dir, page } = getQuery(event)

  // The collection widget sends the ordering configured in the landing page's front matter.
  if (typeof collection === 'string' && typeof order === 'string' && order.length > 0) {
    return { items: await pagesInCollection(collection, order) }
  }

  const pageNo = Math.max(1, Number.parseInt(String(page ?? '1'), 10) || 1)
  const items = await listPublishedPages({
    collection: typeof collection === 'string' ? collection : undefined,
    sort: typeof sort === 'string' ? sort : undefined,
    dir: typeof dir === 'string' ? dir : undefined,
    page: pageNo,
    perPage: 20
  })
  return { items, page: pageNo }
})
