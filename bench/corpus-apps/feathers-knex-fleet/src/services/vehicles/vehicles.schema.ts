// For more information about this file see https://dove.feathersjs.com/guides/cli/service.schemas.html
import { resolve } from '@feathersjs/schema'
import { Type, getValidator, querySyntax } from '@feathersjs/typebox'
import type { Static } from '@feathersjs/typebox'

import type { HookContext } from '../../declarations'
import { dataValidator, queryValidator } from '../../validators'

export const vehicleSchema = Type.Object(
  {
    id: Type.Number(),
    orgId: Type.Number(),
    plate: Type.String({ maxLength: 16 }),
    vin: Type.String({ minLength: 17, maxLength: 17 }),
    nickname: Type.Optional(Type.String({ maxLength: 60 })),
    make: Type.String(),
    model: Type.String(),
    odometerKm: Type.Number(),
    status: Type.Union([Type.Literal('active'), Type.Literal('workshop'), Type.Literal('retired')]),
    deviceId: Type.Optional(Type.String())
  },
  { $id: 'Vehicle', additionalProperties: false }
)
export type Vehicle = Static<typeof vehicleSchema>
export const vehicleValidator = getValidator(vehicleSchema, dataValidator)
export const vehicleResolver = resolve<Vehicle, HookContext>({})
export const vehicleExternalResolver = resolve<Vehicle, HookContext>({})

export const vehicleDataSchema = Type.Pick(vehicleSchema, ['plate', 'vin', 'nickname', 'make', 'model', 'odometerKm', 'status'], {
  $id: 'VehicleData'
})
export type VehicleData = Static<typeof vehicleDataSchema>
export const vehicleDataValidator = getValidator(vehicleDataSchema, dataValidator)
export const vehicleDataResolver = resolve<Vehicle, HookContext>({})

export const vehiclePatchSchema = Type.Partial(vehicleSchema, { $id: 'VehiclePatch' })
export type VehiclePatch = Static<typeof vehiclePatchSchema>
export const vehiclePatchValidator = getValidator(vehiclePatchSchema, dataValidator)
export const vehiclePatchResolver = resolve<Vehicle, HookContext>({})

// Only these columns can be filtered and sorted on; operators are the adapter's own ($in, $lt, ...)
export const vehicleQueryProperties = Type.Pick(vehicleSchema, ['id', 'orgId', 'plate', 'vin', 'status', 'make', 'odometerKm'])
export const vehicleQuerySchema = Type.Intersect(
  [querySyntax(vehicleQueryProperties), Type.Object({}, { additionalProperties: false })],
  { additionalProperties: false }
)
export type VehicleQuery = Static<typeof vehicleQuerySchema>
export const vehicleQueryValidator = getValidator(vehicleQuerySchema, queryValidator)
export const vehicleQueryResolver = resolve<VehicleQuery, HookContext>({})
