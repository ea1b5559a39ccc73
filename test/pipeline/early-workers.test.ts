/**
 * Which command lines get analysis workers started by the launcher before the CLI loads
 * (pipeline/early-workers.ts): only scans that will surely use them, as many as the pool will adopt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { earlyWorkerCount, mainThreadHelps } from '../../src/pipeline/early-workers.js';

const argv = (...args: string[]) => ['node', 'vouch', ...args];

test('early workers: a fresh scan of a tree gets its jobs, a secrets-only one a worker fewer (its main thread helps)', () => {
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache')), Math.min(availableParallelism(), 8));
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--jobs', '3')), 3);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '-j', '2', '--only', 'code')), 2);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--jobs=2', '--only=secrets')), 1);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--jobs', '2', '--only', 'code,secrets')), 2);
  assert.equal(mainThreadHelps(['secrets'], 2), true);
  assert.equal(mainThreadHelps(['secrets'], 1), false);
  assert.equal(mainThreadHelps(['code', 'secrets'], 2), false);
});

test('early workers: none for scans that may not need them, or that run on the main thread', () => {
  assert.equal(earlyWorkerCount(argv('scan', '.')), 0); // a cached scan may need none
  assert.equal(earlyWorkerCount(argv('scan', '--staged', '--no-cache')), 0);
  assert.equal(earlyWorkerCount(argv('scan', '--stdin', '--stdin-filename', 'a.js', '--no-cache')), 0);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--changed-since', 'main')), 0);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--cache-dir', '/tmp/c')), 0);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--only', 'deps')), 0);
  assert.equal(earlyWorkerCount(argv('scan', '.', '--no-cache', '--jobs', 'many')), 0);
  assert.equal(earlyWorkerCount(argv('secrets', '.', '--no-cache')), 0);
  assert.equal(earlyWorkerCount(argv('--help')), 0);
});
