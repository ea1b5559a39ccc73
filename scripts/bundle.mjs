#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/src, from `tsc`) into dist/bundle for start-up: a pre-commit hook
 * or an assistant's edit hook otherwise spends most of its time resolving, reading and compiling
 * ~500 small modules (Node 20 has no compile cache). Part of `npm run build`; bin/vouch.js runs the
 * bundle when it is at least as new as dist/src, else dist/src (a plain `tsc` leaves a stale bundle).
 *
 * Layout: every output file sits directly in dist/bundle (entries main.js, worker.js, scan-worker.js
 * and the shared chunks), so `new URL('./worker.js', import.meta.url)` in the bundled pool finds the
 * bundled worker. Every other `import.meta.url` (data files, package.json, createRequire) is pointed
 * back at the module's place in dist/src, which ships beside the bundle, so those paths keep working.
 * Dynamic imports stay lazy (code splitting): `vouch scan` never loads the server or the store.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'dist', 'src');
const OUT = join(ROOT, 'dist', 'bundle');

// Loaded by file path, native bindings or WebAssembly beside the package, or only used by commands
// that are slow anyway (server, store, MCP): resolved from node_modules at run time as before.
const EXTERNAL = [
  'oxc-parser', '@oxc-parser/*', 'better-sqlite3', 'web-tree-sitter', '@tree-sitter-grammars/*', 'pg', 'pg-*',
  'fastify', '@fastify/*', 'kysely', 'chart.js', 'prom-client', '@modelcontextprotocol/sdk', 'zod', 'playwright-core',
];

// A worker started by URL relative to its own module: kept relative to the bundle (flat layout).
const WORKER_URL = /new URL\((['"])\.\/[\w-]*worker\.js\1, import\.meta\.url\)/g;

const importMetaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(OUT, args.path).split(sep).join('/');
      const here = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      const workers = [];
      const masked = text.replace(WORKER_URL, (m) => `\0W${workers.push(m) - 1}\0`);
      const contents = masked.replaceAll('import.meta.url', here).replace(/\0W(\d+)\0/g, (_, i) => workers[Number(i)]);
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** Content hash of the compiled code the bundle is made of: the scan cache's key for this build (pipeline/cache.ts). */
function buildStamp() {
  const h = createHash('sha256');
  const files = readdirSync(SRC, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => f.split(sep).join('/')).sort();
  for (const f of files) h.update(`${f}\0`).update(readFileSync(join(SRC, f))).update('\0');
  return h.digest('hex').slice(0, 32);
}

rmSync(OUT, { recursive: true, force: true });
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // A checkout whose node_modules predates esbuild (run `npm ci`): bin/vouch.js runs dist/src without a bundle.
  if (process.env.CI) throw new Error('esbuild is not installed: run npm ci');
  process.stderr.write('bundle: esbuild is not installed (run `npm ci`); the CLI runs unbundled from dist/src\n');
  process.exit(0);
}
const result = await build({
  entryPoints: {
    main: join(SRC, 'cli', 'main.js'),
    worker: join(SRC, 'pipeline', 'worker.js'),
    'scan-worker': join(SRC, 'assist', 'scan-worker.js'),
  },
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: EXTERNAL,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Bundled CommonJS dependencies call require() for Node's built-ins; the build stamp keys the scan cache.
  banner: { js: `import { createRequire as __vouchCreateRequire } from 'node:module'; const require = __vouchCreateRequire(import.meta.url); globalThis.__vouchBuildStamp ??= ${JSON.stringify(buildStamp())};` },
  plugins: [importMetaUrl],
  logLevel: 'warning',
  metafile: true,
});
// `--metafile PATH` keeps esbuild's account of which module went into which chunk (to trace what a command loads).
const metaArg = process.argv.indexOf('--metafile');
if (metaArg > 0) writeFileSync(process.argv[metaArg + 1], JSON.stringify(result.metafile));
const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
if (!process.argv.includes('--quiet')) process.stdout.write(`bundle: ${outputs.length} files in ${relative(ROOT, OUT)}\n`);
