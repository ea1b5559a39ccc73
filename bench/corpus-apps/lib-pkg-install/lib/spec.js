'use strict';

/**
 * Normalises what callers pass as packages: a string ("a b@2"), an array, or
 * { name: version } objects. Returns unique "name" or "name@range" specs.
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
    if (spec) seen.add(spec);
  }
  if (seen.size === 0) throw new Error('nothing to install');
  return [...seen];
}

/** The package name of a spec ("@scope/a@^1" -> "@scope/a"). */
function nameOf(spec) {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

module.exports = { normalizeSpecs, nameOf };
