'use strict';

// npm package name rules (lower case, url-safe, optional @scope/), plus an optional range made
// of characters that ranges, tags and versions use. 2.2.1: specs are validated before use.
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const RANGE = /^[A-Za-z0-9.^~<>=|*x+ -]+$/;

function validateSpec(spec) {
  const at = spec.indexOf('@', 1);
  const name = at === -1 ? spec : spec.slice(0, at);
  const range = at === -1 ? '' : spec.slice(at + 1);
  if (name.length > 214 || !NAME.test(name)) throw new Error(`Invalid package name: ${name}`);
  if (range && (!RANGE.test(range) || range.startsWith('-'))) throw new Error(`Invalid version range for ${name}`);
  return spec;
}

/**
 * Normalises what callers pass as packages: a string ("a b@2"), an array, or
 * { name: version } objects. Returns unique, validated "name" or "name@range" specs.
 */
function normalizeSpecs(packages) {
  let list;
  if (typeof packages === 'string') list = packages.split(/\s+/);
  else if (Array.isArray(packages)) list = packages;
  else if (packages && typeof packages === 'object') {
    list = Object.keys(packages).map((name) => (packages[name] ? `${name}@${packages[name]}` : name));
  } else {
    throw new TypeError('packages must be a string, an array or an object');
  }
  const seen = new Set();
  for (const raw of list) {
    const spec = String(raw).trim();
    if (spec) seen.add(validateSpec(spec));
  }
  if (seen.size === 0) throw new Error('nothing to install');
  return [...seen];
}

/** The package name of a spec ("@scope/a@^1" -> "@scope/a"). */
function nameOf(spec) {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

module.exports = { normalizeSpecs, nameOf, validateSpec };
