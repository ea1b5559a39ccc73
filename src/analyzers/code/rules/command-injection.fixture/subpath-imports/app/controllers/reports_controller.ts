import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ReportService from '#services/report_service'

@inject()
export default class ReportsController {
  constructor(private reports: ReportService) {}

  async export({ request, response }: HttpContext) {
    const file = await this.reports.render({ title: request.input('title', 'Pipeline') })
    const pages = await this.reports.pageCount(request.input('path'))
    return response.ok({ file, pages })
  }
}
