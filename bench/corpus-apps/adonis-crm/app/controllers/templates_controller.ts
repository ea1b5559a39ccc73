import type { HttpContext } from '@adonisjs/core/http'
import edge from 'edge.js'
import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'

interface EmailTemplate {
  id: number
  name: string
  subject: string
  body: string
}

const SAMPLE_CONTACT = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines Ltd',
  email: 'ada@example.com',
}

export default class TemplatesController {
  async show({ params, request, auth, view, response }: HttpContext) {
    const template: EmailTemplate | null = await db
      .from('email_templates')
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', params.id)
      .first()

    if (!template) {
      const name = request.input('name', params.id)
      response.header('Content-Type', 'text/html; charset=utf-8')
      // vuln: CWE-79
      return response.status(404).send(`<p>No template named <b>${name}</b> in this workspace.</p>`)
    }
    return view.render('emails/template', { template })
  }

  /**
   * Quick preview used by the editor: only {{ field }} placeholders are
   * substituted, with the sample contact's values.
   */
  async preview({ request, response }: HttpContext) {
    const subject = String(request.input('subject', ''))
    const filled = subject.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, key: string) =>
      String((SAMPLE_CONTACT as Record<string, string>)[key] ?? '')
    )
    response.header('Content-Type', 'text/html; charset=utf-8')
    // safe: CWE-79
    return response.send(`<h3 class="subject">${string.escapeHTML(filled)}</h3>`)
  }

  /**
   * Full render of a custom template against a real contact, so that
   * @if / @each blocks can be checked before a campaign is sent.
   */
  async renderCustom({ request, auth, response, view }: HttpContext) {
    const contact = await Contact.query()
      .where('workspace_id', auth.user!.workspaceId)
      .where('id', request.input('contactId'))
      .firstOrFail()

    if (request.input('templateId')) {
      // safe: CWE-1336
      const html = await view.render('emails/campaign', {
        contact: contact.serialize(),
        templateId: Number(request.input('templateId')),
      })
      return response.send(html)
    }

    const source = request.input('source', '')
    // vuln: CWE-1336
    const html = await edge.renderRaw(source, { contact: contact.serialize() })
    return response.send(html)
  }
}
