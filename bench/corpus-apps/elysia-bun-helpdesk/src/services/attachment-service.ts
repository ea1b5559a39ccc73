import { join, basename, extname, resolve, sep } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { $ } from 'bun'
import type { Database } from 'bun:sqlite'
import { config } from '../config'
import { attachmentChecksum } from '../lib/passwords'

const ALLOWED_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.txt', '.log', '.csv', '.zip'])
const root = resolve(config.attachmentDir)

export class AttachmentService {
  constructor(private readonly db: Database) {}

  /** Agent uploads go into a per-ticket folder under a generated name. */
  async store(ticketId: number, file: File) {
    const ext = extname(file.name).toLowerCase()
    if (!ALLOWED_EXT.has(ext)) throw new Error('file type not allowed')
    const id = crypto.randomUUID()
    const dir = join(root, String(ticketId))
    await mkdir(dir, { recursive: true })
    // safe: CWE-22
    await Bun.write(join(dir, id + ext), file)
    this.db.run('INSERT INTO attachments (id, ticket_id, file_name, stored_name, size, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      ticketId,
      file.name,
      id + ext,
      file.size,
      Date.now(),
    ])
    return { id, name: file.name, size: file.size, sha256: attachmentChecksum(await file.arrayBuffer()) }
  }

  /** Customer replies from the portal keep their original file names for the agents. */
  async storeFromPortal(ticketId: number, file: File) {
    const dir = join(root, String(ticketId), 'portal')
    await mkdir(dir, { recursive: true })
    const target = `${dir}/${file.name}`
    // vuln: CWE-22
    await Bun.write(target, file)
    return { name: file.name, size: file.size }
  }

  open(ticketId: number, id: string) {
    const row = this.db
      .query('SELECT stored_name, file_name FROM attachments WHERE ticket_id = ? AND id = ?')
      .get(ticketId, id) as { stored_name: string; file_name: string } | null
    if (!row) return null
    // safe: CWE-22
    return { file: Bun.file(join(root, String(ticketId), basename(row.stored_name))), name: row.file_name }
  }

  openPortalFile(ticketId: number, name: string) {
    const full = resolve(root, String(ticketId), 'portal', name)
    if (!full.startsWith(root + sep)) return null
    // safe: CWE-22
    return Bun.file(full)
  }

  openLegacy(ticketId: number, name: string) {
    // vuln: CWE-22
    return Bun.file(join(root, String(ticketId), 'legacy', name))
  }

  /** Preview image for PDFs and pictures, generated with ImageMagick. */
  async thumbnail(ticketId: number, id: string, size: string) {
    const found = this.open(ticketId, id)
    if (!found) return null
    const input = found.file.name!
    const output = `${input}.thumb.png`
    const geometry = /^\d{2,4}x\d{2,4}$/.test(size) ? size : '320x320'
    // safe: CWE-78
    await $`magick ${input + '[0]'} -thumbnail ${geometry} ${output}`.quiet()
    return Bun.file(output)
  }

  /** Watermark a PDF attachment with the text the agent typed (e.g. "CONFIDENTIAL – ACME"). */
  async watermark(ticketId: number, id: string, text: string) {
    const found = this.open(ticketId, id)
    if (!found) return null
    const input = found.file.name!
    const output = `${input}.wm.pdf`
    const command = `magick ${input} -gravity center -pointsize 48 -fill 'rgba(200,0,0,0.25)' -annotate 0 "${text}" ${output}`
    // vuln: CWE-78
    await $`${{ raw: command }}`.quiet()
    return Bun.file(output)
  }

  async scan(ticketId: number, id: string): Promise<boolean> {
    const found = this.open(ticketId, id)
    if (!found) return false
    // safe: CWE-78
    const proc = Bun.spawn(['clamdscan', '--no-summary', '--fdpass', '--', found.file.name!], { stdout: 'pipe', stderr: 'pipe' })
    return (await proc.exited) === 0
  }
}
