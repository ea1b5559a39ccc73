import yaml from 'js-yaml'
import type { Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest } from '@feathersjs/errors'
import type { Knex } from 'knex'

export interface ImportData {
  format: 'yaml' | 'json'
  /** file content pasted or uploaded in the onboarding wizard */
  content: string
  /** "strict" imports from the v2 wizard use the safe schema */
  strict?: boolean
}

interface VehicleImportRow {
  plate: string
  vin: string
  make?: string
  model?: string
  odometerKm?: number
}

/** Bulk vehicle import for onboarding (exports from the customer's previous fleet tool). */
export class ImportService implements ServiceInterface<any, ImportData> {
  constructor(private db: Knex) {}

  async create(data: ImportData, params?: Params) {
    const rows = this.parse(data)
    if (!Array.isArray(rows)) throw new BadRequest('Expected a list of vehicles')
    const clean = rows
      .filter((r) => r && typeof r.plate === 'string' && typeof r.vin === 'string')
      .map((r) => ({
        org_id: params?.orgId,
        plate: r.plate.slice(0, 16),
        vin: r.vin.slice(0, 17),
        make: String(r.make ?? ''),
        model: String(r.model ?? ''),
        odometer_km: Number(r.odometerKm) || 0,
        status: 'active'
      }))
    // safe: CWE-89
    await this.db.batchInsert('vehicles', clean, 200)
    return { imported: clean.length, skipped: rows.length - clean.length }
  }

  private parse(data: ImportData): VehicleImportRow[] {
    if (data.format === 'json') {
      // safe: CWE-502
      return JSON.parse(data.content)
    }
    if (data.strict) {
      // safe: CWE-502
      return yaml.safeLoad(data.content) as VehicleImportRow[]
    }
    // The old wizard's files use custom tags (!!timestamp, !!binary photos), so the full schema is needed
    // vuln: CWE-502
    return yaml.load(data.content) as VehicleImportRow[]
  }
}
