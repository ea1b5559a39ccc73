import path from 'node:path'
import fs from 'node:fs/promises'
import crypto from 'node:crypto'
import type { Params, ServiceInterface } from '@feathersjs/feathers'

import { exportVehiclesCsv, gzipFile } from '../../utils/shell'

export interface ExportData {
  /** file name chosen in the export dialog, e.g. "vehicles-2024-q3" */
  name?: string
  compress?: boolean
}

export class ExportService implements ServiceInterface<any, ExportData> {
  constructor(private root: string) {}

  async create(data: ExportData, params?: Params) {
    const orgDir = path.join(this.root, String(params?.orgId))
    await fs.mkdir(orgDir, { recursive: true })
    const base = path.basename(data.name || `vehicles-${new Date().toISOString().slice(0, 10)}`) + '.csv'
    const outFile = path.join(orgDir, base)
    await exportVehiclesCsv(Number(params?.orgId), outFile)
    if (data.compress) {
      // gzip gets a copy under a generated name so the dialog's name never reaches a command line twice
      const generated = path.join(orgDir, `${crypto.randomUUID()}.csv`)
      await fs.copyFile(outFile, generated)
      return { file: path.basename(await gzipFile(generated)) }
    }
    return { file: base }
  }
}
