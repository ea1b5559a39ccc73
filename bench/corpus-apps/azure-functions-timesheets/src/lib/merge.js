function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Recursively applies a partial preferences document onto the stored one.
function applyPatch(target, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      applyPatch(target[key], value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

module.exports = { applyPatch };
