/**
 * The file analyzers of registry.ts, each loaded only when its group is asked for: a worker thread
 * of a secrets-only scan never loads the code analyzer (its parser, rules and taint engine). The
 * list follows the registry's order (a test keeps them equal).
 */
import type { FileAnalyzer } from './analyzer.js';
import type { AnalyzerGroup } from './registry.js';
import type { RuleMeta } from '../findings/rule.js';
import { vouchRules } from './vouch-rules.js';

export const FILE_ANALYZER_LOADERS: { group: AnalyzerGroup; load: () => Promise<FileAnalyzer> }[] = [
  { group: 'code', load: async () => (await import('./code/index.js')).codeAnalyzer },
  { group: 'secrets', load: async () => (await import('./secrets/index.js')).secretsAnalyzer },
  { group: 'iac', load: async () => (await import('./iac/index.js')).iacAnalyzer },
];

/** The file analyzers of these groups, in registry order. */
export async function loadFileAnalyzers(groups: string[]): Promise<FileAnalyzer[]> {
  return Promise.all(FILE_ANALYZER_LOADERS.filter((l) => groups.includes(l.group)).map((l) => l.load()));
}

/** The rules these analyzers report, and Vouch's own (suppression hygiene), by id. */
export function ruleIndexOf(analyzers: FileAnalyzer[]): Map<string, RuleMeta> {
  return new Map([...analyzers.flatMap((a) => a.rules), ...vouchRules].map((r) => [r.id, r]));
}
