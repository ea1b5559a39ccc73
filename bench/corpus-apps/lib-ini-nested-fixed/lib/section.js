'use strict';

/**
 * Splits a section header into its path: `server.http` → `['server', 'http']`,
 * `"a.b".c` → `['a.b', 'c']` (quoted parts keep their dots).
 * @param {string} header text between `[` and `]`
 * @param {string} delimiter
 * @returns {string[]}
 */
function splitSection(header, delimiter) {
  const parts = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && header.startsWith(delimiter, i)) {
      parts.push(current.trim());
      current = '';
      i += delimiter.length - 1;
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** Names that reach an object's prototype instead of an own property. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function isUnsafeKey(key) {
  return UNSAFE.has(key);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Returns the object a section's keys are written into, creating the missing levels, or null
 * when a segment is `__proto__`, `constructor` or `prototype` (the section is ignored).
 * @param {Record<string, any>} root
 * @param {string[]} path
 * @returns {Record<string, any>|null}
 */
function sectionTarget(root, path) {
  if (path.some(isUnsafeKey)) return null;
  let node = root;
  for (const part of path) {
    const own = Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
    const next = isPlainObject(own) ? own : {};
    // safe: CWE-1321
    node[part] = next;
    node = next;
  }
  return node;
}

module.exports = { splitSection, sectionTarget, isUnsafeKey };
