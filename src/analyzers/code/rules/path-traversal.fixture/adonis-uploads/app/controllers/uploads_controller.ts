import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { uploadValidator } from '#validators/upload'

const SHARED_DIR = app.makePath('storage/shared')
const UPLOADS_DIR = app.makePath('storage/uploads')

export default class UploadsController {
  async store({ request, response }: HttpContext) {
    const { document } = await request.validateUsing(uploadValidator)
    const folder = request.input('folder', 'general')
    // ruleid: js/path-traversal
    await document.move(join(SHARED_DIR, folder), { name: `${cuid()}.${document.extname}` })
    return response.created({ ok: true })
  }

  async avatar({ request, response }: HttpContext) {
    const avatar = request.file('avatar', { extnames: ['png', 'jpg'] })
    // ruleid: js/path-traversal
    await avatar!.move(app.makePath('storage/avatars', request.input('team')))
    return response.ok({ ok: true })
  }

  async safe({ request, response }: HttpContext) {
    const { document } = await request.validateUsing(uploadValidator)
    // ok: js/path-traversal
    await document.move(UPLOADS_DIR, { name: `${cuid()}.${document.extname}` })
    // The server's own copy of the upload, where the body parser stored it.
    // ok: js/path-traversal
    const text = await readFile(document.tmpPath!, 'utf8')
    const avatar = request.file('avatar')
    // ok: js/path-traversal
    const bytes = await readFile(avatar!.tmpPath!)
    // A game board's move is not a file move.
    // ok: js/path-traversal
    request.ctx?.board?.move(request.input('from'), request.input('to'))
    return response.ok({ size: text.length + bytes.length })
  }

  async exported({ request, response }: HttpContext) {
    if (request.input('raw')) {
      // ruleid: js/path-traversal
      return response.download(app.makePath('storage/exports', request.input('name')))
    }
    // ok: js/path-traversal
    return response.download(app.makePath('storage/exports', basename(request.input('name'))))
  }
}
