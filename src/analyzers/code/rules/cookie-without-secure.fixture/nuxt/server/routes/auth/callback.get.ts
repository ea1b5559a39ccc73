import { defineEventHandler, getQuery, setCookie } from 'h3'

export default defineEventHandler(async (event) => {
  const session = String(getQuery(event).code)
  // ruleid: js/cookie-without-secure
  setCookie(event, 'app_session', session, { httpOnly: true, sameSite: 'lax' })
  // ok: js/cookie-without-secure
  setCookie(event, 'auth_token', session, { httpOnly: true, secure: true, sameSite: 'lax' })
  // ok: js/cookie-without-secure
  setCookie(event, 'locale', 'en', { sameSite: 'lax' })
  return { ok: true }
})
