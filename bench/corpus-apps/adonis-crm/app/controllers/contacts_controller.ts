import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'
import logger from '@adonisjs/core/services/logger'
import { writeFile } from 'node:fs/promises'
import sanitizeHtml from 'sanitize-html'
import Contact from '#models/contact'
import ContactService from '#services/contact_service'
import { createContactValidator, contactSearchValidator } from '#validators/contact'
import services from '#config/services'

@inject()
export default class ContactsController {
  constructor(private contactService: ContactService) {}

  async index({ request, auth, view }: HttpContext) {
    const filters = await request.validateUsing(contactSearchValidator, { data: request.qs() })
    const contacts = await this.contactService.list(auth.user!.workspaceId, filters)
    return view.render('contacts/index', { contacts, filters })
  }

  /**
   * GET /api/v1/contacts?company=Acme — used by the Zapier lookup step.
   */
  async apiIndex({ request, response }: HttpContext) {
    const workspaceId = Number(request.header('x-workspace-id'))
    const company = request.input('company', '')
    const rows = await this.contactService.byCompany(workspaceId, company)
    return response.ok({ data: rows })
  }

  async show({ params, auth, view, response }: HttpContext) {
    try {
      const contact = await Contact.query()
        .where('workspace_id', auth.user!.workspaceId)
        .where('id', params.id)
        .preload('attachments')
        .firstOrFail()
      return view.render('contacts/show', { contact })
    } catch (error) {
      logger.error({ err: error }, 'failed to load contact')
      // vuln: CWE-209
      return response.status(500).send({ message: error.message, stack: error.stack })
    }
  }

  async store({ request, auth, response, session }: HttpContext) {
    const payload = await request.validateUsing(createContactValidator)
    const bio = request.input('bio', '')
    const contact = await Contact.create({
      ...payload,
      workspaceId: auth.user!.workspaceId,
      bioHtml: sanitizeHtml(bio, {
        allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p', 'ul', 'li'],
        allowedAttributes: { a: ['href'] },
        allowedSchemes: ['https', 'mailto'],
      }),
      customFields: {},
    })
    session.flash('success', 'Contact created')
    return response.redirect().toRoute('contacts.show', { id: contact.id })
  }

  async update({ params, request, auth, response }: HttpContext) {
    const contact = await Contact.query()
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', params.id)
      .firstOrFail()
    const customFields = request.input('customFields', {})
    await this.contactService.updateCustomFields(contact, customFields)
    return response.ok(contact.serialize())
  }

  async search({ request, auth, response }: HttpContext) {
    const workspaceId = auth.user!.workspaceId
    if (request.input('mode') === 'regex') {
      const matches = await this.contactService.grepNotes(workspaceId, request.input('pattern', ''))
      return response.ok(matches.map((c) => c.id))
    }
    const matches = await this.contactService.findInNotes(workspaceId, request.input('pattern', ''))
    return response.ok(matches.map((c) => c.id))
  }

  async previewSegment({ request, auth, response }: HttpContext) {
    const segment = request.only(['expression', 'rules'])
    const contacts = await this.contactService.preview(auth.user!.workspaceId, segment)
    return response.ok({ count: contacts.length, sample: contacts.slice(0, 10) })
  }

  /**
   * Imports a profile picture from a URL pasted by the user.
   */
  async importAvatar({ params, request, auth, response }: HttpContext) {
    const contact = await Contact.query()
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', params.id)
      .firstOrFail()

    const imageUrl = request.input('url')
    // vuln: CWE-918
    const res = await fetch(imageUrl, { redirect: 'follow' })
    if (!res.ok || !res.headers.get('content-type')?.startsWith('image/')) {
      return response.badRequest({ error: 'Not an image' })
    }
    const fileName = `${cuid()}.img`
    await writeFile(app.makePath('storage/avatars', fileName), Buffer.from(await res.arrayBuffer()))
    contact.avatarPath = fileName
    await contact.save()
    return response.ok({ avatar: fileName })
  }

  /**
   * Looks the company domain up in the enrichment provider.
   */
  async enrich({ params, request, auth, response }: HttpContext) {
    const contact = await Contact.query()
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', params.id)
      .firstOrFail()

    const domain = String(request.input('domain', contact.email.split('@')[1] ?? ''))
    const endpoint = `${services.enrich.baseUrl}/companies?domain=${encodeURIComponent(domain)}`
    // safe: CWE-918
    const res = await fetch(endpoint, {
      headers: { Authorization: `Bearer ${services.enrich.token}` },
    })
    const company = (await res.json()) as { name?: string; employees?: number }
    contact.company = company.name ?? contact.company
    await contact.save()
    return response.ok(company)
  }
}
