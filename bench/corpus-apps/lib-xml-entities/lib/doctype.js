'use strict';

const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');

const ROOT_NAME = /^\s*([A-Za-z_][\w.:-]*)/;
const ENTITY_DECL = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)'|SYSTEM\s+(?:"([^"]*)"|'([^']*)'))\s*>/g;

/**
 * Parses the inside of `<!DOCTYPE …>`: the root element name and the general entities declared in
 * the internal subset, internal (`<!ENTITY name "text">`) and external
 * (`<!ENTITY name SYSTEM "chapter1.xml">`). Parameter entities and other declarations are skipped.
 */
function parseDoctype(body) {
  const rootMatch = ROOT_NAME.exec(body);
  const doctype = { name: rootMatch ? rootMatch[1] : null, entities: new Map() };
  const open = body.indexOf('[');
  const close = body.lastIndexOf(']');
  if (open === -1 || close < open) return doctype;

  const subset = body.slice(open + 1, close);
  for (const m of subset.matchAll(ENTITY_DECL)) {
    const name = m[1];
    if (doctype.entities.has(name)) continue; // the first declaration binds (XML 1.0 §4.2)
    const systemId = m[4] !== undefined ? m[4] : m[5];
    if (systemId !== undefined) {
      doctype.entities.set(name, { name, systemId });
    } else {
      doctype.entities.set(name, { name, value: m[2] !== undefined ? m[2] : m[3] });
    }
  }
  return doctype;
}

/**
 * Reads the replacement text of an external entity. Relative system identifiers are resolved
 * against `options.baseDir` (the directory of the document), so split documents such as
 * `<!ENTITY ch1 SYSTEM "chapters/ch1.xml">` can be assembled.
 */
function loadExternal(systemId, options) {
  if (/^[a-z][a-z\d+.-]*:/i.test(systemId) && !systemId.startsWith('file:')) {
    throw new Error(`xmlite: cannot load external entity ${systemId}: only files are supported`);
  }
  const file = systemId.startsWith('file:')
    ? fileURLToPath(systemId)
    : path.resolve(options.baseDir || process.cwd(), systemId);
  // vuln: CWE-611, CWE-22
  return fs.readFileSync(file, 'utf8');
}

module.exports = { parseDoctype, loadExternal };
