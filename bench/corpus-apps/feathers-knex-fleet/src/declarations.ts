// For more information about this file see https://dove.feathersjs.com/guides/cli/typescript.html
import { HookContext as FeathersHookContext, NextFunction } from '@feathersjs/feathers'
import { Application as FeathersApplication } from '@feathersjs/express'
import type { Knex } from 'knex'
import { ApplicationConfiguration } from './configuration'

import { User } from './services/users/users'

export type { NextFunction }

export interface Configuration extends ApplicationConfiguration {
  postgresqlClient: Knex
}

// A mapping of service names to types. Will be extended in service files.
export interface ServiceTypes {}

export type Application = FeathersApplication<ServiceTypes, Configuration>

export type HookContext<S = any> = FeathersHookContext<Application, S>

declare module '@feathersjs/feathers' {
  interface Params {
    user?: User
    headers?: Record<string, string | string[] | undefined>
    orgId?: number
  }
}
