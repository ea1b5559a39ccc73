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

async function scan(withModels: boolean): Promise<string[]> {
  const config = withModels ? (await loadConfig(DIR)).config : defaultConfig();
  const result = await runScan({ root: DIR, paths: [DIR], config, groups: ['code'], jobs: 1, failOn: 'none' });
  return result.findings.map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`).sort();
}

test('declared sinks, sources and sanitizers decide exactly the annotated lines', async () => {
  assert.deepEqual(await scan(true), expected());
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
});
