/**
 * The link step for cross-file taint: resolve each file's relative imports (ESM, CommonJS,
 * `index` files, `.js`→`.ts` specifiers, re-exports, `@/` aliases to `src/`) to the files that
 * define them, and hand each importing file the summaries of what it imports.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { UNREAD } from '../analyzer.js';
import type { CodeFacts, FunctionSummary, LinkInput } from './taint/summaries.js';
import { GLOBAL_SPEC, GRAPHQL_FIELD_KEY, LIBRARY_KEY, METHOD_SPEC, NUXT_UTILS_SPEC, REQUEST_FIELD_KEY, ROUTE_NARROWING_KEY, emptySummary, isTrivial } from './taint/summaries.js';
import type { Taint } from './taint/values.js';
import { type LibraryPackage, findLibraries } from './packages.js';
import { type AliasScope, type PathAlias, aliasesFor, expandAlias } from './tsconfig-paths.js';
import { NUXT_API_SPEC, nuxtRouteFile } from './models/sources.js';
import { normalisePackage } from './models/apis.js';
import { isRelativeSpecifier } from './frontend/js/modules.js';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

export function resolveSpecifier(fromPath: string, spec: string, known: Set<string>, aliases: PathAlias[] = []): string | undefined {
  const tryBase = (base: string): string | undefined => {
    if (base.startsWith('../')) return undefined;
    const noJs = base.replace(/\.(m|c)?js$/, '');
    const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => noJs + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
    for (const c of candidates) if (known.has(c)) return c;
    return undefined;
  };
  if (spec.startsWith('.')) return tryBase(posix.normalize(posix.join(posix.dirname(fromPath), spec)));
  // A Nuxt page's fetch of its own `/api/…` route (models/sources.ts).
  if (spec.startsWith(NUXT_API_SPEC)) return nuxtRouteFile(fromPath, spec, known);
  // tsconfig/jsconfig `paths` (and baseUrl), then the common `@/` and `~/` source-root aliases.
  for (const target of expandAlias(spec, aliases)) {
    const hit = tryBase(posix.normalize(target));
    if (hit) return hit;
  }
  // Meteor: `/imports/api/x` names a file from the app's root (a folder above this file).
  if (spec.startsWith('/') && !spec.startsWith('//')) {
    for (let dir = posix.dirname(fromPath); ; dir = posix.dirname(dir)) {
      const hit = tryBase(posix.normalize(dir === '.' || dir === '/' ? spec.slice(1) : `${dir}${spec}`));
      if (hit) return hit;
      if (dir === '.' || dir === '/' || dir === '') break;
    }
  }
  if (spec.startsWith('@/') || spec.startsWith('~/')) {
    for (const root of ['src/', '', 'app/']) {
      const hit = tryBase(posix.normalize(root + spec.slice(2)));
      if (hit) return hit;
    }
  }
  return undefined;
}

interface ExportTable {
  table: Record<string, FunctionSummary>;
  /** No cycle or shared file was cut short below this file: the table depends on nothing else. */
  pure: boolean;
  /** Every file the walk read (for a pure table). */
  reach: Set<string>;
  /** The files the walk marks as seen for its caller (itself and what it re-exports). */
  adds: Set<string>;
}

interface ExportScope {
  factsOf: (path: string) => CodeFacts | undefined | typeof UNREAD;
  /** Pass 1: files a walk needed but could not read (their tables are never memoised), and how often. */
  unread?: Set<string>;
  misses?: number;
  known: Set<string>;
  scopes: AliasScope[];
  /** `from\0spec` → resolved file (resolution is the link step's most repeated work). */
  resolved: Map<string, string | undefined>;
  memo: Map<string, ExportTable>;
  /** Every file the current top-level walk read (memoised tables count with their reach). */
  visited?: Set<string>;
}

/** Pure tables reused while their walk read this few files (their file sets are kept). */
const MAX_MEMO_REACH = 512;

function resolveIn(x: ExportScope, from: string, spec: string): string | undefined {
  const key = `${from}\0${spec}`;
  if (x.resolved.has(key)) return x.resolved.get(key);
  const target = resolveSpecifier(from, spec, x.known, aliasesFor(from, x.scopes));
  x.resolved.set(key, target);
  return target;
}

const CUT: ExportTable = { table: {}, pure: false, reach: new Set(), adds: new Set() };

/**
 * Every export key of a file, following `export * from` and `export { a as b } from`. Export
 * references are walked with a copy of `seen`, re-exports with the shared one. A table whose walk
 * cut nothing short is reused wherever the same walk would read none of the files already seen
 * (re-export fans made the walk exponential); the result is the one the plain walk gives.
 */
