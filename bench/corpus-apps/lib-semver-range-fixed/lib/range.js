'use strict';

const re = require('./re');
const { MAX_LENGTH } = require('./constants');
const { parse } = require('./parse');
const { Comparator } = require('./comparator');
const { desugar } = require('./desugar');

function parseComparatorSet(text) {
  const hyphen = text.match(re.HYPHEN);
  if (hyphen) {
    return [new Comparator('>=', hyphen[1].replace(/^v/, '')), new Comparator('<=', hyphen[2].replace(/^v/, ''))];
  }
  // safe: CWE-1333
  const normalized = text.replace(re.COMPARATOR_TRIM, '$1').replace(re.TILDE_TRIM, '~').replace(re.CARET_TRIM, '^');
  return normalized
    .split(re.WHITESPACE)
    .filter(Boolean)
    .flatMap((token) => desugar(token));
}

class Range {
  constructor(range) {
    if (range instanceof Range) return range;
    this.raw = String(range);
    // safe: CWE-1333
    if (this.raw.length > MAX_LENGTH) throw new TypeError(`Range is longer than ${MAX_LENGTH} characters`);
    this.set = this.raw
      .split('||')
      .map((part) => part.trim())
      .map((part) => (part === '' ? [new Comparator('', null)] : parseComparatorSet(part)));
    this.range = this.set.map((comps) => comps.map(String).join(' ').trim()).join('||');
  }

  test(version) {
    const parsed = typeof version === 'string' ? parse(version) : version;
    if (!parsed) return false;
    return this.set.some((comps) =>
      comps.every((c) => c.test(parsed)) &&
      (parsed.prerelease.length === 0 ||
        comps.some((c) => c.semver && c.semver.prerelease.length && c.semver.major === parsed.major && c.semver.minor === parsed.minor && c.semver.patch === parsed.patch)),
    );
  }

  toString() {
    return this.range;
  }
}

function validRange(range) {
  try {
    return new Range(range).range || '*';
  } catch {
    return null;
  }
}

function satisfies(version, range) {
  try {
    return new Range(range).test(version);
  } catch {
    return false;
  }
}

function maxSatisfying(versions, range) {
  const r = new Range(range);
  let best = null;
  for (const v of versions) {
    const parsed = parse(v);
    if (parsed && r.test(parsed) && (!best || require('./parse').compare(parsed, best) > 0)) best = parsed;
  }
  return best ? best.version : null;
}

module.exports = { Range, validRange, satisfies, maxSatisfying };
