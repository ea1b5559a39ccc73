'use strict';

const { loadExternal } = require('./doctype');

const PREDEFINED = Object.freeze({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });
const REFERENCE = /&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]*);/g;

function decodeCharRef(ref) {
  const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  if (!Number.isInteger(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    throw new Error(`xmlite: invalid character reference &${ref};`);
  }
  return String.fromCodePoint(code);
}

/**
 * Replaces character references, the five predefined entities and the entities declared in the
 * document's DTD. Entity values may themselves contain references, which are expanded in turn;
 * an entity that refers back to itself is an error.
 */
function expandText(text, doctype, options = {}, open = []) {
  if (text.indexOf('&') === -1) return text;
  return text.replace(REFERENCE, (whole, ref) => {
    if (ref[0] === '#') return decodeCharRef(ref);
    if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) return PREDEFINED[ref];
    const entity = doctype ? doctype.entities.get(ref) : undefined;
    if (!entity) {
      if (options.strict) throw new Error(`xmlite: undeclared entity &${ref};`);
      return whole;
    }
    if (open.includes(ref)) throw new Error(`xmlite: recursive entity &${ref};`);
    const replacement = entity.systemId !== undefined ? loadExternal(entity.systemId, options) : entity.value;
    // vuln: CWE-776
    return expandText(replacement, doctype, options, [...open, ref]);
  });
}

/** Escapes text for output as XML character data or a double-quoted attribute value. */
function escapeXml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

module.exports = { expandText, decodeCharRef, escapeXml, PREDEFINED };
