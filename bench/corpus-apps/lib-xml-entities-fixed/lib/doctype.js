'use strict';

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

module.exports = { parseDoctype };
