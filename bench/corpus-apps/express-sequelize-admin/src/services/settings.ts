import _ from 'lodash';
import { Setting } from '../models';

export interface ConsoleSettings {
  branding: { productName: string; accent: string };
  alerts: { mrrDropPercent: number; channels: string[] };
  retention: { backupsDays: number; auditDays: number };
  features: Record<string, boolean>;
}

const DEFAULTS: ConsoleSettings = {
  branding: { productName: 'Ops Console', accent: '#0f766e' },
  alerts: { mrrDropPercent: 10, channels: ['slack'] },
  retention: { backupsDays: 30, auditDays: 365 },
  features: {},
};

const EDITABLE_SECTIONS = ['branding', 'alerts', 'retention'] as const;

export async function loadSettings(): Promise<ConsoleSettings> {
  const row = await Setting.findByPk('console');
  return _.merge({}, DEFAULTS, row?.value ?? {});
}

async function persist(settings: ConsoleSettings) {
  await Setting.upsert({ key: 'console', value: settings as unknown as Record<string, unknown> });
}

/** Settings form: each section is posted as JSON and merged over the stored values. */
export async function updateSections(patch: Record<string, unknown>) {
  const current = await loadSettings();
  const allowed = _.pick(patch, EDITABLE_SECTIONS);
  // safe: CWE-1321
  const next = _.merge({}, current, allowed) as ConsoleSettings;
  await persist(next);
  return next;
}

/**
 * Feature-flag console: `{ "path": "features.newBilling", "value": true }` sets one value deep
 * inside the settings document.
 */
export async function setValue(path: string, value: unknown) {
  const settings = (await loadSettings()) as unknown as Record<string, any>;
  const keys = path.split('.');
  let node = settings;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  // vuln: CWE-1321
  node[keys[keys.length - 1]] = value;
  await persist(settings as unknown as ConsoleSettings);
  return settings;
}
