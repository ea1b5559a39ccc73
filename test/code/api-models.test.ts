/**
 * User models in `.vouch.yml` (`models: sources / sinks / sanitizers` over API paths): the
 * fixture's annotated lines are flagged with its config and — for the declared sinks and sources —
 * not without it; the declared sanitizer silences a flow that is reported without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { loadConfig, ConfigError, validateConfig } from '../../src/config/load.js';
import { normalisePath, pathPattern } from '../../src/analyzers/code/models/apis.js';
import { buildSarif } from '../../src/reports/sarif.js';

const DIR = join(process.cwd(), 'src/analyzers/code/models/user-models.fixture');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : e.endsWith('.js') ? [join(dir, e)] : []));
}

function expected(): string[] {
  const out: string[] = [];
  for (const f of files(DIR)) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((l, i) => {
      const m = /\/\/ ruleid: (\S+)/.exec(l);
      if (m) out.push(`${f.slice(DIR.length + 1)}:${i + 2} ${m[1]}`);
    });
  }
  return out.sort();
}

async function findings(withModels: boolean) {
  const config = withModels ? (await loadConfig(DIR)).config : defaultConfig();
  return (await runScan({ root: DIR, paths: [DIR], config, groups: ['code'], jobs: 1, failOn: 'none' })).findings;
}

async function scan(withModels: boolean): Promise<string[]> {
  return (await findings(withModels)).map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`).sort();
}

test('declared sinks, sources and sanitizers decide exactly the annotated lines', async () => {
  // Among them: a class's instance method (`Ledger#runStatement`) reached through a renamed
  // destructuring, a module singleton of another file, a class field, constructor injection from
  // another file, a project file's export reached through a re-export; and the same method of
  // another package (@vendor/ledger) not flagged.
  assert.deepEqual(await scan(true), expected());
});

test('findings from a declared model say which row of .vouch.yml made them', async () => {
  const all = await findings(true);
  const at = (where: string) => all.find((f) => `${f.location.path}:${f.location.startLine}` === where)!;
  const injected = at('services/balances.js:12');
  assert.match(injected.message, /sink from your model models\.sinks\.1 \(@acme\/ledger Ledger#runStatement\) in \.vouch\.yml/);
  assert.deepEqual(injected.properties?.userModel, { sink: 'models.sinks.1 (@acme/ledger Ledger#runStatement)' });
  assert.equal(injected.confidence, 'high');
  assert.deepEqual(at('app.js:32').properties?.userModel, { source: 'models.sources.0 (@acme/gateway input)' });
  // A flow between built-in sources and sinks carries no such note.
  const builtIn = at('app.js:27');
  assert.equal(builtIn.properties?.userModel, undefined);
  assert.doesNotMatch(builtIn.message, /your model/);
});

test('SARIF results carry the model row as a property', async () => {
  const config = (await loadConfig(DIR)).config;
  const result = await runScan({ root: DIR, paths: [DIR], config, groups: ['code'], jobs: 1, failOn: 'none' });
  const sarif = buildSarif(result, { root: DIR }) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; properties: Record<string, unknown> }[] }[] };
  const at = (uri: string, line: number) => sarif.runs[0]!.results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(uri) && r.locations[0]!.physicalLocation.region.startLine === line)!;
  assert.deepEqual(at('routes/search.js', 9).properties.userModel, { sink: 'models.sinks.3 (./lib/search SearchIndex#match)' });
  assert.equal(at('app.js', 27).properties.userModel, undefined);
});

test('access paths: `Client#query` and `Client.prototype.query` are the instance method `Client().query`', () => {
  assert.equal(normalisePath('Client#query'), 'Client().query');
  assert.equal(normalisePath('Client.prototype.query'), 'Client().query');
  assert.equal(normalisePath('default'), '');
  assert.equal(normalisePath('default.createPool().query'), 'createPool().query');
  assert.ok(pathPattern('Client#query').test('Client().query'));
  assert.ok(!pathPattern('Client#query').test('Client.query'));
  assert.ok(pathPattern('*.{raw,query}').test('connect().pool.raw'));
});

test('without the declarations the team APIs are unknown: sink and source missed, sanitizer not trusted', async () => {
  assert.deepEqual(await scan(false), [
    'app.js:22 js/xss',
    'app.js:27 js/xss',
  ]);
});

test('the models section is validated: unknown keys and kinds are configuration errors', async () => {
  await validateConfig({ models: { sinks: [{ package: 'x', path: 'a.b', kind: 'sql', argument: [0, 1] }] } });
  await assert.rejects(validateConfig({ models: { sinks: [{ package: 'x', path: 'a', kind: 'sqli' }] } }), (err: Error) => err instanceof ConfigError && /models\.sinks\.0\.kind/.test(err.message));
  await assert.rejects(validateConfig({ models: { sinks: [{ package: 'x', path: 'a', kind: 'sql', arg: 0 }] } }), /unknown key 'models\.sinks\.0\.arg'/);
  await assert.rejects(validateConfig({ models: { sanitizers: [{ package: 'x', path: 'a' }] } }), /kinds/);
  // Bad entries name their key path; none of them is a crash.
  await assert.rejects(validateConfig({ models: { sinks: [{ package: 'x', path: 'a', kind: 'sql' }, { package: 'x', path: 'a', kind: 'sql', argument: 'first' }] } }), /models\.sinks\.1\.argument/);
  await assert.rejects(validateConfig({ models: { sources: [{ package: '', path: 'a' }] } }), /models\.sources\.0\.package/);
  await assert.rejects(validateConfig({ models: { sinks: [{ package: 'x', path: 'query(); drop', kind: 'sql' }] } }), /models\.sinks\.0\.path/);
  await assert.rejects(validateConfig({ models: { sinks: { package: 'x' } } }), (err: Error) => err instanceof ConfigError && /models\.sinks/.test(err.message));
});
