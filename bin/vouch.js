#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/. Kept as plain JS so `npm link`/`npx` work.
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';
import v8 from 'node:v8';
import { v8Flags } from './v8-flags.js';

// JIT tiering and heap flags for a short burst of work (bin/v8-flags.js); flags given to node win,
// VOUCH_V8_TIERING=default keeps V8's own tiering.
for (const flag of v8Flags(process.versions.v8, process.execArgv, process.env.VOUCH_V8_TIERING !== 'default')) v8.setFlagsFromString(flag);

// Node ≥ 22.1 can cache compiled code on disk, which roughly halves start-up for a pre-commit hook;
// older Nodes lack the API and simply compile each time. Failing to enable it is never an error.
try {
  module.enableCompileCache?.();
} catch {
  /* read-only cache directory or similar: run uncached */
}

// `npm run build` also bundles the CLI into dist/bundle (scripts/bundle.mjs), which starts several
// times faster than ~500 separate modules. An installed package (no TypeScript sources beside bin/)
// always runs its bundle: `npm install` does not keep file times, so they say nothing there. In a
// checkout, a bundle older than dist/src (a plain `tsc` since) is stale and skipped.
// VOUCH_NO_BUNDLE=1 skips it too.
function entry() {
  if (process.env.VOUCH_NO_BUNDLE === '1') return '../dist/src/cli/main.js';
  const at = (rel) => new URL(rel, import.meta.url);
  try {
    const bundle = statSync(at('../dist/bundle/main.js')).mtimeMs;
    if (!existsSync(at('../src'))) return '../dist/bundle/main.js';
    const src = statSync(at('../dist/src/cli/main.js')).mtimeMs;
    if (bundle >= src) return '../dist/bundle/main.js';
  } catch {
    /* no bundle (or no dist/src): run what there is */
  }
  return '../dist/src/cli/main.js';
}

// `vouch hook …`: a warm hook daemon answers in a fraction of a start-up when one is running
// (dist/src/assist/hooks/daemon-client.js, Node built-ins only). Otherwise the hook runs here with
// the event already read, and leaves a daemon behind for the next edit. VOUCH_HOOK_DAEMON=0: off.
async function hookViaDaemon() {
  if (process.argv[2] !== 'hook' || process.env.VOUCH_HOOK_DAEMON === '0') return false;
  const target = entry();
  const client = await import('../dist/src/assist/hooks/daemon-client.js');
  const r = await client.tryDaemon(process.argv, new URL(target.replace(/main\.js$/, target.includes('bundle') ? 'main.cjs' : 'main.js'), import.meta.url));
  if (!r.handled) {
    globalThis.__vouchHookHandoff = { input: r.input, socket: r.socket };
    return false;
  }
  if (process.env.VOUCH_TIMINGS === '1') process.stderr.write(`vouch timing: hook answered by the hook daemon in ${Math.round(performance.now())} ms\n`);
  if (r.answer.stdout) process.stdout.write(r.answer.stdout);
  if (r.answer.stderr) process.stderr.write(r.answer.stderr);
  process.exitCode = r.answer.exitCode;
  return true;
}

// `vouch scan --staged …` (a pre-commit hook): answered the same way by the same warm daemon when one
// is running; otherwise the scan runs here and leaves a daemon behind for the next commit.
// VOUCH_SCAN_DAEMON=0, or CI set: off.
async function scanViaDaemon() {
  if (process.argv[2] !== 'scan' || !process.argv.includes('--staged') || process.env.VOUCH_SCAN_DAEMON === '0' || process.env.CI) return false;
  const target = entry();
  const client = await import('../dist/src/assist/hooks/daemon-client.js');
  const r = await client.tryScanDaemon(process.argv, new URL(target.replace(/main\.js$/, target.includes('bundle') ? 'main.cjs' : 'main.js'), import.meta.url));
  if (!r.handled) {
    if (r.socket) globalThis.__vouchScanHandoff = { socket: r.socket };
    return false;
  }
  if (r.answer.stdout) process.stdout.write(r.answer.stdout);
  if (r.answer.stderr) process.stderr.write(r.answer.stderr);
  if (process.env.VOUCH_TIMINGS === '1') process.stderr.write(`vouch timing: scan answered by the daemon in ${Math.round(performance.now())} ms\n`);
  process.exitCode = r.answer.exitCode;
  return true;
}

// A scan of a whole tree needs its analysis workers: booting them takes as long as loading the CLI
// and discovering the files, so they start now (dist/src/pipeline/early-workers.js).
async function startWorkersEarly() {
  if (process.argv[2] !== 'scan' || !process.argv.includes('--no-cache')) return;
  const target = entry();
  const early = await import('../dist/src/pipeline/early-workers.js');
  early.startEarlyWorkers(process.argv, new URL(target.includes('bundle') ? '../dist/bundle/worker.js' : '../dist/src/pipeline/worker.js', import.meta.url));
}

startWorkersEarly()
  .catch(() => undefined)
  .then(() => hookViaDaemon())
  .then((done) => done || scanViaDaemon())
  .catch(() => false)
  .then((done) => (done ? undefined : import(entry()).then((m) => m.main(process.argv))))
  .catch((err) => {
    process.stderr.write(`vouch: internal error: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 3;
  });