function exportsOf(path: string, x: ExportScope, seen = new Set<string>()): ExportTable {
  if (seen.has(path)) return CUT;
  const memo = x.memo.get(path);
  if (memo && !intersects(memo.reach, seen)) {
    for (const p of memo.adds) seen.add(p);
    if (x.visited) for (const p of memo.reach) x.visited.add(p);
    return memo;
  }
  seen.add(path);
  x.visited?.add(path);
  const f = x.factsOf(path);
  if (f === UNREAD) {
    x.unread?.add(path);
    x.misses = (x.misses ?? 0) + 1;
    return CUT;
  }
  if (!f) return { table: {}, pure: true, reach: new Set([path]), adds: new Set([path]) };
  let pure = true;
  const reach = new Set([path]);
  const adds = new Set([path]);
  const out: Record<string, FunctionSummary> = { ...f.exports };
  // `daos.userDao = new UserDao(db)`, `module.exports = require('./impl')`: the other file's exports
  // (or its class's methods) under this export's key.
  for (const [key, ref] of Object.entries(f.exportRefs ?? {})) {
    const hash = ref.indexOf('#', 1);
    const target = resolveIn(x, path, ref.slice(0, hash));
    if (!target) continue;
    const innerResult = exportsOf(target, x, new Set(seen));
    if (pure && innerResult.pure) for (const p of innerResult.reach) reach.add(p);
    else pure = false;
    const inner = innerResult.table;
    const refKey = ref.slice(hash + 1);
    const prefixes = refKey === '*' ? ['default', ''] : refKey.startsWith('*.') ? [`default.${refKey.slice(2)}`, refKey.slice(2)] : refKey.startsWith('*(') ? [`default${refKey.slice(1)}`] : [refKey];
    for (const [k, summary] of Object.entries(inner)) {
      for (const p of prefixes) {
        const rest = p === '' ? k : k === p ? '' : k.startsWith(p + '.') ? k.slice(p.length + 1) : undefined;
        if (rest === undefined) continue;
        const name = rest ? `${key}.${rest}` : key;
        if (!(name in out)) out[name] = summary;
      }
    }
  }
  for (const re of f.reexports ?? []) {
    const target = resolveIn(x, path, re.spec);
    // `export { Prisma } from '@prisma/client'`: importers of this file get the package's export (its API path).
    if (!target && re.names && !isRelativeSpecifier(re.spec)) {
      for (const [exported, local] of Object.entries(re.names)) {
        if (!(exported in out)) out[exported] = { ...emptySummary(exported), api: `${normalisePackage(re.spec)}|${local === 'default' ? '' : local}` };
      }
    }
    if (!target) continue;
    const innerResult = exportsOf(target, x, seen);
    if (pure && innerResult.pure) {
      for (const p of innerResult.reach) reach.add(p);
      for (const p of innerResult.adds) adds.add(p);
    } else pure = false;
    const inner = innerResult.table;
    for (const [key, summary] of Object.entries(inner)) {
      const [head, ...rest] = key.split('.');
      if (re.as) {
        if (!(`${re.as}.${key}` in out)) out[`${re.as}.${key}`] = summary;
      } else if (!re.names) {
        if (head !== 'default' && !(key in out)) out[key] = summary;
      } else {
        for (const [exported, local] of Object.entries(re.names)) {
          if (head === local) out[[exported, ...rest].join('.')] = summary;
        }
      }
    }
  }
  const result: ExportTable = pure ? { table: out, pure, reach, adds } : { table: out, pure, reach: new Set(), adds: new Set() };
  if (pure && reach.size <= MAX_MEMO_REACH) x.memo.set(path, result);
  if (pure && reach.size > MAX_MEMO_REACH) result.pure = false;
  return result;
}

/**
 * What stays the same between the link rounds of one scan: the project's files (the keys of the
 * facts, which rounds replace but never add or remove), so every specifier resolves the same way
 * and the same files are library entry modules. Only the summaries change.
 */
export interface LinkState {
  known: Set<string>;
  scopes: AliasScope[];
  resolved: Map<string, string | undefined>;
  /** Library packages of the project with their entry modules (read from package.json files once). */
  libraries?: LibraryPackage[];
  /** Folder → the folder of the nearest package.json at or above it ('' for none). */
  packageDirs?: Map<string, string>;
  /**
   * The last round's export tables and the facts they were built from: a table none of whose files
   * was analysed again since is the same table (a round re-analyses a few files of many).
   */
  lastRound?: { memo: Map<string, ExportTable>; facts: Map<string, CodeFacts>; inputs: Map<string, KeptInput> };
}

