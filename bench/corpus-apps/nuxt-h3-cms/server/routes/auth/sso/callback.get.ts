import jwt from 'jsonwebtoken'

interface TokenResponse {
  id_token: string
  access_token: string
}

/**
 * OpenID Connect callback for staff sign-in. The state cookie was set by /auth/sso/start.
 */
export default defineEventHandler(async (event) => {
  const { code, state } = getQuery(event)
  const expected = getCookie(event, 'nw_sso_state')
  if (typeof code !== 'string' || !expected || state !== expected.split('|')[0]) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid sign-in state' })
  }

  const { sso, jwtSecret } = useRuntimeConfig(event)
  // safe: CWE-918
  const tokens = await $fetch<TokenResponse>(`${sso.issuer}/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      client_id: sso.clientId,
      client_secret: sso.clientSecret,
      redirect_uri: `${getRequestURL(event).origin}/auth/sso/callback`
    })
  })

  const jwks = await useStorage('cache').getItem<string>('sso:signing-key')
  if (!jwks) {
    throw createError({ statusCode: 503, statusMessage: 'Sign-in temporarily unavailable' })
  }
  const identity = jwt.verify(tokens.id_token, jwks, { algorithms: ['RS256'], issuer: sso.issuer, audience: sso.clientId }) as {
    sub: string
    email: string
    groups?: string[]
  }
  const role = identity.groups?.includes('cms-admins') ? 'admin' : 'editor'
  const session = jwt.sign({ email: identity.email, role }, jwtSecret, { subject: identity.sub, expiresIn: '8h', algorithm: 'HS256' })

  // The block editor opens its collaboration socket with this token, so it must be readable from JS.
  setCookie(event, 'nw_session', session, {
    // vuln: CWE-1004
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 8
  })
  deleteCookie(event, 'nw_sso_state')

  const returnTo = expected.split('|')[1]
  // safe: CWE-601
  return sendRedirect(event, safeLocalPath(returnTo ? decodeURIComponent(returnTo) : undefined, '/admin'))
})
