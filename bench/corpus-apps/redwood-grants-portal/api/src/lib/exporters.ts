import { exec, execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import PDFDocument from 'pdfkit'

import { config } from './config'
import { logger } from './logger'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const csvCell = (value: unknown) => {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return `"${text.replace(/"/g, '""')}"`
}

export const writeCsv = async (
  fileName: string,
  header: string[],
  rows: unknown[][]
) => {
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) {
    lines.push(row.map(csvCell).join(','))
  }
  const target = path.join(config.exportDir, path.basename(fileName))
  await fs.promises.writeFile(target, lines.join('\r\n'), 'utf8')
  return target
}

export const writeSummaryPdf = async (
  fileName: string,
  heading: string,
  paragraphs: string[]
) => {
  const target = path.join(config.exportDir, path.basename(fileName))
  const doc = new PDFDocument({ size: 'A4', margin: 50 })
  const stream = fs.createWriteStream(target)
  doc.pipe(stream)
  doc.fontSize(18).text(heading)
  doc.moveDown()
  for (const p of paragraphs) {
    doc.fontSize(11).text(p)
    doc.moveDown(0.5)
  }
  doc.end()
  await new Promise((resolve, reject) => {
    stream.on('finish', resolve)
    stream.on('error', reject)
  })
  return target
}

/**
 * Converts a generated CSV into an .xlsx workbook with LibreOffice and
 * names the result after the board-meeting packet title.
 */
export const convertToWorkbook = async (csvFile: string, packetTitle: string) => {
  const outDir = path.join(config.exportDir, 'packets')
  await fs.promises.mkdir(outDir, { recursive: true })
  const cmd = `soffice --headless --convert-to xlsx --outdir "${outDir}" "${csvFile}" && mv "${outDir}/${path.basename(csvFile, '.csv')}.xlsx" "${outDir}/${packetTitle}.xlsx"`
  logger.info({ csvFile }, 'converting export to xlsx')
  // vuln: CWE-78
  await execAsync(cmd, { timeout: 120_000 })
  return path.join(outDir, `${packetTitle}.xlsx`)
}

/**
 * Zips a set of generated files for download.
 */
export const zipFiles = async (zipName: string, files: string[]) => {
  const target = path.join(config.exportDir, `${path.basename(zipName)}.zip`)
  // safe: CWE-78
  await execFileAsync('zip', ['-j', '-q', target, '--', ...files])
  return target
}

export const pdfToText = async (file: string) => {
  const { stdout } = await execFileAsync('pdftotext', ['-layout', file, '-'], {
    maxBuffer: 8 * 1024 * 1024,
  })
  return stdout
}
