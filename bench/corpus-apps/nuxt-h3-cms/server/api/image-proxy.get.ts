/**
 * Hot-link proxy for images embedded in page bodies: the Markdown renderer on the client rewrites
 * <img src="https://…"> to /api/image-proxy?url=… so third-party hosts never see reader IPs.
 */
export default defineEventHandler(async (event) => {
  const { url } = getQuery(event)
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw createError({ statusCode: 400, statusMessage: 'url must be an absolute http(s) URL' })
  }

  // vuln: CWE-918
  const upstream = await $fetch.raw<ArrayBuffer>(url, { responseType: 'arrayBuffer', timeout: 8000, retry: 0 })

  const type = upstream.headers.get('content-type') ?? ''
  if (!type.startsWith('image/')) {
    throw createError({ statusCode: 415, statusMessage: 'Not an image' })
  }
  setHeader(event, 'content-type', type)
  setHeader(event, 'cache-control', 'public, max-age=86400, immutable')
  return Buffer.from(upstream._data as ArrayBuffer)
})
