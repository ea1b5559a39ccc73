/** Hand-built scan results for the report tests: one rich (every feature a report shows) and one empty. */
import type { Finding, ScanNotice } from '../../src/findings/finding.js';
import type { RuleMeta } from '../../src/findings/rule.js';
import type { ScanResult } from '../../src/pipeline/scan-result.js';

export const sqlRule: RuleMeta = {
  id: 'js/sql-injection',
  title: 'SQL query built from user input',
  analyzer: 'code',
  severity: 'high',
  confidence: 'high',
  cwe: [89],
  owasp: 'A03:2021-Injection',
  tags: ['injection'],
  description: 'User input reaches a SQL query without parameters, so an attacker can change the query.',
  fix: 'Pass values as parameters: `db.query("SELECT * FROM users WHERE id = $1", [id])`.',
  examples: { bad: 'db.query("SELECT * FROM t WHERE id=" + req.query.id)', good: 'db.query("SELECT * FROM t WHERE id=$1", [req.query.id])' },
};

export const awsRule: RuleMeta = {
  id: 'secrets/aws-access-key',
  title: 'AWS access key id',
  analyzer: 'secrets',
  severity: 'critical',
  confidence: 'high',
  cwe: [798],
  description: 'An AWS access key id is committed to the repository.',
  fix: 'Revoke the key and load credentials from the environment.',
};

export const corsRule: RuleMeta = {
  id: 'js/permissive-cors',
  title: 'CORS allows every origin',
  analyzer: 'code',
  severity: 'medium',
  confidence: 'medium',
  cwe: [942],
  description: 'The server allows any origin to read responses.',
  fix: 'List the allowed origins.',
};

export const unusedRule: RuleMeta = {
  id: 'js/eval-injection',
  title: 'Code built from user input is evaluated',
  analyzer: 'code',
  severity: 'critical',
  confidence: 'high',
  cwe: [95],
  description: 'User input reaches eval.',
  fix: 'Never evaluate input.',
};

const loc = (path: string, startLine: number, startColumn: number, endColumn: number) =>
  ({ path, startLine, startColumn, endLine: startLine, endColumn });

export const sqlFinding: Finding = {
  ruleId: 'js/sql-injection',
  message: 'req.query.id reaches db.query through string concatenation',
  location: loc('src/routes/users.ts', 12, 9, 41),
  severity: 'high',
  confidence: 'high',
  snippet: '  return db.query("SELECT * FROM users WHERE id = " + id);',
  fingerprint: 'fp-sql-0001',
  status: 'new',
  fingerprintHint: 'internal-hint-must-not-appear',
  origin: { kind: 'ai', tool: 'Claude Code', evidence: ['comment marker at line 1'] },
  trace: [
    { kind: 'source', message: 'user input from req.query.id', location: loc('src/routes/users.ts', 10, 14, 26) },
    { kind: 'step', message: 'passed to findUser(id)', location: loc('src/routes/users.ts', 11, 3, 15) },
    { kind: 'sink', message: 'reaches db.query', location: loc('src/db.ts', 4, 3, 11) },
  ],
};

/** The secret itself never reaches a report: the pipeline hands over a redacted snippet. */
export const awsFinding: Finding = {
  ruleId: 'secrets/aws-access-key',
  message: 'AWS access key id (AKIA…, 20 chars)',
  location: loc('config/dev settings.env', 3, 16, 36),
  severity: 'critical',
  confidence: 'high',
  snippet: 'AWS_ACCESS_KEY=AKIA****************',
  fingerprint: 'fp-aws-0002',
  status: 'new',
};

export const corsBaselineFinding: Finding = {
  ruleId: 'js/permissive-cors',
  message: "cors() allows origin '*'",
  location: loc('src/server.ts', 7, 9, 32),
  severity: 'medium',
  confidence: 'medium',
  snippet: "app.use(cors({ origin: '*' }));",
  fingerprint: 'fp-cors-0003',
  status: 'baseline',
};

export const suppressedFinding: Finding = {
  ruleId: 'js/sql-injection',
  message: 'tableName reaches db.query',
  location: loc('src/routes/users.ts', 30, 3, 30),
  severity: 'high',
  confidence: 'medium',
  snippet: '  db.query(`SELECT * FROM ${tableName}`);',
  fingerprint: 'fp-sql-0004',
  status: 'suppressed',
  suppression: { reason: 'tableName comes from a fixed allow-list', line: 29 },
};

/** Untrusted text from a scanned file: terminal escapes and XML metacharacters. */
export const hostileFinding: Finding = {
  ruleId: 'js/permissive-cors',
  message: 'origin from <script>&"header" \u001b[2J\u001b]0;pwned\u0007',
  location: loc('src/server.ts', 15, 1, 10),
  severity: 'medium',
  confidence: 'low',
  snippet: 'res.setHeader("x", "\u001b[31mred\u001b[0m <b>&amp;\u0000");',
  fingerprint: 'fp-cors-0005',
  status: 'new',
};

/** Newer contract additions, built so this file compiles against older and newer ScanResult types. */
const notUtf8Notice = { path: 'legacy/latin1.js', level: 'warning' as string as ScanNotice['level'], reason: 'not valid UTF-8; decoded as Latin-1' };
export const sampleRisk = { score: 0.62, aiShare: 0.8, severity: 0.75, sensitivity: 0.5, explanation: '80% of changed lines AI-written; worst new finding high' };

export function richResult(): ScanResult {
  const result: ScanResult = {
    tool: { name: 'vouch', version: '0.1.0' },
    root: '/home/alice/projects/shop',
    startedAt: '2026-11-24T10:00:00.000Z',
    analyzers: ['code', 'secrets'],
    findings: [suppressedFinding, corsBaselineFinding, hostileFinding, awsFinding, sqlFinding],
    notices: [
      { path: 'src/broken.ts', level: 'error', reason: 'could not parse: unexpected token at 3:7', analyzer: 'code' },
      { path: 'assets/logo.png', level: 'skipped', reason: 'binary file' },
      notUtf8Notice,
    ],
    rules: [sqlRule, awsRule, corsRule, unusedRule],
    stats: {
      filesDiscovered: 42, filesScanned: 40, filesSkipped: 1, filesWithErrors: 1,
      linesScanned: 5120, bytesScanned: 180_000, durationMs: 1234,
    },
    gate: {
      passed: false,
      failOn: 'high',
      reasons: [{
        policy: 'threshold',
        message: "2 new findings at or above 'high' (1 critical, 1 high)",
        findings: ['fp-aws-0002', 'fp-sql-0001'],
      }],
      notes: ['1 file could not be scanned (scanErrors: warn)'],
    },
    extras: { provenance: { aiLines: 120, humanLines: 300 } },
  };
  Object.assign(result.gate, { risk: sampleRisk });
  return result;
}

export function emptyResult(): ScanResult {
  return {
    tool: { name: 'vouch', version: '0.1.0' },
    root: '/tmp/empty',
    startedAt: '2026-11-24T10:00:00.000Z',
    analyzers: ['code'],
    findings: [],
    notices: [],
    rules: [],
    stats: { filesDiscovered: 0, filesScanned: 0, filesSkipped: 0, filesWithErrors: 0, linesScanned: 0, bytesScanned: 0, durationMs: 3 },
    gate: { passed: true, failOn: 'high', reasons: [], notes: [] },
    extras: {},
  };
}
