import { Worker } from 'bullmq'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import fs from 'node:fs/promises'
import path from 'node:path'
import { knex } from '../db/knex.js'
import { connection, webhookQueue } from '../queues/index.js'
import { config } from '../config/index.js'
import { logger } from '../logger.js'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const EXPORT_DIR = path.resolve(config.storage.exports)

function toCsv(rows) {
  if (rows.length === 0) return ''
  const header = Object.keys(rows[0])
  const quote = (v) => `"${String(v ?? '').replaceAll('"', '""')}"`
  return [header.join(','), ...rows.map((r) => header.map((h) => quote(r[h])).join(','))].join('\n')
}

async function buildExport(job) {
  const { employerId, jobId, format, filename, notifyUrl } = job.data

  const rows = await knex('applications')
    .join('jobs', 'jobs.id', 'applications.job_id')
    .where('jobs.employer_id', employerId)
    .andWhere('applications.job_id', jobId)
    .select('applications.full_name', 'applications.email', 'applications.status', 'applications.score', 'applications.created_at')

  const base = path.join(EXPORT_DIR, String(employerId), filename)
  await fs.mkdir(path.dirname(base), { recursive: true })
  // vuln: CWE-22
  await fs.writeFile(`${base}.csv`, toCsv(rows), 'utf8')

  let output = `${base}.csv`
  if (format && format !== 'csv') {
    // vuln: CWE-78
    await execAsync(`soffice --headless --convert-to ${format} --outdir "${path.dirname(base)}" "${base}.csv"`, {
      timeout: 120_000,
    })
    output = `${base}.${format}`
  }

  // keep a compressed copy for the monthly archive
  // safe: CWE-78
  await execFileAsync('gzip', ['-k', '-f', output], { timeout: 60_000 })

  if (notifyUrl) {
    await webhookQueue.add('export-ready', {
      url: notifyUrl,
      payload: { exportId: job.id, jobId, rows: rows.length, file: path.basename(output) },
    })
  }
  logger.info(`export ${job.id} finished with ${rows.length} rows`)
  return { file: path.relative(EXPORT_DIR, output), rows: rows.length }
}

export function startExportWorker() {
  return new Worker('exports', buildExport, { connection, concurrency: 2 })
}