/**
 * A file's import input from one round, kept for the next: the same while the file's facts and
 * those of every file its export tables were built from (`deps`) stay the same.
 */
interface KeptInput {
  input: LinkInput;
  deps: Set<string>;
  /** Project-wide values it read (class methods by name, request fields by name), compared by identity. */
  shared: [kind: 'method' | 'field', name: string, value: unknown][];
}

export function newLinkState(files: Iterable<string>, scopes: AliasScope[] = []): LinkState {
  return { known: new Set(files), scopes, resolved: new Map() };
}

/**
 * `state` carries resolution and path aliases from round to round (its file set should be the
 * facts' keys).
 */
export function linkCodeFacts(facts: Map<string, CodeFacts>, state: LinkState, root?: string): Map<string, LinkInput> {
  const x = exportScope(state, (p) => facts.get(p));
  const last = state.lastRound;
  const changed = new Set<string>();
  if (last) {
    for (const [path, f] of facts) if (last.facts.get(path) !== f) changed.add(path);
    for (const [path, table] of last.memo) if (!intersects(table.reach, changed)) x.memo.set(path, table);
  }
  const kept = new Map<string, KeptInput>();
  state.lastRound = { memo: x.memo, facts: new Map(facts), inputs: kept };
  const exportsCached = cachedExports(x, false);
  // Listeners on emitters other files export, by emitter file and event (`src/events.js#default|on:report`).
  const listeners = new Map<string, FunctionSummary>();
  for (const [path, f] of facts) {
    for (const l of f.listeners ?? []) {
      const hash = l.key.indexOf('#', 1);
      const target = resolveIn(x, path, l.key.slice(0, hash));
      if (!target) continue;
      const gkey = `${target}${l.key.slice(hash)}`;
      const prev = listeners.get(gkey);
      listeners.set(gkey, prev ? { ...prev, sinks: [...prev.sinks, ...l.summary.sinks].slice(0, 24) } : { ...emptySummary(l.summary.name), sinks: l.summary.sinks });
    }
  }
  const stored = requestFieldsStored(facts);
  const anyValueArgs = graphqlAnyValueArgs(facts);
  const scalarArgs = graphqlAnyValueArgs(facts, 'graphqlScalarArgs');
  const routes = handlerRoutesByFile(facts, x);
  const globalScripts = [...facts.keys()].filter((p) => facts.get(p)!.definesGlobals).sort();
  const nuxtUtils = [...facts.keys()].filter((p) => NUXT_UTILS_DIR.test(p)).sort();
  let methods: Map<string, Map<string, FunctionSummary | null>> | undefined;
  const packageOf = (p: string) => (root ? packageDirOf(state, root, p) : '');
  const sharedValue = (kind: 'method' | 'field', name: string, caller: string) => {
    if (kind === 'field') return stored.get(name);
    methods ??= classMethodsByName(facts, packageOf);
    // A class of the caller's own package first: another app or package in the same tree that
    // has a method of the same name is not what this code calls.
    const own = methods.get(packageOf(caller));
    return own?.has(name) ? own.get(name) : methods.get(ALL_PACKAGES)!.get(name);
  };
  const out = new Map<string, LinkInput>();
  for (const [path, f] of facts) {
    // A later round re-analyses a few files of many: most files' input is last round's.
    const before = last?.inputs.get(path);
    if (before && !changed.has(path) && !intersects(before.deps, changed) && before.shared.every(([kind, name, value]) => sharedValue(kind, name, path) === value)) {
      kept.set(path, before);
      if (Object.keys(before.input).length) out.set(path, { ...before.input });
      continue;
    }
    const input = importInput(path, f, x, exportsCached, listeners);
    const shared: KeptInput['shared'] = [];
    // Listeners on emitters and page globals are built afresh every round: such an input is not kept.
    let everyRound = false;
    for (const key of Object.keys(f.importCalls ?? {})) {
      if (key.includes('|on:')) everyRound = true;
      if (key.startsWith(`${METHOD_SPEC}#`)) {
        const name = key.slice(METHOD_SPEC.length + 1);
        const summary = sharedValue('method', name, path) as FunctionSummary | null | undefined;
        shared.push(['method', name, summary]);
        if (summary) input[key] = summary;
      } else if (key.startsWith(`${GLOBAL_SPEC}#`)) {
        everyRound = true;
        const summary = pageGlobal(key, path, globalScripts, exportsCached);
        if (summary) input[key] = summary;
      } else if (key.startsWith(`${NUXT_UTILS_SPEC}#`)) {
        everyRound = true;
        const summary = nuxtUtility(key.slice(NUXT_UTILS_SPEC.length + 1), path, nuxtUtils, exportsCached);
        if (summary) input[key] = summary;
      }
    }
    for (const name of f.requestFieldReads ?? []) {
      const taints = stored.get(name);
      shared.push(['field', name, taints]);
      if (taints) input[`${REQUEST_FIELD_KEY}${name}`] = { ...emptySummary(`req.${name}`), returnsSources: taints };
    }
    // The SDL's any-value arguments of the fields this file resolves (rebuilt every round: not kept).
    for (const field of f.resolverFields ?? []) {
      const args = anyValueArgs.get(field);
      const scalars = scalarArgs.get(field);
      if (!args && !scalars) continue;
      everyRound = true;
      input[`${GRAPHQL_FIELD_KEY}${field}`] = { ...emptySummary(field), ...(args ? { anyValueArgs: args } : {}), ...(scalars ? { scalarArgs: scalars } : {}) };
    }
    // What the routes registering this file's handlers narrow (rebuilt every round: not kept).
    for (const [name, fields] of routes.get(path) ?? []) {
      everyRound = true;
      if (fields.length) input[`${ROUTE_NARROWING_KEY}${name}`] = { ...emptySummary(name), narrowedFields: fields };
    }
    if (!everyRound) kept.set(path, { input: { ...input }, deps: tablesRead(path, f, x, exportsCached), shared });
    if (Object.keys(input).length) out.set(path, input);
  }
  // Entry modules of library packages: their exported functions' parameters are input.
  if (root) {
    for (const lib of librariesOf(state, root)) {
      for (const [entry, names] of libraryModules(lib.entries, x)) {
        const input = out.get(entry) ?? {};
        input[LIBRARY_KEY] = { ...emptySummary(lib.name), ...(names ? { libraryExports: [...names].sort() } : {}) };
        out.set(entry, input);
      }
    }
  }
  return out;
}

