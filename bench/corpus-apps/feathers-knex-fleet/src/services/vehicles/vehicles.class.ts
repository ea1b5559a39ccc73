// For more information about this file see https://dove.feathersjs.com/guides/cli/service.class.html#database-services
import type { Params } from '@feathersjs/feathers'
import { KnexService } from '@feathersjs/knex'
import type { KnexAdapterParams, KnexAdapterOptions } from '@feathersjs/knex'

import type { Application } from '../../declarations'
import type { Vehicle, VehicleData, VehiclePatch, VehicleQuery } from './vehicles.schema'

export type { Vehicle, VehicleData, VehiclePatch, VehicleQuery }

export interface VehicleParams extends KnexAdapterParams<VehicleQuery> {}

export class VehicleService<ServiceParams extends Params = VehicleParams> extends KnexService<
  Vehicle,
  VehicleData,
  VehicleParams,
  VehiclePatch
> {
  /** Vehicles due for service: odometer past the last service interval. */
  async dueForService(orgId: number, marginKm: number) {
    const db = this.getModel()
    // safe: CWE-89
    const result = await db.raw(
      `SELECT v.id, v.plate, v.odometer_km, s.last_service_km, s.interval_km
         FROM vehicles v
         JOIN service_plans s ON s.vehicle_id = v.id
        WHERE v.org_id = ? AND v.odometer_km + ? >= s.last_service_km + s.interval_km
        ORDER BY v.plate`,
      [orgId, marginKm]
    )
    return result.rows
  }
}

export const getOptions = (app: Application): KnexAdapterOptions => {
  return {
    paginate: app.get('paginate'),
    Model: app.get('postgresqlClient'),
    name: 'vehicles'
  }
}
