/**
 * The one list of analyzers. Worker threads import this module to find the file analyzers;
 * the CLI uses it for `vouch rules`, `explain`, SARIF rule metadata and the README table.
 */
import type { FileAnalyzer, ProjectAnalyzer } from './analyzer.js';
import type { RuleMeta } from '../findings/rule.js';
import { codeAnalyzer } from './code/index.js';
import { codeProjectAnalyzer } from './code/project-rules.js';
import { lazyDependenciesAnalyzer } from './dependencies/lazy.js';
import { secretsAnalyzer } from './secrets/index.js';
import { iacAnalyzer } from './iac/index.js';
import { vouchRules } from './vouch-rules.js';

export { vouchRules };

/** Analyzer ids as used by `--only` and `config.analyzers`. */
export type AnalyzerGroup = 'code' | 'secrets' | 'deps' | 'iac';

export const fileAnalyzers: { group: AnalyzerGroup; analyzer: FileAnalyzer }[] = [
  { group: 'code', analyzer: codeAnalyzer },
  { group: 'secrets', analyzer: secretsAnalyzer },
  { group: 'iac', analyzer: iacAnalyzer },
];

export const projectAnalyzers: { group: AnalyzerGroup; analyzer: ProjectAnalyzer }[] = [
  { group: 'code', analyzer: codeProjectAnalyzer },
  { group: 'deps', analyzer: lazyDependenciesAnalyzer },
];

let sortedRules: readonly RuleMeta[] | undefined;

/**
 * Every rule, by id. Built once per process: a scan asks several times (rule index, gate, report,
 * cache key) and sorting ~300 ids with localeCompare cost ~10 ms each time.
 */
export function allRules(): readonly RuleMeta[] {
  sortedRules ??= Object.freeze(
    [...fileAnalyzers.flatMap((a) => a.analyzer.rules), ...projectAnalyzers.flatMap((a) => a.analyzer.rules), ...vouchRules].sort((a, b) => a.id.localeCompare(b.id)),
  );
  return sortedRules;
}

export function findRule(id: string): RuleMeta | undefined {
  return allRules().find((r) => r.id === id);
}
