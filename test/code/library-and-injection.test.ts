/**
 * Issue 13 §3/§5 flows that the annotated fixtures cannot tell apart by line alone: which source a
 * finding names (a request value through constructor injection across files, not the low-confidence
 * "parameter of a function whose callers are unknown"), and how library findings read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const FIXTURES = 'src/analyzers/code/rules';

async function scan(path: string) {
  const result = await runScan({ root: process.cwd(), paths: [`${FIXTURES}/${path}`], config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
  return result.findings;
}

test('constructor injection across files: new Service(new Repo(pool)) in app.js, this.repo.find(x) in the service file', async () => {
  const findings = (await scan('sql-injection.fixture/injected')).filter((f) => f.ruleId === 'js/sql-injection');
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.equal(`${f.location.path}:${f.location.startLine}`, `${FIXTURES}/sql-injection.fixture/injected/order-repo.js:8`);
  assert.equal(f.severity, 'critical');
  assert.match(f.message, /user input from req\.query\.customer \(.*injected\/app\.js:12\)/);
  assert.ok(f.trace!.some((s) => /calls findByCustomer\(\) on an object its constructor was given/.test(s.message)));
});

test('constructor injection through options objects (awilix style): new Service({ orderRepo }), constructor({ db })', async () => {
  const findings = (await scan('sql-injection.fixture/injected-options')).filter((f) => f.ruleId === 'js/sql-injection');
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.equal(`${f.location.path}:${f.location.startLine}`, `${FIXTURES}/sql-injection.fixture/injected-options/order-repo.js:8`);
  assert.equal(f.severity, 'critical');
  assert.equal(f.confidence, 'high');
  assert.match(f.message, /user input from req\.query\.customer \(.*injected-options\/app\.js:13\)/);
});

test('library parameters: medium severity, the exported function and field named in the message', async () => {
  const code = (await scan('code-injection.fixture/lib-package')).filter((f) => f.ruleId === 'js/code-injection');
  assert.deepEqual(code.map((f) => [f.location.startLine, f.severity]), [[17, 'medium']]);
  assert.match(code[0]!.message, /parameter `options\.variable` of compile\(\) exported by mini-tpl/);
  const args = (await scan('argument-injection.fixture/lib-package')).filter((f) => f.ruleId === 'js/argument-injection');
  assert.deepEqual(args.map((f) => [f.location.startLine, f.severity]).sort(), [[16, 'medium'], [38, 'medium'], [47, 'medium'], [6, 'medium'], [64, 'medium'], [92, 'medium'], [117, 'medium']].sort());
  assert.match(args.find((f) => f.location.startLine === 6)!.message, /parameter `url` of clone\(\) exported by repo-tools .* git argument list/);
});

test('library ReDoS: exponential backtracking is medium, polynomial low, and the message says which', async () => {
  const redos = (await scan('redos.fixture/lib-package')).filter((f) => f.ruleId === 'js/redos');
  assert.deepEqual(redos.map((f) => [f.location.startLine, f.severity]).sort(), [[16, 'low'], [36, 'medium'], [6, 'medium']].sort());
  assert.match(redos.find((f) => f.location.startLine === 6)!.message, /parameter `value` of isEmail\(\) exported by .* exponential backtracking/);
  assert.match(redos.find((f) => f.location.startLine === 16)!.message, /parameter `value` of trimRight\(\) exported by .* quadratic backtracking/);
});
