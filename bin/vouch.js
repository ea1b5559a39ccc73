#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/. Kept as plain JS so `npm link`/`npx` work.
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`vouch: internal error: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 3;
});
