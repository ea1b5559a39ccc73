import { defu } from 'defu'

export interface SiteSettings {
  title: string
  tagline: string
  theme: { primary: string; font: string; darkMode: boolean }
  comments: { enabled: boolean; moderation: 'all' | 'first' | 'none' }
  navigation: { label: string; href: string }[]
}

export const DEFAULT_SETTINGS: SiteSettings = {
  title: 'Northwind',
  tagline: '',
  theme: { primary: '#1d4ed8', font: 'Inter', darkMode: false },
  comments: { enabled: true, moderation: 'first' },
  navigation: []
}

export async function loadSettings(): Promise<SiteSettings> {
  const row = await useDb().selectFrom('settings').select('value').where('key', '=', 'site').executeTakeFirst()
  return defu((row?.value ?? {}) as Partial<SiteSettings>, DEFAULT_SETTINGS)
}

export async function saveSettings(settings: SiteSettings) {
  await useDb()
    .insertInto('settings')
    .values({ key: 'site', value: JSON.stringify(settings) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(settings) }))
    .execute()
}
