import jwt, { type JwtPayload } from 'jsonwebtoken'
import type { Role } from '../utils/auth'

interface SessionClaims extends JwtPayload {
  sub: string
  email: string
  role: Role
}

interface PreviewClaims extends JwtPayload {
  pageId: number
  sub: string
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined
}

export default defineEventHandler((event) => {
  const { jwtSecret } = useRuntimeConfig(event)

  const session = getCookie(event, 'nw_session') ?? bearer(getHeader(event, 'authorization'))
  if (session) {
    try {
      // safe: CWE-347
      const claims = jwt.verify(session, jwtSecret, { algorithms: ['HS256'] }) as SessionClaims
      event.context.user = { id: Number(claims.sub), email: claims.email, role: claims.role }
    } catch {
      deleteCookie(event, 'nw_session', { path: '/' })
    }
  }

  // Share-a-draft links: the editor app mints a preview token and the reviewer's browser keeps it
  // in a cookie, so drafts can be opened without a CMS account.
  const previewToken = getCookie(event, 'nw_preview') ?? (getQuery(event).preview as string | undefined)
  if (previewToken) {
    // vuln: CWE-347
    const preview = jwt.decode(previewToken) as PreviewClaims | null
    if (preview?.pageId) {
      event.context.preview = { pageId: Number(preview.pageId), sharedBy: preview.sub }
    }
  }
})
