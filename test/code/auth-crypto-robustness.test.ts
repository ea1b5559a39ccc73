/**
 * The auth/crypto pattern rules on hostile input: malformed escapes, names defined thousands of
 * times, deep helper recursion. Bad input is data: the analysis finishes quickly and reports what it
 * can, and no rule throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeJs } from '../../src/analyzers/code/index.js';

const analyze = (text: string, path = 'input.js') => analyzeJs({ path, absPath: `/virtual/${path}`, text, kind: 'javascript' });

test('a connection string with malformed %-escapes is still checked, without throwing', () => {
  const r = analyze("const mongoose = require('mongoose');\nmongoose.connect('mongodb://admin:p%E0%A4%A@db/app');\nmongoose.connect('mongodb://admin:%ZZ@db/app');\n");
  assert.deepEqual(r.notices, []);
  const lines = r.findings.filter((f) => f.ruleId === 'js/hardcoded-credentials').map((f) => f.location.startLine);
  assert.deepEqual(lines, [2, 3]);
});

test('a bundle that redefines one name 1500 times and reads storage stays fast and quiet', () => {
  const parts = ["const store = window.localStorage;"];
  for (let i = 0; i < 1500; i++) parts.push(`e = store.getItem('k${i}'); if (e === 'admin') f${i}(); var t${i} = Math.random();`);
  const started = Date.now();
  const r = analyze(parts.join('\n'), 'bundle.js');
  const elapsed = Date.now() - started;
  assert.deepEqual(r.notices, []);
  assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
  // `e` is assigned 1500 times: it resolves to nothing, so none of these comparisons is attributed to a role key.
  assert.equal(r.findings.filter((f) => f.ruleId === 'js/client-side-authorization').length, 0);
  assert.equal(r.findings.filter((f) => f.ruleId === 'js/insecure-randomness').length, 0);
});

test('self-recursive storage helpers terminate', () => {
  const r = analyze("function getRole(n) { return n > 0 ? getRole(n - 1) : localStorage.getItem('role'); }\nexport const isAdmin = () => getRole(3) === 'admin';\n");
  assert.deepEqual(r.notices, []);
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'js/client-side-authorization').map((f) => f.location.startLine), [2]);
});

test('JWT secrets in deeply chained config objects resolve and are masked', () => {
  const r = analyze("const jwt = require('jsonwebtoken');\nconst cfg = { a: { b: { c: { d: { key: 'nested-signing-key' } } } } };\nmodule.exports = (u) => jwt.sign({ sub: u }, cfg.a.b.c.d.key, { expiresIn: '1h' });\n");
  const f = r.findings.filter((x) => x.ruleId === 'js/jwt-hardcoded-secret');
  assert.deepEqual(f.map((x) => x.location.startLine), [2]);
  assert.ok(!JSON.stringify(f).includes('nested-signing-key'));
});
