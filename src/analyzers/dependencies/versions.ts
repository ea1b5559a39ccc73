import semver, { type SemVer } from 'semver';
import { compare as pep440Compare, valid as pep440Valid } from '@renovatebot/pep440';
import type { Ecosystem } from './model.js';

// Advisory ranges repeat the same few thousand version strings; parsing each once keeps matching
// a 50,000-package lockfile well inside its time budget. Bounded so a huge scan cannot grow it forever.
const MAX_CACHE = 200_000;
const semverCache = new Map<string, SemVer | null>();
const pep440Cache = new Map<string, boolean>();

function parseSemver(v: string): SemVer | null {
  let parsed = semverCache.get(v);
  if (parsed === undefined) {
    parsed = semver.parse(v, { loose: true });
    if (semverCache.size >= MAX_CACHE) semverCache.clear();
    semverCache.set(v, parsed);
  }
  return parsed;
}

function validPep440(v: string): boolean {
  let ok = pep440Cache.get(v);
  if (ok === undefined) {
    ok = pep440Valid(v) !== null;
    if (pep440Cache.size >= MAX_CACHE) pep440Cache.clear();
    pep440Cache.set(v, ok);
  }
  return ok;
}

/** Version ordering per ecosystem: npm semver, PEP 440 for PyPI. `undefined` when either side is not a version. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  if (ecosystem === 'npm') {
    const va = parseSemver(a);
    const vb = parseSemver(b);
    return va && vb ? va.compare(vb) : undefined;
  }
  if (!validPep440(a) || !validPep440(b)) return undefined;
  return pep440Compare(a, b);
}

export function isValidVersion(ecosystem: Ecosystem, v: string): boolean {
  return ecosystem === 'npm' ? parseSemver(v) !== null : validPep440(v);
}
