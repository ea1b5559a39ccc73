#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/. Kept as plain JS so `npm link`/`npx` work.
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';

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

import(entry()).then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`vouch: internal error: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 3;
});
