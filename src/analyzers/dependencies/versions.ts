import semver from 'semver';
import { compare as pep440Compare, valid as pep440Valid } from '@renovatebot/pep440';
import type { Ecosystem } from './model.js';

/** Version ordering per ecosystem: npm semver, PEP 440 for PyPI. `undefined` when either side is not a version. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  if (ecosystem === 'npm') {
    const va = semver.parse(a, { loose: true });
    const vb = semver.parse(b, { loose: true });
    return va && vb ? semver.compare(va, vb) : undefined;
  }
  if (!pep440Valid(a) || !pep440Valid(b)) return undefined;
  return pep440Compare(a, b);
}

export function isValidVersion(ecosystem: Ecosystem, v: string): boolean {
  return ecosystem === 'npm' ? semver.parse(v, { loose: true }) !== null : pep440Valid(v) !== null;
}
