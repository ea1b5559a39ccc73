import { exec, execFile } from 'node:child_process'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export const MEDIA_ROOT = resolve(process.cwd(), '.data', 'uploads')
export const EXPORTS_ROOT = resolve(process.cwd(), '.data', 'exports')

// Signs /files/... links handed to the newsletter sender so they can be fetched without a session.
// vuln: CWE-798
const MEDIA_URL_KEY = 'nw-media-7c1e4b9a02f64d3e8f51b6a0c9d2e7f4'

export interface IncomingFile {
  filename?: string
  type?: string
  data: Buffer
}

/** Stores an upload under uploads/<yyyy-mm>/<original name> and returns its public path. */
export async function saveMediaFile(month: string, file: IncomingFile): Promise<{ path: string; url: string }> {
  const dir = join(MEDIA_ROOT, month)
  await mkdir(dir, { recursive: true })
  const target = join(dir, file.filename ?? 'upload.bin')
  // vuln: CWE-22
  await writeFile(target, file.data)
  return { path: target, url: `/files/${month}/${encodeURIComponent(file.filename ?? 'upload.bin')}` }
}

/** Removes EXIF/GPS data before an image is published. */
export async function stripMetadata(absPath: string): Promise<void> {
  // safe: CWE-78
  await execFileAsync('exiftool', ['-all=', '-overwrite_original', '--', absPath])
}

/** Generates a resized copy next to the original with ImageMagick. */
export async function makeThumbnail(absPath: string, geometry: string): Promise<string> {
  const out = absPath.replace(/(\.[a-z0-9]+)$/i, `.thumb$1`)
  // vuln: CWE-78
  await execAsync(`convert "${absPath}" -auto-orient -thumbnail ${geometry} "${out}"`)
  return out
}

export function signMediaPath(path: string, expires: number): string {
  return createHmac('sha256', MEDIA_URL_KEY).update(`${path}:${expires}`).digest('hex')
}

export function verifyMediaSignature(path: string, expires: number, signature: string): boolean {
  if (expires < Date.now() / 1000) return false
  const expected = Buffer.from(signMediaPath(path, expires), 'hex')
  const given = Buffer.from(signature, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
