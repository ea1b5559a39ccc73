#!/usr/bin/env node
// Times every report format on a synthetic scan result (N findings across files, a third with
// 3-step traces, some baseline/suppressed, some notices). Run after `npm run build`:
//   node bench/reports-speed.mjs [findings=10000]
import { renderReport, FORMATS } from '../dist/src/reports/index.js';

const n = Number(process.argv[2] ?? 10_000);
const loc = (path, line) => ({ path, startLine: line, startColumn: 5, endLine: line, endColumn: 30 });
const findings = Array.from({ length: n }, (_, i) => {
  const path = `src/module${i % 500}/file${i % 37}.ts`;
  const line = 1 + (i % 400);
  return {
    ruleId: ['js/sql-injection', 'js/xss', 'secrets/aws-access-key', 'js/permissive-cors'][i % 4],
    message: `finding number ${i} reaches a sink`,
    location: loc(path, line),
    severity: ['critical', 'high', 'medium', 'low', 'info'][i % 5],
    confidence: 'high',
    snippet: `    const value${i} = db.query("SELECT * FROM t WHERE id = " + req.query.id);`,
    fingerprint: `fp${i.toString(16).padStart(12, '0')}`,
    status: i % 10 === 0 ? 'baseline' : i % 13 === 0 ? 'suppressed' : 'new',
    ...(i % 13 === 0 ? { suppression: { reason: 'checked by hand', line: line - 1 || 1 } } : {}),
    ...(i % 3 === 0 ? { trace: [
      { kind: 'source', message: 'user input from req.query.id', location: loc(path, line) },
      { kind: 'step', message: 'assigned to id', location: loc(path, line) },
      { kind: 'sink', message: 'reaches db.query', location: loc(path, line) },
    ] } : {}),
  };
});
const rule = (id, severity, cwe) => ({ id, title: id, analyzer: 'code', severity, confidence: 'high', cwe: [cwe], description: 'd', fix: 'f' });
const result = {
  tool: { name: 'vouch', version: '0.1.0' }, root: '/x', startedAt: new Date(0).toISOString(), analyzers: ['code'],
  findings,
  notices: Array.from({ length: 50 }, (_, i) => ({ path: `bad${i}.ts`, level: i % 2 ? 'error' : 'skipped', reason: 'could not parse' })),
  rules: [rule('js/sql-injection', 'high', 89), rule('js/xss', 'high', 79), rule('secrets/aws-access-key', 'critical', 798), rule('js/permissive-cors', 'medium', 942)],
  stats: { filesDiscovered: 20000, filesScanned: 19950, filesSkipped: 25, filesWithErrors: 25, linesScanned: 2e6, bytesScanned: 6e7, durationMs: 12000 },
  gate: { passed: false, failOn: 'high', reasons: [{ policy: 'threshold', message: 'many', findings: findings.slice(0, 100).map((f) => f.fingerprint) }], notes: [] },
  extras: {},
};

for (const format of FORMATS) {
  renderReport(format, result, { color: false, root: '.' }); // warm-up
  const runs = 5;
  const t0 = process.hrtime.bigint();
  let size = 0;
  for (let r = 0; r < runs; r++) size = renderReport(format, result, { color: false, root: '.' }).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  console.log(`${format.padEnd(6)} ${n} findings: ${ms.toFixed(1)} ms/render, ${(size / 1024 / 1024).toFixed(2)} MiB`);
}
