// For more information about this file see https://dove.feathersjs.com/guides/cli/service.html
import { authenticate } from '@feathersjs/authentication'
import { hooks as schemaHooks, resolve } from '@feathersjs/schema'
import { Type, getValidator, querySyntax } from '@feathersjs/typebox'
import type { Static } from '@feathersjs/typebox'
import { passwordHash } from '@feathersjs/authentication-local'
import { KnexService } from '@feathersjs/knex'
import type { KnexAdapterParams, KnexAdapterOptions } from '@feathersjs/knex'

import type { Application, HookContext } from '../../declarations'
import { dataValidator, queryValidator } from '../../validators'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const userSchema = Type.Object(
  {
    id: Type.Number(),
    orgId: Type.Number(),
    email: Type.String({ format: 'email' }),
    password: Type.Optional(Type.String()),
    name: Type.String(),
    role: Type.Union([Type.Literal('admin'), Type.Literal('member'), Type.Literal('driver')])
  },
  { $id: 'User', additionalProperties: false }
)
export type User = Static<typeof userSchema>
export const userValidator = getValidator(userSchema, dataValidator)
export const userResolver = resolve<User, HookContext>({})

export const userExternalResolver = resolve<User, HookContext>({
  // The password hash is never sent to clients
  password: async () => undefined
})

export const userDataSchema = Type.Pick(userSchema, ['email', 'password', 'name', 'role'], { $id: 'UserData' })
export type UserData = Static<typeof userDataSchema>
export const userDataValidator = getValidator(userDataSchema, dataValidator)
export const userDataResolver = resolve<User, HookContext>({
  // bcrypt through @feathersjs/authentication-local (cost 10)
  // safe: CWE-916
  password: passwordHash({ strategy: 'local' })
})

export const userPatchSchema = Type.Partial(Type.Pick(userSchema, ['password', 'name']), { $id: 'UserPatch' })
export type UserPatch = Static<typeof userPatchSchema>
export const userPatchValidator = getValidator(userPatchSchema, dataValidator)
export const userPatchResolver = resolve<User, HookContext>({
  password: passwordHash({ strategy: 'local' })
})

export const userQueryProperties = Type.Pick(userSchema, ['id', 'email', 'name', 'role', 'orgId'])
export const userQuerySchema = Type.Intersect([querySyntax(userQueryProperties), Type.Object({}, { additionalProperties: false })], {
  additionalProperties: false
})
export type UserQuery = Static<typeof userQuerySchema>
export const userQueryValidator = getValidator(userQuerySchema, queryValidator)
export const userQueryResolver = resolve<UserQuery, HookContext>({})

export interface UserParams extends KnexAdapterParams<UserQuery> {}

export class UserService extends KnexService<User, UserData, UserParams, UserPatch> {}

export const userPath = 'users'

export const users = (app: Application) => {
  const options: KnexAdapterOptions = {
    paginate: app.get('paginate'),
    Model: app.get('postgresqlClient'),
    name: 'users'
  }
  app.use(userPath, new UserService(options), {
    methods: ['find', 'get', 'create', 'patch', 'remove'],
    events: []
  })
  app.service(userPath).hooks({
    around: {
      all: [schemaHooks.resolveExternal(userExternalResolver), schemaHooks.resolveResult(userResolver)],
      find: [authenticate('jwt'), restrictToOrg],
      get: [authenticate('jwt'), restrictToOrg],
      create: [authenticate('jwt'), requireAdmin, restrictToOrg],
      patch: [authenticate('jwt'), restrictToOrg],
      remove: [authenticate('jwt'), requireAdmin, restrictToOrg]
    },
    before: {
      all: [schemaHooks.validateQuery(userQueryValidator), schemaHooks.resolveQuery(userQueryResolver)],
      create: [schemaHooks.validateData(userDataValidator), schemaHooks.resolveData(userDataResolver)],
      patch: [schemaHooks.validateData(userPatchValidator), schemaHooks.resolveData(userPatchResolver)]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [userPath]: UserService
  }
}
