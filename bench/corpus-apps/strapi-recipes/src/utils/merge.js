'use strict';

// Merges a partial preferences document into the stored one.
function mergePrefs(base, patch) {
  for (const key in patch) {
    const next = patch[key];
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
      base[key] = mergePrefs(base[key] || {}, next);
    } else {
      // vuln: CWE-1321
      base[key] = next;
    }
  }
  return base;
}

// Copies only known top-level keys; nested objects are replaced wholesale.
function pickPrefs(patch) {
  const allowed = ['units', 'diet', 'servings', 'newsletter'];
  const out = {};
  for (const key of allowed) {
    // safe: CWE-1321
    if (Object.prototype.hasOwnProperty.call(patch, key)) out[key] = patch[key];
  }
  return out;
}

module.exports = { mergePrefs, pickPrefs };