/** Whether two sets share an element (the smaller one is read). */
function intersects(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const v of small) if (large.has(v)) return true;
  return false;
}

/** Every file the export tables a file's input read were built from. */
function tablesRead(path: string, f: CodeFacts, x: ExportScope, exportsCached: (p: string) => ExportIndex): Set<string> {
  const deps = new Set<string>();
  for (const spec of f.moduleRequests ?? []) {
    const target = resolveIn(x, path, spec);
    if (!target || target === path) continue;
    for (const p of exportsCached(target).deps ?? []) deps.add(p);
  }
  return deps;
}

const ALL_PACKAGES = '\0all';

/**
 * Exported class methods by method name (`ReviewsDataSource.matching` under `matching`, a factory's
 * `default().matching` too), for calls on objects of unknown type (METHOD_SPEC): for each package
 * (nearest package.json) and for the whole project (ALL_PACKAGES); null where two classes share the
 * name, or the one method does nothing a caller's data could matter to.
 */
function classMethodsByName(facts: Map<string, CodeFacts>, packageOf: (path: string) => string): Map<string, Map<string, FunctionSummary | null>> {
  const out = new Map<string, Map<string, FunctionSummary | null>>([[ALL_PACKAGES, new Map()]]);
  const add = (scope: string, name: string, summary: FunctionSummary) => {
    let byName = out.get(scope);
    if (!byName) out.set(scope, (byName = new Map()));
    byName.set(name, byName.has(name) ? null : summary.sinks.length > 0 || summary.returns.length > 0 ? summary : null);
  };
  // Each file's own exports (re-exports would count a class twice).
  for (const path of [...facts.keys()].sort()) {
    const seen = new Set<string>();
    const pkg = packageOf(path);
    for (const [key, summary] of Object.entries(facts.get(path)!.exports ?? {})) {
      // (Also the closures a factory returns, `default().find`: services made by `module.exports = (deps) => ({ … })`.)
      const m = /^(?:default\.)?[A-Z][\w$]*\.([\w$]+)$|^(?:default\.)?[\w$]+\(\)\.([\w$]+)$/.exec(key);
      const name = m?.[1] ?? m?.[2];
      if (!name || seen.has(name)) continue;
      seen.add(name);
      add(ALL_PACKAGES, name, summary);
      add(pkg, name, summary);
    }
  }
  return out;
}

