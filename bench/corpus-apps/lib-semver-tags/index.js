import { cleanTag } from './lib/clean.js';
import { parseTag } from './lib/parse.js';
import { compareVersions } from './lib/compare.js';

export { cleanTag, parseTag, compareVersions };

/**
 * True when `tag` is a valid semantic version (after cleaning).
 * @param {string} tag
 */
export function isValidTag(tag) {
  return parseTag(tag) !== null;
}

/**
 * Sorts tags ascending by precedence; tags that are not versions are dropped.
 * @param {string[]} tags e.g. the output of `git tag --list`
 * @param {{ includePrerelease?: boolean }} [options]
 * @returns {string[]}
 */
export function sortTags(tags, options = {}) {
  const includePrerelease = options.includePrerelease !== false;
  return tags
    .map((raw) => ({ raw, v: parseTag(raw) }))
    .filter(({ v }) => v && (includePrerelease || v.prerelease.length === 0))
    .sort((a, b) => compareVersions(a.v, b.v))
    .map(({ raw }) => raw);
}

/**
 * The highest version among `tags`, or null.
 * @param {string[]} tags
 * @param {{ includePrerelease?: boolean }} [options]
 */
export function latestTag(tags, options) {
  const sorted = sortTags(tags, options);
  return sorted.length ? sorted[sorted.length - 1] : null;
}
