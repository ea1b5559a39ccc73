/**
 * Runs the bundled CLI (dist/bundle/main.cjs, one CommonJS file written by scripts/bundle.mjs) with
 * V8's code cache: Node 20 has no `module.enableCompileCache`, so every pre-commit run and assistant
 * hook would otherwise parse and compile the same megabytes of JavaScript again. The compiled code of
 * one run is kept under the user's cache directory and handed to the next run's `vm.Script`.
 *
 * The cache is safe to delete and never trusted blindly: its file name carries the bundle's content
 * hash, the Node version and the architecture, V8 itself rejects data from another V8 build or flags
 * (`cachedDataRejected`), and a rejected, unreadable or missing entry only means compiling as
 * before and writing a fresh entry when the process exits. Failing to write is silent.
 * `VOUCH_NO_CODE_CACHE=1` turns it off.
 *
 * Entries are per command (`main-hook`, `main-scan`, …): V8 stores the functions a run compiled, so a
 * hook's entry holds the code a hook runs and a `--version` run does not shrink it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface CodeCacheOptions {
  /** Content hash of the bundle file (written into the loader stub at build time). */
  hash: string;
  /** Entry name, the first part of the cache file name (`main`). */
  name: string;
  /** Directory for the entries; default `$XDG_CACHE_HOME/vouch/code` or `~/.cache/vouch/code`. */
  dir?: string;
  /** Variant of the entry (default: the command named on the command line). */
  variant?: string;
  /** The bundle is ASCII (scripts/bundle.mjs checks): read as Latin-1, which skips UTF-8 decoding (~10 ms of every start). */
  ascii?: boolean;
  /**
   * When a missing or rejected entry is written: at process exit (the default), or when the bundle
   * calls `saveCodeCacheNow()` (a worker thread, whose 'exit' handlers do not run when it is terminated).
   */
  saveOn?: 'exit' | 'call';
}

/** What happened to the cache in this process (tests and `VOUCH_TIMINGS`). */
export type CodeCacheState = 'off' | 'used' | 'missing' | 'rejected';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  cache: CodeCacheState;
  /** The entry file the cache lives in (absent when off). */
  file?: string;
}

/** `$XDG_CACHE_HOME/vouch/code`, else `~/.cache/vouch/code` (beside the scan cache). */
export function defaultCodeCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vouch', 'code');
}

/** The command named on the command line, as far as it can be part of a file name. */
function commandVariant(argv: string[]): string {
  const named = argv.slice(2).find((a) => !a.startsWith('-'));
  return named && /^[a-z][a-z-]{0,23}$/.test(named) ? named : 'none';
}

const entryPrefix = (name: string, variant: string) => `${name}-${variant}.`;

/**
 * Compiles and runs a CommonJS bundle in this context (with the cached code where there is some) and
 * returns its `module.exports`. The bundle must not use `import()` (a vm.Script cannot without an
 * experimental flag): scripts/bundle.mjs turns the external ones into require().
 */
export function loadBundle(bundleUrl: URL, opts: CodeCacheOptions): LoadedBundle {
  const filename = fileURLToPath(bundleUrl);
  const source = readFileSync(filename, opts.ascii ? 'latin1' : 'utf8');
  const off = process.env.VOUCH_NO_CODE_CACHE === '1';
  const variant = opts.variant ?? commandVariant(process.argv);
  const dir = opts.dir ?? defaultCodeCacheDir();
  const prefix = entryPrefix(opts.name, variant);
  const file = join(dir, `${prefix}${opts.hash}.${process.version}-${process.arch}.bin`);

  let cachedData: Buffer | undefined;
  if (!off) {
    try {
      cachedData = readFileSync(file);
    } catch {
      /* first run with this bundle (or the cache was deleted) */
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`, { filename, cachedData });
  const cache: CodeCacheState = off ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  // Written at exit (or when the bundle says it is done), so the entry holds the functions this run
  // compiled, not only the top level.
  if (cache === 'missing' || cache === 'rejected') {
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      writeEntry(script, dir, prefix, file);
    };
    if (opts.saveOn === 'call') (globalThis as Record<symbol, unknown>)[SAVE_HOOK] = save;
    else process.once('exit', save);
  }

  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  run(module.exports, createRequire(filename), module, filename, dirname(filename));
  return { exports: module.exports, cache, file: off ? undefined : file };
}

const SAVE_HOOK = Symbol.for('vouch.saveCodeCache');

/**
 * Writes the code cache entry of the bundle this code was loaded from, if it has one to write
 * (`saveOn: 'call'`); otherwise nothing. The bundle and its loader each have their own copy of this
 * module, so the two meet through a global symbol.
 */
export function saveCodeCacheNow(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE_HOOK];
  if (typeof save === 'function') (save as () => void)();
}

/** Atomic write (temporary file + rename); entries of older bundles for the same command are removed. */
function writeEntry(script: vm.Script, dir: string, prefix: string, file: string): void {
  try {
    const data = script.createCachedData();
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    const base = file.slice(dir.length + 1);
    for (const old of readdirSync(dir)) {
      if (old.startsWith(prefix) && old !== base && old.endsWith('.bin')) rmSync(join(dir, old), { force: true });
    }
  } catch {
    /* read-only or full cache directory: the next run compiles again */
  }
}
