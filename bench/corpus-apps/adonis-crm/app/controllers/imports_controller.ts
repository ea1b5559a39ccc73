import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { readFile } from 'node:fs/promises'
import ImportService from '#services/import_service'

@inject()
export default class ImportsController {
  constructor(private importer: ImportService) {}

  async xml({ request, auth, response }: HttpContext) {
    const upload = request.file('file', { size: '5mb', extnames: ['xml'] })
    if (!upload || !upload.isValid || !upload.tmpPath) {
      return response.badRequest({ errors: upload?.errors ?? ['file is required'] })
    }
    const xml = await readFile(upload.tmpPath, 'utf8')
    const rows =
      request.input('source') === 'salesdesk'
        ? this.importer.parseSalesDeskXml(xml)
        : this.importer.parsePartnerFeed(xml)

    const summary = await this.importer.persist(auth.user!.workspaceId, rows, xml)
    return response.ok(summary)
  }

  async yaml({ request, auth, response }: HttpContext) {
    const upload = request.file('file', { size: '2mb', extnames: ['yml', 'yaml'] })
    if (!upload || !upload.isValid || !upload.tmpPath) {
      return response.badRequest({ errors: upload?.errors ?? ['file is required'] })
    }
    const source = await readFile(upload.tmpPath, 'utf8')
    const rows = this.importer.parseYaml(source)
    const summary = await this.importer.persist(auth.user!.workspaceId, rows, source)
    return response.ok(summary)
  }
}
