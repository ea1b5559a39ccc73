import type { APIGatewayEvent, Context } from 'aws-lambda'

import { db } from 'src/lib/db'

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string
  )

/**
 * Embeddable "Funded by the Alder Foundation" badge grantees put on their
 * websites in an <iframe>:  /.redwood/functions/badge?org=<slug>&theme=dark&label=Proudly%20funded
 */
export const handler = async (event: APIGatewayEvent, _context: Context) => {
  const { org = '', theme = 'light', label } = event.queryStringParameters ?? {}
  const grantee = await db.application.findFirst({
    where: { orgSlug: org, status: 'awarded' },
    include: { program: true },
  })
  const themeClass = theme === 'dark' ? 'dark' : 'light'
  const caption = label ?? 'Funded by the Alder Foundation'

  if (!grantee) {
    return {
      statusCode: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      // safe: CWE-79
      body: `<p class="badge ${themeClass}">No award found for ${escapeHtml(org)}</p>`,
    }
  }

  return {
    statusCode: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
    // vuln: CWE-79
    body: `<div class="badge ${themeClass}"><strong>${caption}</strong><span>${escapeHtml(grantee.program.title)}</span></div>`,
  }
}
