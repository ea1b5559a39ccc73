'use strict';

const PREDEFINED = Object.freeze({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });
const REFERENCE = /&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]*);/g;
const DEFAULT_MAX_EXPANSIONS = 10000;
const DEFAULT_MAX_EXPANDED_LENGTH = 1024 * 1024;

function decodeCharRef(ref) {
  const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  if (!Number.isInteger(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    throw new Error(`xmlite: invalid character reference &${ref};`);
  }
  return String.fromCodePoint(code);
}

/**
 * Replaces character references, the five predefined entities and the internal entities declared
 * in the document's DTD. Entity values may themselves contain references, which are expanded in
 * turn; an entity that refers back to itself is an error. External entities (`SYSTEM`) are never
 * loaded: their references are left empty. Expansions are counted per document (`state`) and
 * limited by `options.maxEntityExpansions` and `options.maxExpandedLength`.
 */
function expandText(text, doctype, options = {}, open = [], state = expansionState(doctype)) {
  if (text.indexOf('&') === -1) return text;
  const maxExpansions = options.maxEntityExpansions || DEFAULT_MAX_EXPANSIONS;
  const maxLength = options.maxExpandedLength || DEFAULT_MAX_EXPANDED_LENGTH;
  return text.replace(REFERENCE, (whole, ref) => {
    if (ref[0] === '#') return decodeCharRef(ref);
    if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) return PREDEFINED[ref];
    const entity = doctype ? doctype.entities.get(ref) : undefined;
    if (!entity) {
      if (options.strict) throw new Error(`xmlite: undeclared entity &${ref};`);
      return whole;
    }
    if (open.includes(ref)) throw new Error(`xmlite: recursive entity &${ref};`);
    if (entity.systemId !== undefined) {
      if (options.strict) throw new Error(`xmlite: external entity &${ref}; is not supported`);
      return '';
    }
    state.expansions += 1;
    state.length += entity.value.length;
    if (state.expansions > maxExpansions || state.length > maxLength) {
      throw new Error('xmlite: entity expansion limit exceeded');
    }
    // safe: CWE-776
    return expandText(entity.value, doctype, options, [...open, ref], state);
  });
}

/** One counter per parsed document, kept on the doctype object. */
function expansionState(doctype) {
  if (!doctype) return { expansions: 0, length: 0 };
  if (!doctype.expansion) doctype.expansion = { expansions: 0, length: 0 };
  return doctype.expansion;
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
