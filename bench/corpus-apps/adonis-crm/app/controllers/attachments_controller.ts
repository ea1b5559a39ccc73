import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'
import { basename, join } from 'node:path'
import Contact from '#models/contact'
import Attachment from '#models/attachment'
import { attachmentValidator } from '#validators/contact'
import services from '#config/services'

const UPLOADS_DIR = app.makePath('storage/uploads')
const SHARED_DIR = app.makePath('storage/shared')
const EXPORTS_DIR = app.makePath(services.pdf.outputDir)

export default class AttachmentsController {
  async store({ params, request, auth, response }: HttpContext) {
    const contact = await Contact.query()
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', params.id)
      .firstOrFail()

    const { document } = await request.validateUsing(attachmentValidator)
    const storedName = `${cuid()}.${document.extname}`

    if (request.input('shared') === '1') {
      // shared documents are grouped by the folder picked in the sidebar
      const folder = request.input('folder', 'general')
      // vuln: CWE-22
      await document.move(join(SHARED_DIR, folder), { name: storedName, overwrite: true })
    } else {
      // safe: CWE-22
      await document.move(UPLOADS_DIR, { name: storedName })
    }

    const attachment = await Attachment.create({
      contactId: contact.id,
      originalName: document.clientName,
      storedName,
      mimeType: `${document.type}/${document.subtype}`,
      size: document.size,
    })
    return response.created(attachment)
  }

  async show({ params, auth, response }: HttpContext) {
    const attachment = await Attachment.query()
      .where('id', params.id)
      .whereHas('contact' as any, (q: any) => q.where('workspace_id', auth.user!.workspaceId))
      .firstOrFail()
    // safe: CWE-22
    return response.attachment(join(UPLOADS_DIR, attachment.storedName), attachment.originalName)
  }

  /**
   * GET /files/download?file=general/q3-pricing.pdf
   */
  async download({ request, response }: HttpContext) {
    const file = request.input('file', '')
    // vuln: CWE-22
    return response.download(join(SHARED_DIR, file))
  }

  async export({ params, response }: HttpContext) {
    const name = basename(String(params.name))
    if (!name.endsWith('.pdf')) {
      return response.notFound()
    }
    // safe: CWE-22
    return response.download(join(EXPORTS_DIR, name))
  }
}
