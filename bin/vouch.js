#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/. Kept as plain JS so `npm link`/`npx` work.
import { statSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 can cache compiled code on disk, which roughly halves start-up for a pre-commit hook;
// older Nodes lack the API and simply compile each time. Failing to enable it is never an error.
try {
  module.enableCompileCache?.();
} catch {
  /* read-only cache directory or similar: run uncached */
}

// `npm run build` also bundles the CLI into dist/bundle (scripts/bundle.mjs), which starts several
// times faster than ~500 separate modules. A bundle older than dist/src (a plain `tsc` since) is
// stale and skipped; VOUCH_NO_BUNDLE=1 skips it too.
function entry() {
  if (process.env.VOUCH_NO_BUNDLE === '1') return '../dist/src/cli/main.js';
  try {
    const bundle = statSync(new URL('../dist/bundle/main.js', import.meta.url)).mtimeMs;
    const src = statSync(new URL('../dist/src/cli/main.js', import.meta.url)).mtimeMs;
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
