import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import type { Knex } from 'knex'

import { deepMerge, assignKnown } from '../../utils/merge'

const ORG_DEFAULTS = {
  units: { distance: 'km', volume: 'l' },
  notifications: { email: { digest: 'daily', overdueService: true }, sms: { enabled: false } },
  serviceIntervalKm: 15000
}

const UI_DEFAULTS = { theme: 'light', density: 'comfortable', showRetired: false, pageSize: 25 }

export class SettingsService implements ServiceInterface<any, any> {
  constructor(private db: Knex) {}

  async get(id: Id, params?: Params) {
    if (id === 'ui') {
      const row = await this.db('user_preferences').where({ user_id: params?.user?.id }).first()
      return assignKnown(UI_DEFAULTS, row?.prefs ?? {})
    }
    const row = await this.db('org_settings').where({ org_id: params?.orgId ?? -1 }).first()
    return deepMerge(structuredClone(ORG_DEFAULTS), row?.settings ?? {})
  }

  /** `PATCH /settings/org` with a partial settings object from the settings screen. */
  async patch(id: Id | null, data: any, params?: Params) {
    if (id === 'ui') {
      const prefs = assignKnown(UI_DEFAULTS, data ?? {})
      await this.db('user_preferences')
        .insert({ user_id: params?.user?.id, prefs })
        .onConflict('user_id')
        .merge()
      return prefs
    }
    const current = await this.get('org', params)
    const next = deepMerge(current, data ?? {})
    await this.db('org_settings')
      .insert({ org_id: params?.orgId, settings: JSON.stringify(next) })
      .onConflict('org_id')
      .merge()
    return next
  }
}
