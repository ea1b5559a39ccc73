import { template } from 'lodash-es'
import { findPageBySlug } from '~/server/repositories/pages'

interface RenderBody {
  slug: string
  layout?: string
}

/**
 * Live preview in the layout editor: editors tweak the page layout (lodash template syntax,
 * e.g. "<header><%= page.title %></header><%= body %>") and see the result before saving.
 */
export default defineEventHandler(async (event) => {
  requireRole(event, 'editor')
  const { slug, layout } = await readBody<RenderBody>(event)
  const page = await findPageBySlug(slug)
  if (!page) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  }

  try {
    const source = layout ?? (await useStorage('cache').getItem<string>('layout:default')) ?? '<%= body %>'
    // vuln: CWE-1336, CWE-94
    const render = template(source)
    const html = render({ page: { title: page.title, publishedAt: page.published_at }, body: renderMarkdown(page.body_md) })
    return { html }
  } catch (err: any) {
    // vuln: CWE-209
    throw createError({ statusCode: 422, statusMessage: 'Layout failed to render', data: { message: err.message, stack: err.stack } })
  }
})
