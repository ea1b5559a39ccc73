'use strict';

const { MAX_LENGTH } = require('./constants');
const re = require('./re');

/**
 * Parses a full version. Returns `{ major, minor, patch, prerelease, build, version }` or null.
 */
function parse(version) {
  if (typeof version !== 'string') return null;
  if (version.length > MAX_LENGTH) return null;
  const m = version.trim().match(re.FULL);
  if (!m) return null;
  const prerelease = m[4] ? m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
  const build = m[5] ? m[5].split('.') : [];
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = Number(m[3]);
  const version_ = `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`;
  return { major, minor, patch, prerelease, build, version: version_ };
}

function valid(version) {
  const parsed = parse(version);
  return parsed ? parsed.version : null;
}

function compareIdentifiers(a, b) {
  const an = typeof a === 'number';
  const bn = typeof b === 'number';
  if (an && !bn) return -1;
  if (bn && !an) return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function compare(a, b) {
  const pa = typeof a === 'string' ? parse(a) : a;
  const pb = typeof b === 'string' ? parse(b) : b;
  if (!pa || !pb) throw new TypeError(`Invalid version: ${!pa ? a : b}`);
  for (const key of ['major', 'minor', 'patch']) {
    if (pa[key] !== pb[key]) return pa[key] < pb[key] ? -1 : 1;
  }
  if (pa.prerelease.length && !pb.prerelease.length) return -1;
  if (!pa.prerelease.length && pb.prerelease.length) return 1;
  const len = Math.max(pa.prerelease.length, pb.prerelease.length);
  for (let i = 0; i < len; i++) {
    if (pa.prerelease[i] === undefined) return -1;
    if (pb.prerelease[i] === undefined) return 1;
    const c = compareIdentifiers(pa.prerelease[i], pb.prerelease[i]);
    if (c !== 0) return c;
  }
  return 0;
}

module.exports = { parse, valid, compare };
