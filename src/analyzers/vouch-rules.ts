import type { RuleMeta } from '../findings/rule.js';

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
