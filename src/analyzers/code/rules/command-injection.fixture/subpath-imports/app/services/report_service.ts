import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export default class ReportService {
  async render(options: { title: string }) {
    const command = `wkhtmltopdf --title "${options.title}" http://127.0.0.1:3333/board out.pdf`
    // ruleid: js/command-injection
    await execAsync(command)
    return 'out.pdf'
  }

  async pageCount(pdfPath: string) {
    // ok: js/command-injection
    const { stdout } = await execFileAsync('pdfinfo', [pdfPath])
    return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0)
  }
}