/** The folder of the nearest package.json at or above a project file, below `root` ('' for none). */
function packageDirOf(state: LinkState, root: string, path: string): string {
  const dirs = (state.packageDirs ??= new Map());
  const find = (dir: string): string => {
    const hit = dirs.get(dir);
    if (hit !== undefined) return hit;
    const parent = posix.dirname(dir);
    const found = existsSync(join(root, dir, 'package.json')) ? dir : dir === '.' || dir === '' ? '' : find(parent);
    dirs.set(dir, found);
    return found;
  };
  return find(posix.dirname(path));
}

/**
 * A classic script's call to a global another script defines (`#global#portal.param`): the summary
 * from the first script, in path order, that defines it. Which scripts a page loads together is
 * not read from its HTML, so every classic script of the project shares one global scope.
 */
function pageGlobal(key: string, path: string, globalScripts: string[], exportsCached: (p: string) => ExportIndex): FunctionSummary | undefined {
  for (const script of globalScripts) {
    if (script === path) continue;
    const summary = exportsCached(script).table[key];
    if (summary && !isTrivial(summary)) return summary;
  }
  return undefined;
}

const NUXT_UTILS_DIR = /(^|\/)server\/utils\//;

/** What the `server/utils` of the caller's Nuxt app exports under this name (Nuxt auto-imports it), first file in path order. */
function nuxtUtility(name: string, path: string, utils: string[], exportsCached: (p: string) => ExportIndex): FunctionSummary | undefined {
  const root = /^(.*?\/)?server\//.exec(path)?.[0];
  if (!root) return undefined;
  for (const file of utils) {
    if (file === path || !file.startsWith(`${root}utils/`)) continue;
    const summary = exportsCached(file).table[name];
    if (summary && !isTrivial(summary)) return summary;
  }
  return undefined;
}

/**
 * Request fields middlewares fill from request data, over the whole project (`req.tenant =
 * req.headers['x-tenant']` in one file, `req.tenant` read by handlers in others). Apps mount their
 * middleware by path or globally; which handlers a middleware precedes is not followed, so a field
 * name is request data wherever it is read once any file stores request data in it. Files in path
 * order, first store wins: the same input every run.
 */
function requestFieldsStored(facts: Map<string, CodeFacts>): Map<string, Taint[]> {
  const stored = new Map<string, Taint[]>();
  for (const path of [...facts.keys()].sort()) {
    for (const [name, taints] of Object.entries(facts.get(path)!.requestFields ?? {})) if (!stored.has(name)) stored.set(name, taints);
  }
  return stored;
}

/**
 * GraphQL fields → arguments declared with an any-value scalar, over every SDL string of the project
 * (the schema is usually one file, the resolvers others). By field name: resolver maps are spread
 * into `Query`/`Mutation` elsewhere, so which root type a resolver belongs to is not followed.
 */
function graphqlAnyValueArgs(facts: Map<string, CodeFacts>, which: 'graphqlAnyValueArgs' | 'graphqlScalarArgs' = 'graphqlAnyValueArgs'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of [...facts.keys()].sort()) {
    for (const [field, args] of Object.entries(facts.get(path)![which] ?? {})) out.set(field, [...new Set([...(out.get(field) ?? []), ...args])]);
  }
  return out;
}

/** Handler file → export name → the request fields every route registering it narrows. */
function handlerRoutesByFile(facts: Map<string, CodeFacts>, x: ExportScope): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const path of [...facts.keys()].sort()) {
    for (const [key, fields] of Object.entries(facts.get(path)!.handlerRoutes ?? {})) {
      const hash = key.indexOf('#', 1);
      const target = hash > 0 ? resolveIn(x, path, key.slice(0, hash)) : undefined;
      if (!target) continue;
      const name = key.slice(hash + 1);
      const byName = out.get(target) ?? new Map<string, string[]>();
      const before = byName.get(name);
      byName.set(name, before ? before.filter((f) => fields.includes(f)) : fields);
      out.set(target, byName);
    }
  }
  return out;
}

function exportScope(state: LinkState, factsOf: ExportScope['factsOf']): ExportScope {
  return { factsOf, known: state.known, scopes: state.scopes, resolved: state.resolved, memo: new Map() };
}

function librariesOf(state: LinkState, root: string): LibraryPackage[] {
  const known = state.known;
  state.libraries ??= findLibraries(root, known, (p) => resolveSpecifier('', `./${p}`, known));
  return state.libraries;
}

/**
 * Export tables by file, built once per scope. In pass 1 (`onlyComplete`) a table is kept only
 * when its walk read every file it needed: files analysed stay analysed, so it holds for every
 * later file outside an import cycle.
 */
