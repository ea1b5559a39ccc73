import type { Database } from 'bun:sqlite'
import { loadSettings, storeSettings } from '../repositories/macro-repository'
import { deepMerge, mergeKnown } from '../lib/merge'

const BRANDING_KEYS = ['primaryColor', 'logoUrl', 'portalTitle', 'supportEmail'] as const

export class SettingsService {
  constructor(private readonly db: Database) {}

  get(tenant: string) {
    return loadSettings(this.db, tenant)
  }

  /** PATCH /settings — nested objects (sla, businessHours, notifications …) are merged. */
  update(tenant: string, patch: Record<string, unknown>) {
    const current = loadSettings(this.db, tenant)
    const next = deepMerge(current, patch)
    storeSettings(this.db, tenant, next)
    return next
  }

  updateBranding(tenant: string, patch: Record<string, unknown>) {
    const current = loadSettings(this.db, tenant)
    const branding = mergeKnown({ ...(current.branding as Record<string, unknown>) }, patch, BRANDING_KEYS)
    const next = { ...current, branding }
    storeSettings(this.db, tenant, next)
    return branding
  }
}
