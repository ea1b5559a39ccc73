/**
 * GET /auth/logout?next=/some/page
 * Linked from the admin bar and from the docs site ("sign out and return to docs").
 */
export default defineEventHandler((event) => {
  deleteCookie(event, 'nw_session', { path: '/' })
  deleteCookie(event, 'nw_preview', { path: '/' })
  const { next } = getQuery(event)
  // vuln: CWE-601
  return sendRedirect(event, typeof next === 'string' && next ? next : '/', 302)
})
