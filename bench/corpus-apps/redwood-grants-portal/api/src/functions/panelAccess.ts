import type { APIGatewayEvent, Context } from 'aws-lambda'

import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'
import { hashAccessCode, issuePanelToken, readCookie, readPanelToken } from 'src/lib/tokens'

const COOKIE = 'alder_panel'

const json = (statusCode: number, data: unknown, headers: Record<string, string> = {}) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(data),
})

const safeReturnTo = (value: string | undefined) => {
  if (!value || !value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return '/panel'
  }
  return value
}

const login = async (event: APIGatewayEvent) => {
  const { email, code, returnTo } = JSON.parse(event.body || '{}') as {
    email?: string
    code?: string
    returnTo?: string
  }
  if (!email || !code) {
    return json(400, { error: 'Email and access code are required' })
  }
  const member = await db.panelMember.findUnique({ where: { email: email.toLowerCase() } })
  if (!member || member.accessCodeHash !== hashAccessCode(code)) {
    logger.info({ memberId: member?.id ?? null }, 'panel login failed')
    return json(401, { error: 'Unknown email or access code' })
  }
  const token = issuePanelToken({ panelMemberId: member.id, programId: member.programId, email })
  return json(
    200,
    // safe: CWE-601
    { redirectTo: safeReturnTo(returnTo) },
    {
      // vuln: CWE-1004
      'Set-Cookie': `${COOKIE}=${token}; Path=/; Max-Age=28800; SameSite=Lax; Secure`,
    }
  )
}

const listApplications = async (event: APIGatewayEvent) => {
  const claims = readPanelToken(readCookie(event.headers.cookie ?? event.headers.Cookie, COOKIE))
  if (!claims) {
    return json(401, { error: 'Panel session required' })
  }
  const applications = await db.application.findMany({
    where: { programId: claims.programId, status: { in: ['shortlisted', 'in_review'] } },
    select: { id: true, title: true, orgName: true, amount: true, narrative: true, score: true },
    orderBy: { score: 'desc' },
  })
  return json(200, { programId: claims.programId, applications })
}

/**
 * External panel members (no portal account) sign in with the e-mailed
 * access code and see the shortlist for their programme.
 */
// vuln: CWE-307
export const handler = async (event: APIGatewayEvent, _context: Context) => {
  if (event.httpMethod === 'POST') {
    return login(event)
  }
  if (event.httpMethod === 'GET') {
    return listApplications(event)
  }
  return json(405, { error: 'Method not allowed' })
}
