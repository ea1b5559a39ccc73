import { randomUUID } from 'node:crypto'
import { makeThumbnail, saveMediaFile, stripMetadata } from '../../utils/media'

const IMAGE_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp'
}

/**
 * multipart/form-data:
 *   file       the upload
 *   kind       "media" (default) | "avatar"
 *   thumbnail  optional ImageMagick geometry, e.g. "320x240"
 */
export default defineEventHandler(async (event) => {
  const user = requireRole(event, 'author')
  const parts = await readMultipartFormData(event)
  const file = parts?.find((p) => p.name === 'file' && p.filename)
  if (!file) {
    throw createError({ statusCode: 400, statusMessage: 'No file uploaded' })
  }
  const field = (name: string) => parts?.find((p) => p.name === name)?.data.toString('utf8')

  if (field('kind') === 'avatar') {
    const ext = file.type ? IMAGE_TYPES[file.type] : undefined
    if (!ext) {
      throw createError({ statusCode: 415, statusMessage: 'Avatars must be PNG, JPEG or WebP' })
    }
    const key = `avatars:${user.id}-${randomUUID()}.${ext}`
    // safe: CWE-22
    await useStorage('media').setItemRaw(key, file.data)
    return { url: `/files/${key.replace(':', '/')}` }
  }

  const month = new Date().toISOString().slice(0, 7)
  const saved = await saveMediaFile(month, { filename: file.filename, type: file.type, data: file.data })
  if (file.type && IMAGE_TYPES[file.type]) {
    await stripMetadata(saved.path)
  }

  const geometry = field('thumbnail')
  let thumbnail: string | undefined
  if (geometry) {
    thumbnail = await makeThumbnail(saved.path, geometry)
  }
  return { url: saved.url, thumbnail: Boolean(thumbnail) }
})
