#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/. Kept as plain JS so `npm link`/`npx` work.
import module from 'node:module';

// Node ≥ 22.1 can cache compiled code on disk, which roughly halves start-up for a pre-commit hook;
// older Nodes lack the API and simply compile each time. Failing to enable it is never an error.
try {
  module.enableCompileCache?.();
} catch {
  /* read-only cache directory or similar: run uncached */
}
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`vouch: internal error: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 3;
});
