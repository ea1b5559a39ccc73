import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync as parseNative } from 'oxc-parser/src-js/bindings';
import { jsonParseAst } from 'oxc-parser/src-js/wrap';
import { parseRaw, rawTransferAvailable } from '../../src/analyzers/code/frontend/js/raw-transfer.js';
import { parseJs } from '../../src/analyzers/code/frontend/js/parse.js';

// Raw transfer (our own driver of oxc's binding, so that Node 20 gets it too) must build the very
// tree oxc's JSON path builds: the rules read both the same way.

const OPTIONS = { sourceType: 'unambiguous', astType: 'ts' } as const;

/** Trees compared as text: BigInt and RegExp literal values spelled out (JSON cannot hold them). */
const text = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `bigint:${x}` : x instanceof RegExp ? `regexp:${x}` : x));

function bothWays(path: string, source: string, lang: 'js' | 'jsx' | 'ts' | 'tsx') {
  const raw = parseRaw(path, source, { ...OPTIONS, lang });
  const json = parseNative(path, source, { ...OPTIONS, lang });
  assert.ok(raw, `${path}: parsed with raw transfer`);
  return { raw: { program: text(raw.program), errors: text(raw.errors) }, json: { program: text(jsonParseAst(json.program)), errors: text(json.errors) } };
}

const SAMPLES: { name: string; lang: 'js' | 'jsx' | 'ts' | 'tsx'; source: string }[] = [
  { name: 'empty.js', lang: 'js', source: '' },
  { name: 'literals.js', lang: 'js', source: 'const big = 12345678901234567890n;\nconst re = /a+(b|c)*$/giu;\nconst t = `x ${big} y`;\n' },
  { name: 'non-ascii.js', lang: 'js', source: "const grüße = 'héllo wörld 😀';\nconst ключ = \"значение\"; // коммент\nrun(grüße + ключ);\n" },
  { name: 'hashbang.js', lang: 'js', source: '#!/usr/bin/env node\nrequire("child_process").exec(process.argv[2]);\n' },
  { name: 'view.jsx', lang: 'jsx', source: 'export const V = ({ html }) => <div dangerouslySetInnerHTML={{ __html: html }}>{html}</div>;\n' },
  { name: 'service.ts', lang: 'ts', source: '@Injectable()\nexport class Repo<T extends object> {\n  constructor(private readonly db: Db) {}\n  find(id: string): Promise<T> { return this.db.query(`select * from t where id = ${id}`) as Promise<T>; }\n}\n' },
  { name: 'broken.js', lang: 'js', source: 'function f( {\n  return 1 +;\n}\n' },
];

test('raw transfer is available on this platform (64-bit little-endian)', () => {
  assert.equal(rawTransferAvailable(), true);
});

for (const s of SAMPLES) {
  test(`raw transfer and JSON give the same tree and errors: ${s.name}`, () => {
    const { raw, json } = bothWays(s.name, s.source, s.lang);
    assert.equal(raw.program, json.program);
    assert.equal(raw.errors, json.errors);
  });
}

test('the syntax error of a broken file comes back with its position', () => {
  const raw = parseRaw('broken.js', 'function f( {\n  return 1 +;\n}\n', { ...OPTIONS, lang: 'js' })!;
  assert.ok(raw.errors.length > 0);
  assert.equal(typeof raw.errors[0]!.labels?.[0]?.start, 'number');
});

test('raw transfer and JSON give the same trees for every code rule fixture', () => {
  const dir = join(process.cwd(), 'src/analyzers/code/rules');
  const files: string[] = [];
  const collect = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) collect(abs);
      else if (/\.fixture\b.*\.[cm]?[jt]sx?$|\.fixture\/.*\.[cm]?[jt]sx?$/.test(abs)) files.push(abs);
    }
  };
  collect(dir);
  assert.ok(files.length > 50, `found ${files.length} fixtures`);
  for (const file of files) {
    const lang = /\.tsx$/.test(file) ? 'tsx' : /\.[cm]?ts$/.test(file) ? 'ts' : 'jsx';
    const { raw, json } = bothWays(file, readFileSync(file, 'utf8'), lang);
    assert.equal(raw.program, json.program, file);
    assert.equal(raw.errors, json.errors, file);
  }
});

test('a file parsed twice in a row (the buffer reused) gives the same tree both times', () => {
  const a = 'const x = req.query.id; db.query("select " + x);\n';
  const b = 'export function other(y) { return y * 2 }\n';
  const first = text(parseRaw('a.js', a, { ...OPTIONS, lang: 'js' })!.program);
  parseRaw('b.js', b, { ...OPTIONS, lang: 'js' });
  assert.equal(text(parseRaw('a.js', a, { ...OPTIONS, lang: 'js' })!.program), first);
});

test('a tree not in TypeScript shape is left to the JSON path', () => {
  assert.equal(parseRaw('a.js', 'let a = 1', { sourceType: 'module', lang: 'js' }), undefined);
});

test('code nested past what the deserializer can recurse on this thread is parsed with JSON; the buffer serves the next file', () => {
  const deep = `x = ${'['.repeat(5000)}${']'.repeat(5000)};\n`;
  // On the test runner's ordinary stack the deserializer's recursion overflows at this depth.
  assert.throws(() => parseRaw('deep.js', deep, { ...OPTIONS, lang: 'js' }), RangeError);
  const parsed = parseJs('deep.js', deep);
  assert.equal(parsed.error, undefined);
  let depth = 0;
  for (let n = parsed.program.body[0].expression.right; n?.type === 'ArrayExpression'; n = n.elements[0]) depth++;
  assert.equal(depth, 5000);
  assert.ok(parseRaw('after.js', 'let a = 1;\n', { ...OPTIONS, lang: 'js' }));
});
