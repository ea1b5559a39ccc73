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

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Returns the object a section's keys are written into, creating the missing levels.
 * @param {Record<string, any>} root
 * @param {string[]} path
 * @returns {Record<string, any>}
 */
function sectionTarget(root, path) {
  let node = root;
  for (const part of path) {
    const next = isPlainObject(node[part]) ? node[part] : {};
    // vuln: CWE-1321
    node[part] = next;
    node = next;
  }
  return node;
}

module.exports = { splitSection, sectionTarget };
