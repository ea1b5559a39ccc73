/**
 * The real-CVE cases (bench/corpus-cve/cases*.json, scored by bench/cve.mjs) are ground truth for
 * recall on published packages, so their shape is tested: every case names a package, a vulnerable
 * and a fixed release, CWEs of the documented table, and sink lines a scanner can be matched on.
 * (The packages themselves are fetched only by the benchmark, never by the tests.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = process.cwd();
const CORPUS = path.join(ROOT, 'bench/corpus-cve');
const { CWE_CLASSES } = (await import(pathToFileURL(path.join(ROOT, 'bench/quality-apps.mjs')).href)) as { CWE_CLASSES: Map<number, string> };

interface Sink { file: string; lines: number[] }
interface Case { id: string; ghsa: string | null; package: string; vulnerable: string; fixed: string; cwe: string[]; summary: string; entry: string; sinks: Sink[]; fixedSinks: Sink[] }

const files = readdirSync(CORPUS).filter((f) => /^cases.*\.json$/.test(f)).sort();
const cases: (Case & { source: string })[] = files.flatMap((f) => (JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')) as Case[]).map((c) => ({ ...c, source: f })));

const VERSION = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;
const validSinks = (sinks: Sink[]) => sinks.every((s) => typeof s.file === 'string' && s.file.length > 0 && !path.isAbsolute(s.file) && !s.file.split('/').includes('..')
  && Array.isArray(s.lines) && s.lines.length > 0 && s.lines.every((l) => Number.isInteger(l) && l > 0));

test('the real-CVE corpus has cases in both label files', () => {
  assert.ok(files.length >= 2, `case files: ${files.join(', ')}`);
  assert.ok(cases.length >= 40, `${cases.length} cases`);
});

test('every case names a package, two releases, table CWEs and sink lines', () => {
  for (const c of cases) {
    const where = `${c.source}: ${c.id} ${c.package}`;
    assert.match(c.id, /^(CVE-\d{4}-\d{4,}|GHSA-[\w-]+)$/, where);
    assert.ok(c.ghsa === null || /^GHSA-[\w]{4}-[\w]{4}-[\w]{4}$/.test(c.ghsa), `${where}: ghsa ${c.ghsa}`);
    assert.match(c.package, /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/, where);
    assert.match(c.vulnerable, VERSION, where);
    assert.match(c.fixed, VERSION, where);
    assert.notEqual(c.vulnerable, c.fixed, where);
    assert.ok(c.cwe.length > 0 && c.cwe.every((w) => CWE_CLASSES.has(Number(/^CWE-(\d+)$/.exec(w)?.[1]))), `${where}: ${c.cwe.join(', ')} not all in the table`);
    assert.ok(c.summary.length > 10 && c.entry.length > 10, `${where}: summary and entry`);
    assert.ok(c.sinks.length > 0 && validSinks(c.sinks), `${where}: sinks`);
    assert.ok(validSinks(c.fixedSinks), `${where}: fixedSinks`);
  }
});

test('no advisory is labelled twice for the same package', () => {
  const seen = new Set<string>();
  for (const c of cases) {
    const key = `${c.package} ${c.id}`;
    assert.ok(!seen.has(key), `duplicate case ${key}`);
    seen.add(key);
  }
});
