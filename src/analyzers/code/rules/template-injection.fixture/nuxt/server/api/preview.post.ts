import { template } from 'lodash-es'

const DEFAULT_LAYOUT = '<main><%= body %></main>'

export default defineEventHandler(async (event) => {
  const { layout, body } = await readBody<{ layout?: string; body: string }>(event)
  // The request writes the template: lodash compiles it into a function.
  // ruleid: js/template-injection
  const render = template(layout ?? DEFAULT_LAYOUT)
  // The request only fills a fixed template.
  // ok: js/template-injection
  const fixed = template(DEFAULT_LAYOUT)
  return { html: render({ body }), fixed: fixed({ body }) }
})
