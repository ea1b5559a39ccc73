import { join, resolve } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { $ } from 'bun'
import type { Database } from 'bun:sqlite'
import { config } from '../config'

const exportRoot = resolve(config.exportDir)

export class ExportService {
  constructor(private readonly db: Database) {}

  private async writeCsv(tenant: string, name: string): Promise<string> {
    const rows = this.db.query('SELECT id, subject, status, priority, created_at FROM tickets WHERE tenant = ?').all(tenant) as Record<string, unknown>[]
    const header = 'id,subject,status,priority,created_at'
    const lines = rows.map((r) => [r.id, JSON.stringify(String(r.subject)), r.status, r.priority, r.created_at].join(','))
    const dir = join(exportRoot, tenant)
    await mkdir(dir, { recursive: true })
    const file = join(dir, `${name}.csv`)
    await Bun.write(file, [header, ...lines].join('\n'))
    return file
  }

  /** Nightly job: fixed archive name. */
  async nightly(tenant: string) {
    const stamp = new Date().toISOString().slice(0, 10)
    const csv = await this.writeCsv(tenant, `tickets-${stamp}`)
    // safe: CWE-78
    const proc = Bun.spawn(['gzip', '-9', '-k', '-f', '--', csv])
    await proc.exited
    return `${csv}.gz`
  }

  /** On-demand export: the agent names the archive. */
  async archive(tenant: string, label: string) {
    const csv = await this.writeCsv(tenant, 'tickets-export')
    const dir = join(exportRoot, tenant)
    // vuln: CWE-78
    const proc = Bun.spawn(['sh', '-c', `cd ${dir} && zip -q "${label}.zip" tickets-export.csv`], { stdout: 'ignore' })
    await proc.exited
    return join(dir, `${label}.zip`)
  }

  /** Same, but through the Bun shell, which quotes the interpolated label. */
  async archiveTar(tenant: string, label: string) {
    await this.writeCsv(tenant, 'tickets-export')
    const dir = join(exportRoot, tenant)
    const name = label.replace(/[^\w.-]/g, '_') + '.tar.gz'
    // safe: CWE-78
    await $`tar -czf ${name} -- tickets-export.csv`.cwd(dir).quiet()
    return join(dir, name)
  }

  async diskUsage(tenant: string): Promise<string> {
    const dir = join(exportRoot, tenant)
    // safe: CWE-78
    return (await $`du -sh ${dir}`.text()).split('\t')[0]
  }
}
