// Nuxt server route: h3's setCookie is auto-imported and sets only the attributes it is given.
export default defineEventHandler(async (event) => {
  const session = await exchangeCode(String(getQuery(event).code))
  setCookie(event, 'app_session', session, {
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
  })
  // ruleid: js/cookie-without-httponly
  setCookie(event, 'refresh_token', session, { secure: true, sameSite: 'strict' })
  // ok: js/cookie-without-httponly
  setCookie(event, 'auth_token', session, { httpOnly: true, secure: true, sameSite: 'lax' })
  // A preference, not a login.
  // ok: js/cookie-without-httponly
  setCookie(event, 'theme', 'dark', { sameSite: 'lax' })
  return sendRedirect(event, '/')
})

async function exchangeCode(code: string): Promise<string> {
  return code.split('').reverse().join('')
}
