import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from './finding.js';

/** A baseline is a JSON list of fingerprints (never code or secrets). */
export interface BaselineFile {
  version: 1;
  createdAt: string;
  tool: string;
  findings: { fingerprint: string; ruleId: string; path: string }[];
}

export class BaselineError extends Error {}

export function readBaseline(file: string): Set<string> {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(`${file}: ${code ? `cannot read baseline (${code})` : 'baseline is not valid JSON'}`);
  }
  if (!data || data.version !== 1 || !Array.isArray(data.findings)) {
    throw new BaselineError(`${file}: not a Vouch baseline (expected {"version": 1, "findings": [...]})`);
  }
  return new Set(data.findings.map((f) => f.fingerprint).filter((f) => typeof f === 'string'));
}

export function writeBaseline(file: string, findings: Finding[], toolVersion: string): number {
  const entries = findings
    .filter((f) => f.status !== 'suppressed')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.location.path }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const data: BaselineFile = { version: 1, createdAt: new Date().toISOString(), tool: `vouch ${toolVersion}`, findings: entries };
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return entries.length;
}
