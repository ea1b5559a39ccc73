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

/** Rules that belong to Vouch itself (suppression hygiene, scan problems). */
export const vouchRules: RuleMeta[] = [
  {
    id: 'vouch/suppression-without-reason',
    title: 'Suppression without a reason',
    analyzer: 'vouch',
    severity: 'low',
    confidence: 'high',
    cwe: [],
    tags: ['hygiene'],
    description: 'A `vouch-ignore[...]` comment silences a finding but gives no reason, so a reviewer cannot tell whether the risk was understood.',
    fix: 'Add a reason after a colon: `// vouch-ignore[js/sql-injection]: table name comes from a fixed allow-list`.',
    examples: {
      bad: "db.query(sql); // vouch-ignore[js/sql-injection]",
      good: "db.query(sql); // vouch-ignore[js/sql-injection]: sql is built from constants only",
    },
  },
];

export function allRules(): RuleMeta[] {
  const rules = [
    ...fileAnalyzers.flatMap((a) => a.analyzer.rules),
    ...projectAnalyzers.flatMap((a) => a.analyzer.rules),
    ...vouchRules,
  ];
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

export function findRule(id: string): RuleMeta | undefined {
  return allRules().find((r) => r.id === id);
}
