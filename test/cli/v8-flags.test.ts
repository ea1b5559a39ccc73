import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FLAGS_MODULE = pathToFileURL(join(process.cwd(), 'bin', 'v8-flags.js')).href;
type V8Flags = (v8Version: string, execArgv: string[], tiering?: boolean) => string[];
const load = async () => (await import(FLAGS_MODULE)) as { v8Flags: V8Flags };

test('tiering flags follow the V8 version: an interrupt budget for V8 11, invocation counts for V8 12 and 13', async () => {
  const { v8Flags } = await load();
  assert.deepEqual(v8Flags('11.3.244.8-node.38', []), ['--interrupt-budget=1000000', '--max-semi-space-size=16']);
  for (const v of ['12.4.254.21-node.57', '13.6.233.17-node.63']) {
    assert.deepEqual(v8Flags(v, []), ['--invocation-count-for-maglev=2800', '--invocation-count-for-turbofan=20000', '--max-semi-space-size=16']);
  }
});

test('a flag the user gave node wins, and VOUCH_V8_TIERING=default leaves tiering alone', async () => {
  const { v8Flags } = await load();
  assert.deepEqual(v8Flags('13.6.233.17-node.63', ['--invocation-count-for-turbofan=500', '--max-semi-space-size=64']), ['--invocation-count-for-maglev=2800']);
  assert.deepEqual(v8Flags('11.3.244.8-node.38', [], false), ['--max-semi-space-size=16']);
});

test('this Node accepts every flag chosen for it (an unknown flag prints an error on every run)', async () => {
  const { v8Flags } = await load();
  const flags = v8Flags(process.versions.v8, []);
  const r = spawnSync(process.execPath, [...flags, '-e', ''], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const version = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'vouch.js'), '--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.equal(version.stderr, '');
});
