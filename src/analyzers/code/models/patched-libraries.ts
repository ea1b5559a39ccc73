/**
 * Merge and set-by-path libraries that once let a `__proto__` key reach `Object.prototype` and were
 * fixed: the versions that carry the fix, from their advisories. A call into one of them is not a
 * prototype-pollution sink when every version the project's package.json allows has the fix
 * (`"lodash.merge": "^4.6.2"`); an older, open (`*`) or non-registry range is still reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import semver from 'semver';

/** Callee (as the sink models name it) → package → the range of versions with the fix. */
const PATCHED: [RegExp, Record<string, string>][] = [
  // lodash merge/mergeWith: CVE-2018-16487 (4.17.11); defaultsDeep: CVE-2019-10744 (4.17.12);
  // set/setWith/zipObjectDeep: CVE-2020-8203 (4.17.19). lodash-es is released in step.
  [/^(lodash|_|lodash-es)\.(merge|mergeWith)$/, { lodash: '>=4.17.11', 'lodash-es': '>=4.17.11' }],
  [/^(lodash|_|lodash-es)\.defaultsDeep$/, { lodash: '>=4.17.12', 'lodash-es': '>=4.17.12' }],
  [/^(lodash|_|lodash-es)\.(set|setWith|zipObjectDeep)$/, { lodash: '>=4.17.19', 'lodash-es': '>=4.17.19' }],
  // The per-method packages: CVE-2018-16487 (lodash.merge, lodash.mergewith 4.6.2), CVE-2019-10744 (lodash.defaultsdeep 4.6.1).
  // `lodash.merge` is also how a default import of the package is named: both readings are covered.
  [/^lodash\.merge$/, { 'lodash.merge': '>=4.6.2' }],
  [/^lodash\.mergewith$/, { 'lodash.mergewith': '>=4.6.2' }],
  [/^lodash\.defaultsdeep$/, { 'lodash.defaultsdeep': '>=4.6.1' }],
  // CVE-2019-10746 (mixin-deep 1.3.2, 2.0.1), CVE-2018-3750 (deep-extend 0.5.1), CVE-2018-3722 (merge-deep 3.0.1; 3.0.3 for CVE-2021-26707),
  // CVE-2020-8116 (dot-prop 4.2.1, 5.1.1), CVE-2021-23440 (set-value 2.0.1, 4.0.1), CVE-2021-3805 (object-path 0.11.8).
  [/^mixin-deep$/, { 'mixin-deep': '^1.3.2 || >=2.0.1' }],
  [/^deep-extend$/, { 'deep-extend': '>=0.5.1' }],
  [/^merge-deep$/, { 'merge-deep': '>=3.0.3' }],
  [/^dot-prop(\.setProperty)?$/, { 'dot-prop': '^4.2.1 || >=5.1.1' }],
  [/^set-value$/, { 'set-value': '^2.0.1 || >=4.0.1' }],
  [/^object-path\.set$/, { 'object-path': '>=0.11.8' }],
  // CVE-2019-11358: jQuery.extend(true, …) copied __proto__ before 3.4.0.
  [/^(jquery|jQuery)\.extend$/, { jquery: '>=3.4.0' }],
];

/** Version ranges a package.json declares, by package name (read as data, never run). */
export type DeclaredRanges = ((pkg: string) => string | undefined) & {
  /** A package.json was found above the file (so a package it does not name is not a dependency). */
  readonly manifest?: () => boolean;
};

/**
 * Whether the library this callee belongs to is declared at versions that all carry the fix. With
 * two readings of a name (`lodash.merge`: lodash's merge, or the lodash.merge package), every
 * reading the project declares must be patched, and at least one must be declared.
 */
export function patchedLibraryCall(callee: string, declared: DeclaredRanges | undefined): boolean {
  if (!declared) return false;
  let seen = 0;
  for (const [re, fixes] of PATCHED) {
    if (!re.test(callee)) continue;
    for (const [pkg, fixed] of Object.entries(fixes)) {
      const range = declared(pkg);
      if (range === undefined) continue;
      seen++;
      if (!semver.validRange(range) || !semver.subset(range, fixed, { includePrerelease: false })) return false;
    }
  }
  return seen > 0;
}

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
const manifests = new Map<string, Record<string, string> | null>();

/** Forget the cached manifests (a long-lived process before a new scan: they may have changed). */
export function forgetManifests(): void {
  manifests.clear();
}

/** Dependencies of a package.json file, cached per thread; null when there is none or it is broken. */
function dependenciesIn(dir: string): Record<string, string> | null {
  let deps = manifests.get(dir);
  if (deps !== undefined) return deps;
  deps = null;
  const file = join(dir, 'package.json');
  if (existsSync(file)) {
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      deps = {};
      for (const k of DEP_FIELDS) {
        const v = pkg[k];
        if (v && typeof v === 'object') for (const [name, range] of Object.entries(v)) if (typeof range === 'string') deps[name] ??= range;
      }
    } catch {
      deps = null; // broken JSON says nothing about versions (the dependency analyzer reports it)
    }
  }
  if (manifests.size > 10_000) manifests.clear();
  manifests.set(dir, deps);
  return deps;
}

/**
 * The ranges declared by the nearest package.json above a scanned file, looking no higher than
 * the scan root (the part of `absPath` before the project-relative `path`).
 */
export function declaredRangesFor(absPath: string, path: string): DeclaredRanges | undefined {
  const norm = absPath.replace(/\\/g, '/');
  if (!norm.endsWith(path)) return undefined;
  const root = norm.slice(0, norm.length - path.length).replace(/\/$/, '');
  for (let dir = dirname(norm); dir.length >= root.length; dir = dirname(dir)) {
    const deps = dependenciesIn(dir);
    if (deps) return (pkg) => deps[pkg];
    if (dir === dirname(dir)) break;
  }
  return undefined;
}

/** declaredRangesFor, looked up at the first question: most files never ask, and the look-up reads manifests. */
export function lazyDeclaredRanges(absPath: string, path: string): DeclaredRanges {
  let ranges: DeclaredRanges | undefined | null = null;
  const load = () => (ranges === null ? (ranges = declaredRangesFor(absPath, path)) : ranges);
  return Object.assign((pkg: string) => load()?.(pkg), { manifest: () => load() !== undefined });
}