function cachedExports(x: ExportScope, onlyComplete: boolean): (path: string) => ExportIndex {
  const cache = new Map<string, ExportIndex>();
  return (p) => {
    let e = cache.get(p);
    if (!e) {
      const before = x.misses ?? 0;
      // (Link rounds: a walk from a fresh start gives the same table while the files it read stay
      // the same, whether or not it cut a cycle short.)
      if (!onlyComplete) x.visited = new Set();
      e = indexExports(exportsOf(p, x).table);
      e.deps = x.visited;
      x.visited = undefined;
      if (!onlyComplete || (x.misses ?? 0) === before) cache.set(p, e);
    }
    return e;
  };
}

/** What one file imports: the summaries it needs from each imported file (and listeners it emits to). */
function importInput(path: string, f: Pick<CodeFacts, 'moduleRequests' | 'importCalls'>, x: ExportScope, exportsCached: (p: string) => ExportIndex, listeners?: Map<string, FunctionSummary>): LinkInput {
  const input: LinkInput = {};
  // Emits on another file's emitter with tainted data: the listeners registered anywhere.
  if (listeners?.size) {
    for (const [k, tainted] of Object.entries(f.importCalls ?? {})) {
      const at = k.indexOf('|on:');
      if (!tainted || at < 0) continue;
      const hash = k.indexOf('#', 1);
      const target = resolveIn(x, path, k.slice(0, hash));
      const summary = target ? listeners.get(`${target}${k.slice(hash)}`) : undefined;
      if (summary) input[k] = summary;
    }
  }
  for (const spec of f.moduleRequests ?? []) {
    const target = resolveIn(x, path, spec);
    if (!target || target === path) continue;
    const exported = exportsCached(target);
    for (const [key, summary] of candidateExports(exported, spec, f.importCalls)) {
      const linkKey = `${spec}#${key}`;
      // Only what the file calls: with tainted arguments for sinks and pass-through returns, at
      // all for functions that return user data themselves or a function (a factory's arguments
      // are settings; the data comes when its product is called).
      const called = f.importCalls?.[linkKey];
      // A library object another file exports (`module.exports = new Pool()`): needed when this
      // file passes tainted data to anything of that module.
      if (summary.api || summary.regex) {
        // (An export of a project file that the user's models name also carries an API path: it
        // is needed wherever this file calls it, tainted or not, to match a source row.)
        const used = !f.importCalls || called !== undefined || (key.endsWith('()') && f.importCalls[linkKey.slice(0, -2)] !== undefined) || Object.entries(f.importCalls).some(([k, t]) => t && k.startsWith(`${spec}#`));
        if (used) input[linkKey] = summary;
        if (used || isTrivial({ ...summary, api: undefined, regex: undefined })) continue;
      }
      if (called === undefined && f.importCalls) continue;
      // (Untrusted data it hands a callback itself, as data it returns: needed whatever the arguments.)
      const needed = summary.returnsSources.length > 0 || !!summary.invokes?.some((i) => i.sources?.length) || summary.returnsCallable !== undefined || !!summary.returnsHandler || !!summary.returnsFields || !!summary.paramCalls?.length || !!summary.forwards?.length || !!summary.returnsTemplate || (called !== false && (summary.sinks.length > 0 || summary.returns.length > 0 || summary.proves !== undefined || summary.asserts !== undefined || summary.narrowedFields !== undefined || !!summary.fieldCalls?.length || !!summary.argumentLists?.length || !!summary.invokes?.length || !!summary.views?.length));
      if (needed) input[linkKey] = summary;
    }
  }
  return input;
}

/**
 * Pass 1 in import order: the input a file gets before its own analysis, from the first-pass facts
 * of the files it imports. The file has no call records yet, so it gets every summary of what it
 * imports that it could need; `specs` are its import specifiers as read from its text.
 */
export class FirstPassLinker {
  private view: (path: string) => CodeFacts | undefined | typeof UNREAD = () => UNREAD;
  private readonly state: LinkState;
  /** Tables and memo shared by the files outside import cycles (what they read is final). */
  private readonly x: ExportScope;
  private readonly exports: (path: string) => ExportIndex;
  /** Files guessed to be library modules, with their package's name. */
  private readonly library = new Map<string, string>();
  /** The exports each is offered for, guessed from ES modules' re-exports (null or absent: all). */
  private readonly libraryNames = new Map<string, Set<string> | null>();

