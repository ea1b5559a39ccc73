import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Deal from '#models/deal'
import ReportService from '#services/report_service'

const STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']

@inject()
export default class DealsController {
  constructor(private reports: ReportService) {}

  async index({ request, auth, view }: HttpContext) {
    const { stage, minAmount, closesBefore } = request.qs()
    const query = Deal.query().where('workspace_id', auth.user!.workspaceId).preload('contact')

    if (stage && STAGES.includes(stage)) {
      query.where('stage', stage)
    }
    if (minAmount) {
      // safe: CWE-89
      query.whereRaw('amount_cents >= ?', [Math.round(Number(minAmount) * 100)])
    }
    if (closesBefore) {
      // vuln: CWE-89
      query.whereRaw(`closes_at < '${closesBefore}'::date`)
    }

    const deals = await query.orderBy('closes_at', 'asc').limit(200)
    return view.render('deals/index', { deals, stages: STAGES })
  }

  async board({ request, auth, view, response }: HttpContext) {
    const workspaceId = request.hasValidSignature()
      ? Number(request.param('workspace') ?? request.qs().workspace)
      : auth.user?.workspaceId
    if (!workspaceId) {
      return response.unauthorized()
    }

    const since = DateTime.now().minus({ months: 6 }).toSQLDate()
    const totals = await db
      .from('deals')
      .select('stage')
      .sum('amount_cents as total')
      .count('* as count')
      .where('workspace_id', workspaceId)
      .where('created_at', '>=', since!)
      .groupBy('stage')

    return view.render('deals/board', { totals, stages: STAGES })
  }

  async exportPdf({ request, auth, response }: HttpContext) {
    const file = await this.reports.renderBoardPdf(auth.user!.workspaceId, {
      title: request.input('title', 'Pipeline'),
      orientation: request.input('orientation'),
      footer: request.input('footer'),
    })
    const pages = await this.reports.pageCount(file)
    response.header('X-Page-Count', String(pages))
    return response.download(file)
  }
}
