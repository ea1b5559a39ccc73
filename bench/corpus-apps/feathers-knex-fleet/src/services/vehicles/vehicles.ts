// For more information about this file see https://dove.feathersjs.com/guides/cli/service.html
import { authenticate } from '@feathersjs/authentication'
import { hooks as schemaHooks } from '@feathersjs/schema'

import {
  vehicleDataValidator,
  vehiclePatchValidator,
  vehicleQueryValidator,
  vehicleResolver,
  vehicleExternalResolver,
  vehicleDataResolver,
  vehiclePatchResolver,
  vehicleQueryResolver
} from './vehicles.schema'
import type { Application } from '../../declarations'
import { VehicleService, getOptions } from './vehicles.class'
import { restrictToOrg } from '../../hooks/restrict-to-org'

export const vehiclePath = 'vehicles'
export const vehicleMethods: Array<keyof VehicleService> = ['find', 'get', 'create', 'patch', 'remove']

export * from './vehicles.class'
export * from './vehicles.schema'

export const vehicle = (app: Application) => {
  app.use(vehiclePath, new VehicleService(getOptions(app)), {
    methods: vehicleMethods,
    events: []
  })
  app.service(vehiclePath).hooks({
    around: {
      all: [
        authenticate('jwt'),
        restrictToOrg,
        schemaHooks.resolveExternal(vehicleExternalResolver),
        schemaHooks.resolveResult(vehicleResolver)
      ]
    },
    before: {
      // params.query is validated against the query schema before it reaches the adapter
      // safe: CWE-89
      all: [schemaHooks.validateQuery(vehicleQueryValidator), schemaHooks.resolveQuery(vehicleQueryResolver)],
      create: [schemaHooks.validateData(vehicleDataValidator), schemaHooks.resolveData(vehicleDataResolver)],
      patch: [schemaHooks.validateData(vehiclePatchValidator), schemaHooks.resolveData(vehiclePatchResolver)]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [vehiclePath]: VehicleService
  }
}
