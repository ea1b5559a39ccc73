import type { HttpContext } from '@adonisjs/core/http'
import { createHmac, timingSafeEqual } from 'node:crypto'
import jwt from 'jsonwebtoken'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import Contact from '#models/contact'
import services from '#config/services'

interface CalendarClaims {
  workspace_id: number
  attendee_email: string
  starts_at: string
  title: string
}

export default class WebhooksController {
  /**
   * Zapier "create contact" action. The zap signs the raw body with the
   * shared secret.
   */
  async zapier({ request, response }: HttpContext) {
    const raw = request.raw() ?? ''
    const given = Buffer.from(String(request.header('x-crm-signature', '')), 'hex')
    const expected = createHmac('sha256', services.webhooks.zapierSecret).update(raw).digest()

    // safe: CWE-345
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return response.unauthorized({ error: 'bad signature' })
    }

    const body = request.body()
    const contact = await Contact.firstOrCreate(
      { workspaceId: Number(body.workspace_id), email: String(body.email).toLowerCase() },
      {
        firstName: String(body.first_name ?? ''),
        lastName: String(body.last_name ?? ''),
        company: body.company ? String(body.company) : null,
        customFields: {},
      }
    )
    return response.created({ id: contact.id })
  }

  /**
   * The calendar add-on posts booked meetings as a token issued by the
   * scheduling service.
   */
  async calendar({ request, response }: HttpContext) {
    const token = String(request.input('token', ''))
    // vuln: CWE-347
    const claims = jwt.decode(token) as CalendarClaims | null
    if (!claims || !claims.attendee_email) {
      return response.badRequest({ error: 'invalid token' })
    }

    const contact = await Contact.query()
      .where('workspace_id', claims.workspace_id)
      .where('email', claims.attendee_email.toLowerCase())
      .first()

    await db.table('activities').insert({
      workspace_id: claims.workspace_id,
      contact_id: contact?.id ?? null,
      kind: 'meeting',
      title: claims.title,
      happens_at: claims.starts_at,
    })
    logger.info({ workspace: claims.workspace_id }, 'meeting recorded')
    return response.noContent()
  }
}
