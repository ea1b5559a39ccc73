import jwt from 'jsonwebtoken'

export default defineEventHandler((event) => {
  const { jwtSecret } = useRuntimeConfig(event)
  const session = getCookie(event, 'session')
  if (session) {
    const claims = jwt.verify(session, jwtSecret, { algorithms: ['HS256'] }) as { sub: string }
    event.context.user = { id: Number(claims.sub) }
  }
  // The verify above checks the session cookie, not this token.
  const previewToken = getCookie(event, 'preview') ?? (getQuery(event).preview as string | undefined)
  if (previewToken) {
    // ruleid: js/jwt-decode-without-verify
    const preview = jwt.decode(previewToken) as { pageId?: number } | null
    if (preview?.pageId) event.context.preview = { pageId: preview.pageId }
  }
})

export const withKeyId = defineEventHandler(async (event) => {
  const header = getHeader(event, 'authorization') ?? ''
  const token = header.slice(7)
  // Reads the key id of the token it then verifies.
  // ok: js/jwt-decode-without-verify
  const decoded = jwt.decode(header.slice(7), { complete: true })
  const key = await useStorage('keys').getItem<string>(String(decoded?.header.kid))
  event.context.user = jwt.verify(token, key ?? '', { algorithms: ['RS256'] })
})

export const sameToken = defineEventHandler((event) => {
  const token = getCookie(event, 'auth')
  if (!token) return
  // ok: js/jwt-decode-without-verify
  const claims = jwt.decode(token) as { exp?: number } | null
  if (claims?.exp && claims.exp * 1000 < Date.now()) throw createError({ statusCode: 401 })
  event.context.user = jwt.verify(token, useRuntimeConfig(event).jwtSecret)
})
