import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runVouch, tempProject } from '../helpers/cli.js';

const LOADER = pathToFileURL(join(process.cwd(), 'dist', 'src', 'cli', 'code-cache.js')).href;

/** A CommonJS "bundle": require() at the top and on first use, as main.cjs has. */
const BUNDLE = `
const { basename } = require('node:path');
exports.name = () => basename(__filename);
exports.sep = async () => require('node:path').sep;
`;

/** Loads the bundle in a fresh process (the entry is written when that process exits). */
function load(dir: string, hash: string, env: Record<string, string> = {}) {
  const script = `
    import { loadBundle } from ${JSON.stringify(LOADER)};
    const b = loadBundle(new URL(${JSON.stringify(pathToFileURL(join(dir, 'app.cjs')).href)}), { name: 'app', hash: ${JSON.stringify(hash)}, dir: ${JSON.stringify(join(dir, 'cache'))}, variant: 'scan' });
    console.log(JSON.stringify({ cache: b.cache, name: b.exports.name(), sep: await b.exports.sep() }));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(res.status, 0, res.stderr);
  return JSON.parse(res.stdout) as { cache: string; name: string; sep: string };
}

const entries = (dir: string) => (existsSync(join(dir, 'cache')) ? readdirSync(join(dir, 'cache')).sort() : []);

test('code cache: written by the first run, used by the next, keyed by bundle hash and Node version', () => {
  const dir = tempProject({ 'app.cjs': BUNDLE });
  assert.deepEqual(load(dir, 'aaaa'), { cache: 'missing', name: 'app.cjs', sep: '/' });
  assert.deepEqual(entries(dir), [`app-scan.aaaa.${process.version}-${process.arch}.bin`]);
  assert.equal(load(dir, 'aaaa').cache, 'used');
  // Another build of the bundle: compiled afresh, and the old build's entry goes.
  assert.equal(load(dir, 'bbbb').cache, 'missing');
  assert.deepEqual(entries(dir), [`app-scan.bbbb.${process.version}-${process.arch}.bin`]);
});

test('code cache: a corrupt entry is rejected by V8 and rewritten; VOUCH_NO_CODE_CACHE=1 neither reads nor writes', () => {
  const dir = tempProject({ 'app.cjs': BUNDLE });
  load(dir, 'aaaa');
  const [entry] = entries(dir);
  writeFileSync(join(dir, 'cache', entry!), 'not a code cache');
  assert.deepEqual(load(dir, 'aaaa'), { cache: 'rejected', name: 'app.cjs', sep: '/' });
  assert.equal(load(dir, 'aaaa').cache, 'used');

  const off = tempProject({ 'app.cjs': BUNDLE });
  assert.deepEqual(load(off, 'aaaa', { VOUCH_NO_CODE_CACHE: '1' }), { cache: 'off', name: 'app.cjs', sep: '/' });
  assert.deepEqual(entries(off), []);
});

test('code cache: an unwritable cache directory only means compiling again', () => {
  const dir = tempProject({ 'app.cjs': BUNDLE, cache: 'a file where the directory should be' });
  assert.equal(load(dir, 'aaaa').cache, 'missing');
  assert.equal(load(dir, 'aaaa').cache, 'missing');
});

test('the built CLI keeps its compiled code per command under $XDG_CACHE_HOME/vouch/code and runs the same with it', { skip: !existsSync(join(process.cwd(), 'dist', 'bundle', 'main.cjs')) && 'no bundle (esbuild missing)' }, () => {
  const home = tempProject({});
  const env = { XDG_CACHE_HOME: home };
  const first = runVouch(['--version'], { env });
  assert.equal(first.status, 0, first.stderr);
  const dir = join(home, 'vouch', 'code');
  assert.deepEqual(readdirSync(dir).map((f) => f.replace(/\.[0-9a-f]{16}\..*$/, '')), ['main-none']);
  const second = runVouch(['--version'], { env });
  assert.deepEqual([second.status, second.stdout], [0, first.stdout]);
  const project = tempProject({ 'a.js': "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n" });
  const cold = runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--no-cache'], { cwd: project, env });
  const warm = runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--no-cache'], { cwd: project, env });
  const ids = (out: string) => (JSON.parse(out).findings as { ruleId: string; location: { startLine: number } }[]).map((f) => [f.ruleId, f.location.startLine]);
  assert.deepEqual([cold.status, ids(cold.stdout)], [1, [['js/command-injection', 2]]]);
  assert.deepEqual([warm.status, ids(warm.stdout)], [1, [['js/command-injection', 2]]]);
  assert.ok(readdirSync(dir).some((f) => f.startsWith('main-scan.')));

  // A scan with workers: each worker keeps its compiled code too (per set of analyzers), written
  // when the pool ends it, and the next scan's workers run the same with it.
  const tree = tempProject(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.js`, "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n"])));
  const workerScan = () => runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--no-cache', '--jobs', '1'], { cwd: tree, env: { ...env, VOUCH_EARLY_WORKERS: '0' } });
  const cold1 = workerScan();
  assert.ok(readdirSync(dir).some((f) => f.startsWith('worker-code.')), readdirSync(dir).join(' '));
  const again = workerScan();
  const paths = (out: string) => (JSON.parse(out).findings as { ruleId: string; location: { path: string } }[]).filter((f) => f.ruleId === 'js/command-injection').map((f) => f.location.path).sort();
  assert.equal(paths(cold1.stdout).length, 12);
  assert.deepEqual(paths(again.stdout), paths(cold1.stdout));
});
