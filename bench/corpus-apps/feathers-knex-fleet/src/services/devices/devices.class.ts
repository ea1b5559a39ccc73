import crypto from 'node:crypto'
import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest, NotAuthenticated } from '@feathersjs/errors'
import type { Knex } from 'knex'

import { createTelematicsClient } from '../../utils/telematics'

export interface DeviceData {
  vehicleId: number
  serial: string
  /** 4-6 digit PIN the driver types on the in-cab unit to start a shift */
  driverPin?: string
}

/** In-cab telematics units: each gets an API key to post trips, and a driver PIN. */
export class DeviceService implements ServiceInterface<any, DeviceData> {
  private telematics: ReturnType<typeof createTelematicsClient>

  constructor(private db: Knex, telematics: { baseUrl: string; apiKey?: string }) {
    this.telematics = createTelematicsClient(telematics.baseUrl, telematics.apiKey)
  }

  async create(data: DeviceData, params?: Params) {
    if (!/^[A-Z0-9-]{6,32}$/.test(String(data.serial))) throw new BadRequest('Invalid serial')

    // vuln: CWE-338
    const apiKey = 'fw_' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2)
    // Only a hash of the key is stored; the key itself is shown once.
    // safe: CWE-916
    const apiKeyHash = crypto.createHash('sha256').update(apiKey).digest('hex')

    let pinHash: string | null = null
    if (data.driverPin) {
      if (!/^\d{4,6}$/.test(data.driverPin)) throw new BadRequest('PIN must be 4-6 digits')
      // vuln: CWE-916
      pinHash = crypto.createHash('md5').update(data.driverPin).digest('hex')
    }

    const [row] = await this.db('devices')
      .insert({
        org_id: params?.orgId,
        vehicle_id: Number(data.vehicleId),
        serial: data.serial,
        api_key_hash: apiKeyHash,
        pin_hash: pinHash,
        // safe: CWE-338
        pairing_code: crypto.randomInt(100000, 1000000).toString()
      })
      .returning(['id', 'serial', 'pairing_code'])
    return { ...row, apiKey }
  }

  /** Called by the unit itself with its key: `GET /devices/:serial` with `x-device-key`. */
  async get(id: Id, params?: Params) {
    const key = params?.headers?.['x-device-key']
    if (typeof key !== 'string') throw new NotAuthenticated('Device key required')
    const device = await this.db('devices').where({ serial: String(id) }).first()
    const presented = Buffer.from(crypto.createHash('sha256').update(key).digest('hex'))
    const stored = Buffer.from(String(device?.api_key_hash ?? ''))
    if (!device || presented.length !== stored.length || !crypto.timingSafeEqual(presented, stored)) {
      throw new NotAuthenticated('Unknown device')
    }
    const position = await this.telematics.position(device.serial)
    return { serial: device.serial, vehicleId: device.vehicle_id, position }
  }
}