  /**
   * `specs`: each file's import specifiers; `reexportsOf`: those a file exports again (whole or as
   * imported bindings), both read from the text.
   */
  constructor(state: LinkState, root: string, private readonly specs: Map<string, string[]>, reexportsOf: (path: string) => string[], esmExportsOf: (path: string) => { reexports: Reexport[]; exportRefs: Record<string, string> } | undefined = () => undefined) {
    this.state = state;
    this.x = exportScope(state, (p) => this.view(p));
    this.x.unread = new Set();
    this.exports = cachedExports(this.x, true);
    // Which files a library's entry modules re-export is known only from their facts, after the
    // files themselves ran: guess it from the text; a wrong guess costs the file a link round
    // (inputCovers), never a result.
    for (const lib of librariesOf(state, root)) {
      const visit = (p: string, depth: number) => {
        if (this.library.has(p) || depth > 3) return;
        this.library.set(p, lib.name);
        for (const t of this.targets(p, reexportsOf(p))) visit(t, depth + 1);
      };
      for (const e of lib.entries) visit(e, 0);
      // A module re-exported by name (`export { a, b } from './core.js'`) runs with those exports
      // only, as the link step will run it: a module run with every export is run again in the
      // first link round, and that is a whole bundle's core module in some packages.
      for (const [p, names] of reexportedModules(lib.entries, (from, spec) => resolveIn(this.x, from, spec), esmExportsOf)) this.libraryNames.set(p, names);
    }
  }

  /** The project files these specifiers of `path` resolve to. */
  targets(path: string, specs: string[]): string[] {
    const out = new Set<string>();
    for (const spec of specs) {
      const t = resolveIn(this.x, path, spec);
      if (t && t !== path) out.add(t);
    }
    return [...out];
  }

  /**
   * `inCycle`: the file is in an import cycle, so files others may read are hidden from it: its
   * tables are built afresh, never shared.
   */
  inputFor(path: string, view: (path: string) => CodeFacts | undefined | typeof UNREAD, inCycle: boolean): { input?: LinkInput; unread: string[] } {
    let x = this.x;
    let exports = this.exports;
    if (inCycle) {
      x = exportScope(this.state, view);
      x.unread = new Set();
      exports = cachedExports(x, false);
    } else {
      this.view = view;
      x.unread!.clear();
    }
    const input = importInput(path, { moduleRequests: this.specs.get(path) ?? [] }, x, exports);
    const lib = this.library.get(path);
    const names = this.libraryNames.get(path);
    if (lib !== undefined) input[LIBRARY_KEY] = { ...emptySummary(lib), ...(names ? { libraryExports: [...names].sort() } : {}) };
    this.view = () => UNREAD;
    return { ...(Object.keys(input).length ? { input } : {}), unread: [...x.unread!] };
  }
}

/**
 * A file analysed with `before` keeps its result for `after` when every summary `after` hands it
 * is one it already had: pass 1 gives a file all it could need, a round only what it calls.
 */
export function inputCovers(before: LinkInput | undefined, after: LinkInput | undefined, facts?: CodeFacts): boolean {
  // Being a library entry module changes what the file's parameters are: it must match both ways.
  if ((before?.[LIBRARY_KEY] === undefined) !== (after?.[LIBRARY_KEY] === undefined)) return false;
  if (!after) return true;
  if (!before) return Object.keys(after).length === 0;
  for (const [key, summary] of Object.entries(after)) {
    const had = before[key];
    if (had === undefined || (had !== summary && JSON.stringify(had) !== JSON.stringify(summary))) {
      if (key === LIBRARY_KEY && had !== undefined && allExportsRunAsSubset(had, summary, facts)) continue;
      return false;
    }
  }
  return true;
}

/**
 * Pass 1 runs a module it guesses to be a library's with every export; the link step may then name
 * the exports the package offers (`libraryExports`). When every export that led to a run is among
 * them, the run with the subset does exactly what the first run did (the others were only looked
 * at), so the file keeps its result: most of a library's modules export only what its entry
 * re-exports.
 */
function allExportsRunAsSubset(before: FunctionSummary, after: FunctionSummary, facts: CodeFacts | undefined): boolean {
  const roots = facts?.libraryApiRoots;
  if (!roots || before.libraryExports !== undefined || after.libraryExports === undefined) return false;
  const { libraryExports, ...rest } = after;
  if (JSON.stringify(before) !== JSON.stringify(rest)) return false;
  const offered = new Set(libraryExports);
  return roots.exports.every((name) => offered.has(name)) && roots.defaultFields.every((field) => offered.has('default') || offered.has(field));
}

