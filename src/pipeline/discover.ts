import { closeSync, lstatSync, openSync, readSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { FileKind } from '../analyzers/analyzer.js';
import type { ScanNotice } from '../findings/finding.js';
import type { VouchConfig } from '../config/schema.js';
import { fileKindOf, isBinaryByName, shebangKind } from './file-kinds.js';

/**
 * A directory entry's path: `dir` is absolute and normalised (resolved, a real path, or made here)
 * and a name read from it holds no separator, so path.join's normalising pass (a fifth of the walk
 * of a 2,000-file tree) has nothing to do.
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The first bytes of a file (to read a shebang); '' when it cannot be read. */
function readHead(abs: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface DiscoveredFile {
  path: string;
  absPath: string;
  kind: FileKind;
  size: number;
  /** Content supplied by discovery itself (staged blobs from the git index); otherwise read from disk. */
  content?: string;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  notices: ScanNotice[];
}

const NODE_MODULES_DIRS = new Set(['node_modules', 'bower_components', 'jspm_packages']);
const BUILD_OUTPUT_DIRS = new Set(['dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit', 'coverage', '.turbo', '.cache', '.parcel-cache', '.vercel', 'storybook-static']);
const VENDORED_DIRS = new Set(['vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'external']);
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', '.vouch-cache']);
/** Lockfiles and manifests may be much larger than source files (see addFile). */
const MANIFEST_SIZE_LIMIT = 128 * 1024 * 1024;
/** Largest package.json read to decide whether a build-output folder is the package's code. */
const MANIFEST_READ_LIMIT = 1024 * 1024;
const MINIFIED_NAME = /[.-]min\.(?:js|mjs|cjs|css)$|\.bundle\.js$|\.chunk\.js$/i;

export interface DiscoverOptions {
  root: string;
  /** Absolute paths to scan (files or directories); default: the root. */
  paths?: string[];
  config: VouchConfig;
}

/**
 * Walk the scan root and decide which files to scan. Honours .gitignore files (nested ones too),
 * the built-in skips and the config's include/exclude globs. Never follows a symlink out of the
 * root, and visits each real directory once, so symlink loops cannot hang the walk.
 */
export function discoverFiles(opts: DiscoverOptions): DiscoveryResult {
  const root = resolve(opts.root);
  const realRoot = safeRealpath(root) ?? root;
  const { config } = opts;
  const files: DiscoveredFile[] = [];
  const notices: ScanNotice[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const include = config.include.length ? picomatch(config.include, { dot: true }) : undefined;
  const exclude = config.exclude.length ? picomatch(config.exclude, { dot: true }) : undefined;

  const rel = (abs: string) => relative(root, abs).split(sep).join('/') || '.';

  const skipDirName = (name: string): string | undefined => {
    if (ALWAYS_SKIPPED_DIRS.has(name)) return 'vcs';
    if (config.skip.nodeModules && NODE_MODULES_DIRS.has(name)) return 'node_modules';
    if (config.skip.buildOutput && BUILD_OUTPUT_DIRS.has(name)) return 'build output';
    if (config.skip.vendored && VENDORED_DIRS.has(name)) return 'vendored';
    return undefined;
  };

  /**
   * `knownReal`: the real path when the caller already has it (a plain file in a resolved directory),
   * saving a realpath per file; `relPath`: its path from the root when the walk knows it.
   */
  const addFile = (abs: string, st: Stats, explicit: boolean, knownReal?: string, relPath?: string) => {
    const path = relPath ?? rel(abs);
    const real = knownReal ?? safeRealpath(abs);
    if (!real || !isInside(realRoot, real)) {
      notices.push({ path, level: 'skipped', reason: 'symbolic link that points outside the scanned root' });
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (!explicit) {
      if (exclude?.(path)) return;
      if (include && !include(path)) return;
    }
    if (isBinaryByName(path)) {
      notices.push({ path, level: 'skipped', reason: 'binary file (by extension)' });
      return;
    }
    if (config.skip.minified && MINIFIED_NAME.test(path)) {
      notices.push({ path, level: 'skipped', reason: 'minified or bundled file (by name)' });
      return;
    }
    // Lockfiles and manifests are data the dependency analyzer parses itself (streamed, up to its own
    // limit): a 50,000-package lockfile is far over the source-file limit but must not be skipped.
    let kind = fileKindOf(path);
    if (kind === 'text' && st.size > 2 && extname(path) === '') kind = shebangKind(path, readHead(abs)) ?? kind;
    const limit = kind === 'lockfile' || /(^|\/)(package\.json|requirements[^/]*\.txt|pyproject\.toml|Pipfile)$/.test(path) ? MANIFEST_SIZE_LIMIT : config.maxFileSize;
    if (st.size > limit) {
      notices.push({ path, level: 'skipped', reason: `file is ${formatBytes(st.size)}, over the ${formatBytes(limit)} limit${limit === config.maxFileSize ? ' (maxFileSize)' : ' for lockfiles and manifests'}` });
      return;
    }
    files.push({ path, absPath: abs, kind, size: st.size });
  };

  /**
   * `knownReal`: the directory's real path when its parent's is known and it is not a link (saves a
   * realpath per directory). `relDir`: its path from the root; an entry's is that and its name
   * (path.relative for each of thousands of files cost more than reading the directories).
   */
  const walk = (dir: string, relDir: string, ignores: ScopedIgnore[], knownReal?: string) => {
    const realDir = knownReal ?? safeRealpath(dir);
    if (!realDir) return;
    if (seenDirs.has(realDir)) return; // a symlink loop, or a directory reached twice
    seenDirs.add(realDir);
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notices.push({ path: relDir, level: 'error', reason: `cannot read directory (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    let scoped = ignores;
    if (config.skip.gitignored && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const ig = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
        scoped = [...ignores, { base: dir, baseRel: relDir, ig }];
      } catch {
        // An unreadable .gitignore only means fewer files are skipped.
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = childPath(dir, entry.name);
      const relPath = relDir === '.' ? entry.name : `${relDir}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let st: Stats | undefined;
      if (entry.isSymbolicLink()) {
        const real = safeRealpath(abs);
        if (!real) {
          notices.push({ path: relPath, level: 'skipped', reason: 'broken symbolic link (or a link loop)' });
          continue;
        }
        if (!isInside(realRoot, real)) {
          notices.push({ path: relPath, level: 'skipped', reason: 'symbolic link that points outside the scanned root' });
          continue;
        }
        try {
          st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        const skip = skipDirName(entry.name);
        if (skip && !(skip === 'build output' && (isPublishedCode(dir, entry.name, entries) || isRouteSegment(relDir, entries)))) continue;
        if (isIgnored(scoped, abs, relPath, true)) continue;
        if (exclude?.(relPath) || exclude?.(relPath + '/')) continue;
        walk(abs, relPath, scoped, st ? undefined : childPath(realDir, entry.name));
      } else if (isFile) {
        if (isIgnored(scoped, abs, relPath, false)) continue;
        try {
          addFile(abs, st ?? statSync(abs), false, st ? undefined : childPath(realDir, entry.name), relPath);
        } catch (err) {
          notices.push({ path: relPath, level: 'error', reason: `cannot stat file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        }
      }
      // Sockets, FIFOs and devices are never read: reading a FIFO would block forever.
    }
  };

  const targets = opts.paths?.length ? opts.paths.map((p) => resolve(p)) : [root];
  for (const target of targets) {
    let st: Stats;
    try {
      st = lstatSync(target);
      if (st.isSymbolicLink()) st = statSync(target);
    } catch (err) {
      notices.push({ path: rel(target), level: 'error', reason: `path does not exist or cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (st.isDirectory()) walk(target, rel(target), rootIgnores(root, target, config));
    else if (st.isFile()) addFile(target, st, true);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, notices };
}

/**
 * A build-output folder that is the package itself: a package.json beside it points its primary
 * entry (`main`, else `exports` for `.`, else `module`) into it and there is no `src/` folder beside it —
 * an installed or unpacked package (`files: ["dist"]`), whose compiled code is all there is to scan.
 * A repository that builds `dist/` from `src/` keeps skipping it.
 */
function isPublishedCode(dir: string, name: string, entries: import('node:fs').Dirent[]): boolean {
  if (!entries.some((e) => e.name === 'package.json' && e.isFile())) return false;
  if (entries.some((e) => e.name === 'src' && e.isDirectory())) return false;
  let manifest: Record<string, unknown>;
  try {
    const file = join(dir, 'package.json');
    // (A manifest is a few KiB; anything much larger is not read here.)
    if (statSync(file).size > MANIFEST_READ_LIMIT) return false;
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return false; // an unreadable manifest says nothing: the folder stays skipped
  }
  const inside = (v: unknown, depth = 0): boolean => {
    if (typeof v === 'string') return v.replace(/^\.\//, '').startsWith(`${name}/`);
    if (depth > 4 || v === null || typeof v !== 'object') return false;
    return Object.values(v).some((x) => inside(x, depth + 1));
  };
  // The package's primary entry decides: `main`, else what `exports` gives for the package itself, else `module`.
  const exports = manifest.exports;
  const root = exports !== null && typeof exports === 'object' && !Array.isArray(exports) && '.' in exports ? (exports as Record<string, unknown>)['.'] : exports;
  return inside(manifest.main ?? root ?? manifest.module);
}

/**
 * A folder named like build output inside a file-routed tree (`app/api/out/route.ts`,
 * `src/routes/build/+page.svelte`, `pages/dist/index.tsx`) is a URL segment, not build output, unless
 * a package.json sits beside it (a package of its own, whose build output it is).
 */
const ROUTE_TREE = /(^|\/)(app|pages|routes)(\/|$)/;
function isRouteSegment(relDir: string, entries: import('node:fs').Dirent[]): boolean {
  return ROUTE_TREE.test(relDir) && !entries.some((e) => e.name === 'package.json' && e.isFile());
}

/** .gitignore files of the directories between the root and a sub-directory that is scanned directly. */
function rootIgnores(root: string, target: string, config: VouchConfig): ScopedIgnore[] {
  if (!config.skip.gitignored) return [];
  const out: ScopedIgnore[] = [];
  let dir = root;
  const parts = relative(root, target).split(sep).filter(Boolean);
  for (let i = 0; i <= parts.length - 1; i++) {
    try {
      out.push({ base: dir, baseRel: relative(root, dir).split(sep).join('/') || '.', ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) });
    } catch {
      // no .gitignore here
    }
    dir = join(dir, parts[i]!);
  }
  return out;
}

/** A .gitignore's rules and its directory (absolute, and from the scan root). */
interface ScopedIgnore { base: string; baseRel: string; ig: Ignore }

function isIgnored(ignores: ScopedIgnore[], abs: string, relPath: string, isDir: boolean): boolean {
  for (const { base, baseRel, ig } of ignores) {
    // The path below the .gitignore's directory: cut from the root-relative path when it is below (always, in a walk).
    const r = baseRel === '.' && !relPath.startsWith('..') ? relPath
      : relPath.startsWith(baseRel + '/') ? relPath.slice(baseRel.length + 1)
      : relative(base, abs).split(sep).join('/');
    if (!r || r.startsWith('..')) continue;
    if (ig.ignores(isDir ? r + '/' : r)) return true;
  }
  return false;
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
