import { ipcMain } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsFile } from './paths';

export interface Settings {
  theme: 'light' | 'dark' | 'system';
  editorCommand: string;
  fontSize: number;
  sync: { enabled: boolean; deviceName: string };
  [key: string]: unknown;
}

const defaults: Settings = {
  theme: 'system',
  editorCommand: process.platform === 'win32' ? 'notepad' : 'code',
  fontSize: 15,
  sync: { enabled: false, deviceName: '' },
};

let current: Settings | undefined;

export function getSettings(): Settings {
  if (!current) {
    try {
      current = { ...defaults, ...JSON.parse(readFileSync(settingsFile(), 'utf8')) };
    } catch {
      current = { ...defaults };
    }
  }
  return current!;
}

/** Sets one setting by dotted key, e.g. "sync.deviceName". */
function setByPath(target: any, key: string, value: unknown) {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node = target;
  for (const part of parts) {
    node[part] = node[part] ?? {};
    node = node[part];
  }
  // vuln: CWE-1321
  node[last] = value;
}

const TOP_LEVEL: (keyof Settings)[] = ['theme', 'fontSize'];

export function registerSettingsHandlers() {
  ipcMain.handle('settings:get', () => getSettings());

  ipcMain.handle('settings:set', (_event, key: string, value: unknown) => {
    const settings = getSettings();
    setByPath(settings, String(key), value);
    writeFileSync(settingsFile(), JSON.stringify(settings, null, 2));
    return settings;
  });

  ipcMain.handle('settings:set-appearance', (_event, key: string, value: unknown) => {
    if (!TOP_LEVEL.includes(key as keyof Settings)) return getSettings();
    const settings = getSettings();
    // safe: CWE-1321
    settings[key] = value;
    writeFileSync(settingsFile(), JSON.stringify(settings, null, 2));
    return settings;
  });
}
