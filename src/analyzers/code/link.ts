/**
 * The link step for cross-file taint: resolve each file's relative imports (ESM, CommonJS,
 * `index` files, `.js`→`.ts` specifiers, re-exports, `@/` aliases to `src/`) to the files that
 * define them, and hand each importing file the summaries of what it imports.
 */
import { posix } from 'node:path';
import type { CodeFacts, FunctionSummary, LinkInput } from './taint/summaries.js';
import { LIBRARY_KEY, emptySummary, isTrivial } from './taint/summaries.js';
import { type LibraryPackage, findLibraries } from './packages.js';
import { type AliasScope, type PathAlias, aliasesFor, expandAlias } from './tsconfig-paths.js';

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
  // tsconfig/jsconfig `paths` (and baseUrl), then the common `@/` and `~/` source-root aliases.
  for (const target of expandAlias(spec, aliases)) {
    const hit = tryBase(posix.normalize(target));
    if (hit) return hit;
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
  facts: Map<string, CodeFacts>;
  known: Set<string>;
  scopes: AliasScope[];
  /** `from\0spec` → resolved file (resolution is the link step's most repeated work). */
  resolved: Map<string, string | undefined>;
  memo: Map<string, ExportTable>;
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
  if (memo && ![...memo.reach].some((p) => seen.has(p))) {
    for (const p of memo.adds) seen.add(p);
    return memo;
  }
  seen.add(path);
  const f = x.facts.get(path);
  if (!f) return { table: {}, pure: true, reach: new Set([path]), adds: new Set([path]) };
  let pure = true;
  const reach = new Set([path]);
  const adds = new Set([path]);
  const out: Record<string, FunctionSummary> = { ...f.exports };
  // `daos.userDao = new UserDao(db)`, `module.exports = require('./impl')`: the other file's exports
  // (or its class's methods) under this export's key.
  for (const [key, ref] of Object.entries(f.exportRefs ?? {})) {
    const hash = ref.indexOf('#');
    const target = resolveIn(x, path, ref.slice(0, hash));
    if (!target) continue;
    const innerResult = exportsOf(target, x, new Set(seen));
    if (pure && innerResult.pure) for (const p of innerResult.reach) reach.add(p);
    else pure = false;
    const inner = innerResult.table;
    const refKey = ref.slice(hash + 1);
    const prefixes = refKey === '*' ? ['default', ''] : refKey.startsWith('*.') ? [`default.${refKey.slice(2)}`, refKey.slice(2)] : [refKey];
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
    if (!target) continue;
    const innerResult = exportsOf(target, x, seen);
    if (pure && innerResult.pure) {
      for (const p of innerResult.reach) reach.add(p);
      for (const p of innerResult.adds) adds.add(p);
    } else pure = false;
    const inner = innerResult.table;
    for (const [key, summary] of Object.entries(inner)) {
      const [head, ...rest] = key.split('.');
      if (!re.names) {
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
}

export function newLinkState(facts: Map<string, CodeFacts>, scopes: AliasScope[] = []): LinkState {
  return { known: new Set(facts.keys()), scopes, resolved: new Map() };
}

/**
 * `state` carries resolution and path aliases from round to round (its file set must be the
 * facts' keys: make it with newLinkState).
 */
export function linkCodeFacts(facts: Map<string, CodeFacts>, state: LinkState, root?: string): Map<string, LinkInput> {
  const { known, scopes } = state;
  const x: ExportScope = { facts, known, scopes, resolved: state.resolved, memo: new Map() };
  const exportCache = new Map<string, ExportIndex>();
  const exportsCached = (p: string): ExportIndex => {
    let e = exportCache.get(p);
    if (!e) {
      e = indexExports(exportsOf(p, x).table);
      exportCache.set(p, e);
    }
    return e;
  };
  // Listeners on emitters other files export, by emitter file and event (`src/events.js#default|on:report`).
  const listeners = new Map<string, FunctionSummary>();
  for (const [path, f] of facts) {
    for (const l of f.listeners ?? []) {
      const hash = l.key.indexOf('#');
      const target = resolveIn(x, path, l.key.slice(0, hash));
      if (!target) continue;
      const gkey = `${target}${l.key.slice(hash)}`;
      const prev = listeners.get(gkey);
      listeners.set(gkey, prev ? { ...prev, sinks: [...prev.sinks, ...l.summary.sinks].slice(0, 24) } : { ...emptySummary(l.summary.name), sinks: l.summary.sinks });
    }
  }
  const out = new Map<string, LinkInput>();
  for (const [path, f] of facts) {
    const input: LinkInput = {};
    // Emits on another file's emitter with tainted data: the listeners registered anywhere.
    if (listeners.size) {
      for (const [k, tainted] of Object.entries(f.importCalls ?? {})) {
        const at = k.indexOf('|on:');
        if (!tainted || at < 0) continue;
        const hash = k.indexOf('#');
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
        // all for functions that return user data themselves.
        const called = f.importCalls?.[linkKey];
        // A library object another file exports (`module.exports = new Pool()`): needed when this
        // file passes tainted data to anything of that module.
        if (summary.api || summary.regex) {
          // (An export of a project file that the user's models name also carries an API path: it
          // is needed wherever this file calls it, tainted or not, to match a source row.)
          const used = !f.importCalls || called !== undefined || Object.entries(f.importCalls).some(([k, t]) => t && k.startsWith(`${spec}#`));
          if (used) input[linkKey] = summary;
          if (used || isTrivial({ ...summary, api: undefined, regex: undefined })) continue;
        }
        if (called === undefined && f.importCalls) continue;
        const needed = summary.returnsSources.length > 0 || !!summary.paramCalls?.length || (called !== false && (summary.sinks.length > 0 || summary.returns.length > 0 || !!summary.returnsHandler || summary.proves !== undefined || summary.asserts !== undefined || !!summary.fieldCalls?.length || !!summary.argumentLists?.length));
        if (needed) input[linkKey] = summary;
      }
    }
    if (Object.keys(input).length) out.set(path, input);
  }
  // Entry modules of library packages: their exported functions' parameters are input.
  if (root) {
    state.libraries ??= findLibraries(root, known, (p) => resolveSpecifier('', `./${p}`, known));
    for (const lib of state.libraries) {
      for (const entry of libraryModules(lib.entries, x)) {
        const input = out.get(entry) ?? {};
        input[LIBRARY_KEY] = { ...emptySummary(lib.name) };
        out.set(entry, input);
      }
    }
  }
  return out;
}

/** A file's export table with each key's position, and its non-trivial entries. */
interface ExportIndex {
  table: Record<string, FunctionSummary>;
  position: Map<string, number>;
  /** Non-trivial entries in table order. */
  entries: [string, FunctionSummary][];
  /** Those of `entries` that are library objects (`api`) or regexes (`regex`). */
  apis: [string, FunctionSummary][];
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
function libraryModules(entries: string[], x: ExportScope): string[] {
  const out = new Set<string>();
  const visit = (p: string, depth: number) => {
    if (out.has(p) || depth > 3) return;
    out.add(p);
    const f = x.facts.get(p);
    const specs = [...(f?.reexports ?? []).map((r) => r.spec), ...Object.values(f?.exportRefs ?? {}).map((r) => r.slice(0, r.indexOf('#')))];
    for (const spec of specs) {
      const t = resolveIn(x, p, spec);
      if (t) visit(t, depth + 1);
    }
  };
  for (const e of entries) visit(e, 0);
  return [...out];
}
