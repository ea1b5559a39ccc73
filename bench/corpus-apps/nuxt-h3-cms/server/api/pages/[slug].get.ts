import { approvedComments, findPageBySlug } from '~/server/repositories/pages'

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug', { decode: true })
  if (!slug) {
    throw createError({ statusCode: 400, statusMessage: 'Missing slug' })
  }

  const page = await findPageBySlug(slug)
  if (!page) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  }

  const viewer = event.context.user as { role: string } | undefined
  const sharedDraft = event.context.preview?.pageId === page.id
  if (page.status !== 'published' && !sharedDraft && !(viewer && viewer.role !== 'reader')) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  }

  const comments = await approvedComments(page.id)

  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    status: page.status,
    publishedAt: page.published_at,
    html: renderMarkdown(page.body_md),
    author: {
      name: page.authorName,
      website: page.authorWebsite,
      github: page.authorGithub,
      bio: page.authorBio
    },
    comments: comments.map((c) => ({
      id: c.id,
      authorName: c.author_name,
      createdAt: c.created_at,
      html: renderCommentMarkdown(c.body)
    }))
  }
})
