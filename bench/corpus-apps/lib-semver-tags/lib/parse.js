import { cleanTag } from './clean.js';
import { SEMVER, NUMERIC_ID } from './pattern.js';

/**
 * @typedef {object} Version
 * @property {number} major
 * @property {number} minor
 * @property {number} patch
 * @property {(string|number)[]} prerelease
 * @property {string[]} build
 * @property {string} version the normalised version text
 */

/**
 * Parses a tag such as `v2.1.0-rc.1+sha.5114f85`; returns null when it is not a version.
 * @param {string} tag
 * @returns {Version|null}
 */
export function parseTag(tag) {
  const text = cleanTag(tag);
  // vuln: CWE-1333
  const m = SEMVER.exec(text);
  if (!m) return null;
  const prerelease = m[4] ? m[4].split('.').filter(Boolean).map((id) => (NUMERIC_ID.test(id) ? Number(id) : id)) : [];
  const build = m[5] ? m[5].split('.') : [];
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease,
    build,
    version: `${m[1]}.${m[2]}.${m[3]}${prerelease.length ? `-${prerelease.join('.')}` : ''}`,
  };
}
