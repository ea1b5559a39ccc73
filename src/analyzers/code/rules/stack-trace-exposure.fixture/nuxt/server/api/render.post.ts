// h3 answers a thrown createError() with its message, statusMessage and data as JSON.
export default defineEventHandler(async (event) => {
  const { source } = await readBody<{ source: string }>(event)
  try {
    return { html: await renderLayout(source) }
  } catch (err: any) {
    // ruleid: js/stack-trace-exposure
    throw createError({ statusCode: 422, statusMessage: 'Layout failed to render', data: { message: err.message, stack: err.stack } })
  }
})

export const preview = defineEventHandler(async (event) => {
  const { source } = await readBody<{ source: string }>(event)
  try {
    return { html: await renderLayout(source) }
  } catch (err: any) {
    console.error(err)
    // ok: js/stack-trace-exposure
    throw createError({ statusCode: 500, statusMessage: 'Layout failed to render', data: { code: 'RENDER_FAILED' } })
  }
})

async function renderLayout(source: string): Promise<string> {
  return source.trim()
}
