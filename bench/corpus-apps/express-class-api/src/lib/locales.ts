import { readFileSync } from 'fs';
import path from 'path';

const LOCALE_DIR = path.join(__dirname, '..', '..', 'locales');
const SUPPORTED = new Set(['en', 'de', 'fr', 'es']);

export function loadMessages(locale: string): Record<string, string> {
  // vuln: CWE-22
  return JSON.parse(readFileSync(path.join(LOCALE_DIR, `${locale}.json`), 'utf8'));
}

export function loadMessagesSafe(locale: string): Record<string, string> {
  const lang = SUPPORTED.has(locale) ? locale : 'en';
  // safe: CWE-22
  return JSON.parse(readFileSync(path.join(LOCALE_DIR, `${lang}.json`), 'utf8'));
}
