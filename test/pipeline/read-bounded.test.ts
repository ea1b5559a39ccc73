/**
 * Files are read into one reused buffer per thread (pipeline/process-file.ts readBounded): a file
 * larger than the buffer grows it, and a file over the size limit is read only up to limit + 1 bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBounded } from '../../src/pipeline/process-file.js';

test('readBounded: whole files of any size up to the limit, limit + 1 bytes of larger ones', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vouch-read-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const big = Buffer.alloc(900 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = 97 + (i % 26);
  writeFileSync(join(dir, 'big.txt'), big);
  writeFileSync(join(dir, 'small.txt'), 'small\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  assert.ok(readBounded(join(dir, 'big.txt'), 2 * 1024 * 1024).equals(big));
  // A small file after a large one: only its own bytes, not what the buffer held before.
  assert.equal(readBounded(join(dir, 'small.txt'), 2 * 1024 * 1024).toString(), 'small\n');
  assert.equal(readBounded(join(dir, 'empty.txt'), 100).length, 0);
  assert.ok(readBounded(join(dir, 'big.txt'), 1000).equals(big.subarray(0, 1001)));
  assert.ok(readBounded(join(dir, 'big.txt'), 600 * 1024).equals(big.subarray(0, 600 * 1024 + 1)));
  assert.throws(() => readBounded(join(dir, 'missing.txt'), 100), /ENOENT/);
});
