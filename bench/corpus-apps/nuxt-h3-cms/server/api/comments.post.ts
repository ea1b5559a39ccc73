interface CommentBody {
  pageId?: number
  authorName?: string
  body?: string
}

export default defineEventHandler(async (event) => {
  const { pageId, authorName, body } = await readBody<CommentBody>(event)
  if (!Number.isInteger(pageId) || !authorName?.trim() || !body?.trim()) {
    throw createError({ statusCode: 400, statusMessage: 'pageId, authorName and body are required' })
  }
  if (body.length > 5000 || authorName.length > 80) {
    throw createError({ statusCode: 413, statusMessage: 'Comment too long' })
  }

  const { comments } = await loadSettings()
  if (!comments.enabled) {
    throw createError({ statusCode: 403, statusMessage: 'Comments are closed' })
  }

  const db = useDb()
  const page = await db.selectFrom('pages').select('id').where('id', '=', pageId!).where('status', '=', 'published').executeTakeFirst()
  if (!page) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  }

  await db
    .insertInto('comments')
    .values({ page_id: page.id, author_name: authorName.trim(), body, approved: comments.moderation === 'none' })
    .execute()
  setResponseStatus(event, 201)
  return { queued: comments.moderation !== 'none' }
})