/** A file's export table with each key's position, and its non-trivial entries. */
interface ExportIndex {
  table: Record<string, FunctionSummary>;
  position: Map<string, number>;
  /** Non-trivial entries in table order. */
  entries: [string, FunctionSummary][];
  /** Those of `entries` that are library objects (`api`) or regexes (`regex`). */
  apis: [string, FunctionSummary][];
  /** The files the table was built from. */
  deps?: Set<string>;
}

function indexExports(table: Record<string, FunctionSummary>): ExportIndex {
  const position = new Map<string, number>();
  const entries: [string, FunctionSummary][] = [];
  const apis: [string, FunctionSummary][] = [];
  for (const [key, summary] of Object.entries(table)) {
    if (isTrivial(summary)) continue;
    position.set(key, entries.length);
    entries.push([key, summary]);
    if (summary.api || summary.regex) apis.push([key, summary]);
  }
  return { table, position, entries, apis };
}

/**
 * The non-trivial exports the importing file can need, in table order: library objects, and what
 * it calls (`importCalls` has `spec#key`). Large re-export tables (`export * from` fans) are not
 * read whole for every importer. Without call records, every entry.
 */
function candidateExports(x: ExportIndex, spec: string, calls: Record<string, boolean> | undefined): [string, FunctionSummary][] {
  if (!calls) return x.entries;
  const prefix = `${spec}#`;
  const picked = new Set<number>();
  for (const [key] of x.apis) picked.add(x.position.get(key)!);
  for (const k of Object.keys(calls)) {
    if (!k.startsWith(prefix)) continue;
    const at = x.position.get(k.slice(prefix.length));
    if (at !== undefined) picked.add(at);
  }
  return [...picked].sort((a, b) => a - b).map((i) => x.entries[i]!);
}

/** Entry files plus the files they re-export (`export * from`, `module.exports = require(…)`). */
function libraryModules(entries: string[], x: ExportScope): Map<string, Set<string> | null> {
  return reexportedModules(entries, (from, spec) => resolveIn(x, from, spec), (p) => {
    const f = x.factsOf(p);
    return f === UNREAD ? undefined : { reexports: f?.reexports ?? [], exportRefs: f?.exportRefs ?? {} };
  });
}

type Reexport = NonNullable<CodeFacts['reexports']>[number];

const EXPORT_NAME = /^[\w$]+$/;

/**
 * The modules `entries` re-export, each with the names it is reached for (null: all of it), from
 * each module's re-exports and export references (`read`; undefined: not known, not followed).
 */
function reexportedModules(entries: string[], resolve: (from: string, spec: string) => string | undefined, read: (path: string) => { reexports: Reexport[]; exportRefs: Record<string, string> } | undefined): Map<string, Set<string> | null> {
  // A module reached for some of its exports (`const { version } = require('./lib/x'); module.exports = { version }`)
  // offers only those to the package's callers; its other exports are the package's own plumbing.
  const out = new Map<string, Set<string> | null>();
  const visit = (p: string, depth: number, names: Set<string> | null) => {
    if (depth > 3) return;
    const had = out.get(p);
    if (had === null || (had && names && [...names].every((n) => had.has(n)))) return;
    out.set(p, had && names ? new Set([...had, ...names]) : names);
    const f = read(p);
    if (!f) return;
    const next = new Map<string, Set<string> | null>();
    const add = (spec: string, name: string | null) => {
      const cur = next.get(spec);
      // (Only a name can be an export: `./x#make()`, a value made by calling one, offers nothing by name.)
      if (cur === null || (name !== null && !EXPORT_NAME.test(name))) return;
      if (name === null) next.set(spec, null);
      else next.set(spec, new Set([...(cur ?? []), name]));
    };
    for (const r of f.reexports) {
      if (r.as) {
        if (!names || names.has(r.as)) add(r.spec, null);
      } else if (!r.names) add(r.spec, null);
      else for (const [exported, imported] of Object.entries(r.names)) if (!names || names.has(exported)) add(r.spec, imported);
    }
    for (const [key, ref] of Object.entries(f.exportRefs)) {
      const exported = key.replace(/^default\./, '').split('.')[0]!;
      if (names && !names.has(exported) && !names.has(key)) continue;
      const hash = ref.indexOf('#', 1);
      // (`./x#*.name`: a member of the whole module; `./x#*` or `./x#default`: all of it.)
      const name = ref.slice(hash + 1).replace(/^(\*|default)(\.|$)/, '').split('.')[0]!;
      add(ref.slice(0, hash), name === '' ? null : name);
    }
    for (const [spec, n] of next) {
      const t = resolve(p, spec);
      if (t) visit(t, depth + 1, n);
    }
  };
  for (const e of entries) visit(e, 0, null);
  return out;
}
