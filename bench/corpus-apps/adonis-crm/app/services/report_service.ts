import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import { cuid } from '@adonisjs/core/helpers'
import router from '@adonisjs/core/services/router'
import services from '#config/services'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export interface PdfOptions {
  title: string
  orientation?: 'Portrait' | 'Landscape'
  footer?: string
}

export default class ReportService {
  /**
   * Renders the deals board to PDF through wkhtmltopdf. The board is served
   * by a signed URL so the renderer does not need a session.
   */
  async renderBoardPdf(workspaceId: number, options: PdfOptions) {
    const signedUrl = router
      .builder()
      .prefixUrl('http://127.0.0.1:3333')
      .params({ workspace: workspaceId })
      .makeSigned('deals.board', { expiresIn: '5m' })

    const output = app.makePath(services.pdf.outputDir, `${cuid()}.pdf`)
    const orientation = options.orientation === 'Landscape' ? 'Landscape' : 'Portrait'
    const command =
      `${services.pdf.binary} --orientation ${orientation} --title "${options.title}" ` +
      `--footer-center "${options.footer ?? ''}" "${signedUrl}" ${output}`

    // vuln: CWE-78
    await execAsync(command, { timeout: 60_000 })
    return output
  }

  async pageCount(pdfPath: string) {
    // safe: CWE-78
    const { stdout } = await execFileAsync('pdfinfo', [pdfPath], { timeout: 10_000 })
    const match = /^Pages:\s+(\d+)$/m.exec(stdout)
    return match ? Number(match[1]) : 0
  }
}
