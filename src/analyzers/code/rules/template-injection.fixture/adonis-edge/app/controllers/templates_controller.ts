import type { HttpContext } from '@adonisjs/core/http'
import edge from 'edge.js'

export default class TemplatesController {
  async preview({ request, response }: HttpContext) {
    const source = request.input('source', '')
    // ruleid: js/template-injection
    const html = await edge.renderRaw(source, { name: 'Ada' })
    return response.send(html)
  }

  async welcome({ request, response }: HttpContext) {
    // A template file from the views folder, rendered with the user's data.
    // ok: js/template-injection
    const html = await edge.render('emails/welcome', { name: request.input('name') })
    // ok: js/template-injection
    const banner = edge.renderRawSync('<p>Hello {{ name }}</p>', { name: request.input('name') })
    return response.send(banner + html)
  }
}
