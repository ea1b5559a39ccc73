// Nuxt server route: `$fetch` (ofetch) is a global, h3 helpers are auto-imported.
import { ofetch } from 'ofetch'

export default defineEventHandler(async (event) => {
  const { url, path } = getQuery(event)
  // A scheme check does not say which host is asked.
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw createError({ statusCode: 400, statusMessage: 'url must be an absolute http(s) URL' })
  }
  // ruleid: js/ssrf
  const upstream = await $fetch.raw<ArrayBuffer>(url, { responseType: 'arrayBuffer' })
  // ruleid: js/ssrf
  const meta = await ofetch(`${url}/meta.json`)
  // A baseURL is joined in front of the path: the host stays fixed.
  // ok: js/ssrf
  const item = await $fetch(String(path), { baseURL: 'https://api.example.com' })
  // ok: js/ssrf
  const config = await $fetch('https://config.example.com/images.json')
  return { size: upstream.status, meta, item, config }
})
