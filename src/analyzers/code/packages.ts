/**
 * Library packages in the scanned tree: a `package.json` with `main`/`exports`/`module` that is not
 * an application (not private, no web-server framework among its dependencies). The parameters of
 * the functions its entry modules export are input: whoever calls the library chooses them.
 * package.json is read as data, never run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Dependencies that make a package a server application rather than a library. */
const SERVER_DEPENDENCIES = /^(express|koa|fastify|@hapi\/hapi|hapi|restify|@nestjs\/core|next|nuxt|@sveltejs\/kit|socket\.io|@apollo\/server|apollo-server(-\w+)?|@remix-run\/node|@adonisjs\/core|sails|loopback|@loopback\/core|electron|@feathersjs\/feathers|egg|@midwayjs\/core|moleculer|firebase-functions|@google-cloud\/functions-framework)$/;

export interface LibraryPackage {
  name: string;
  dir: string;
  /** Entry modules (project paths) whose exports are the public API. */
  entries: string[];
}

interface PackageJson {
  name?: unknown;
  main?: unknown;
  module?: unknown;
  exports?: unknown;
  private?: unknown;
  dependencies?: unknown;
  peerDependencies?: unknown;
}

/** Entry specifiers named by `main`, `module` and `exports` (strings and condition objects, `.` and subpaths). */
function entrySpecs(pkg: PackageJson): string[] {
  const out: string[] = [];
  const add = (v: unknown, depth = 0) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object' && depth < 4) for (const [k, x] of Object.entries(v)) if (k !== 'types' && !k.endsWith('.json')) add(x, depth + 1);
  };
  add(pkg.main);
  add(pkg.module);
  add(pkg.exports);
  return out.filter((s) => !s.includes('*'));
}

export function isLibrary(pkg: PackageJson): boolean {
  if (pkg.private === true) return false;
  if (entrySpecs(pkg).length === 0) return false;
  const deps = { ...(typeof pkg.dependencies === 'object' ? pkg.dependencies : {}), ...(typeof pkg.peerDependencies === 'object' ? pkg.peerDependencies : {}) };
  return !Object.keys(deps as object).some((d) => SERVER_DEPENDENCIES.test(d));
}

/**
 * Library packages that own the scanned code files: the nearest `package.json` above each file
 * (not above the scan root), with the scanned files its entries name (`resolve` maps a project
 * path, with or without extension, to a scanned file).
 */
export function findLibraries(root: string, codeFiles: Iterable<string>, resolve: (path: string) => string | undefined): LibraryPackage[] {
  const byDir = new Map<string, LibraryPackage | null>();
  const out: LibraryPackage[] = [];
  const nearest = (dir: string): LibraryPackage | null => {
    const hit = byDir.get(dir);
    if (hit !== undefined) return hit;
    let found: LibraryPackage | null = null;
    const manifest = join(root, dir, 'package.json');
    if (existsSync(manifest)) {
      found = readLibrary(manifest, dir, resolve);
      if (found) out.push(found);
    } else if (dir !== '' && !dir.endsWith('node_modules')) {
      found = nearest(posix.dirname(dir) === '.' ? '' : posix.dirname(dir));
    }
    byDir.set(dir, found);
    return found;
  };
  for (const f of codeFiles) nearest(posix.dirname(f) === '.' ? '' : posix.dirname(f));
  return out;
}

function readLibrary(manifest: string, dir: string, resolve: (path: string) => string | undefined): LibraryPackage | null {
  let pkg: PackageJson;
  try {
    pkg = JSON.parse(readFileSync(manifest, 'utf8')) as PackageJson;
  } catch {
    return null; // a broken manifest is the dependency analyzer's to report
  }
  if (!pkg || typeof pkg !== 'object' || !isLibrary(pkg)) return null;
  const entries = new Set<string>();
  for (const spec of entrySpecs(pkg)) {
    const target = resolve(posix.normalize(posix.join(dir, spec)));
    if (target) entries.add(target);
  }
  return entries.size ? { name: typeof pkg.name === 'string' ? pkg.name : dir || 'package', dir, entries: [...entries] } : null;
}
