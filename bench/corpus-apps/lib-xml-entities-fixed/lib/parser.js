'use strict';

const { parseDoctype } = require('./doctype');
const { expandText } = require('./entities');

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

function fail(message, pos) {
  const err = new Error(`xmlite: ${message} at offset ${pos}`);
  err.offset = pos;
  return err;
}

function readName(src, pos) {
  NAME.lastIndex = pos;
  const m = NAME.exec(src);
  if (!m) throw fail('expected a name', pos);
  return m[0];
}

/**
 * Parses an XML document into plain objects:
 *   { doctype, root: { name, attributes, children: [element | string] } }
 *
 * Options: `baseDir` (where external entities are looked up), `strict` (undeclared entities are
 * errors), `preserveWhitespace` (keep whitespace-only text nodes).
 */
function parse(xml, options = {}) {
  const src = String(xml);
  const document = { doctype: null, root: null };
  const stack = [];
  let pos = 0;

  const appendText = (text) => {
    if (stack.length === 0) {
      if (text.trim()) throw fail('text outside the root element', pos);
      return;
    }
    if (!options.preserveWhitespace && !text.trim()) return;
    stack[stack.length - 1].children.push(text);
  };

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    if (lt === -1) {
      appendText(expandText(src.slice(pos), document.doctype, options));
      break;
    }
    if (lt > pos) appendText(expandText(src.slice(pos, lt), document.doctype, options));
    pos = lt;

    if (src.startsWith('<?', pos)) {
      const end = src.indexOf('?>', pos);
      if (end === -1) throw fail('unterminated processing instruction', pos);
      pos = end + 2;
    } else if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end === -1) throw fail('unterminated comment', pos);
      pos = end + 3;
    } else if (src.startsWith('<![CDATA[', pos)) {
      const end = src.indexOf(']]>', pos + 9);
      if (end === -1) throw fail('unterminated CDATA section', pos);
      appendText(src.slice(pos + 9, end));
      pos = end + 3;
    } else if (src.startsWith('<!DOCTYPE', pos)) {
      if (document.doctype || document.root) throw fail('misplaced DOCTYPE', pos);
      const bracket = src.indexOf('[', pos);
      const firstGt = src.indexOf('>', pos);
      let end = firstGt;
      if (bracket !== -1 && bracket < firstGt) {
        const close = src.indexOf(']', bracket);
        end = close === -1 ? -1 : src.indexOf('>', close);
      }
      if (end === -1) throw fail('unterminated DOCTYPE', pos);
      document.doctype = parseDoctype(src.slice(pos + 9, end));
      pos = end + 1;
    } else if (src.startsWith('</', pos)) {
      const name = readName(src, pos + 2);
      const top = stack.pop();
      if (!top || top.name !== name) throw fail(`unexpected closing tag </${name}>`, pos);
      const end = src.indexOf('>', pos);
      if (end === -1) throw fail('unterminated closing tag', pos);
      pos = end + 1;
    } else {
      const name = readName(src, pos + 1);
      const element = { name, attributes: Object.create(null), children: [] };
      let cursor = pos + 1 + name.length;
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const m = ATTRIBUTE.exec(src);
        if (!m) break;
        const raw = m[2] !== undefined ? m[2] : m[3];
        // safe: CWE-1321
        element.attributes[m[1]] = expandText(raw, document.doctype, options);
        cursor = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = cursor;
      const end = TAG_END.exec(src);
      if (!end) throw fail(`malformed start tag <${name}>`, pos);
      if (stack.length) {
        stack[stack.length - 1].children.push(element);
      } else if (document.root) {
        throw fail('more than one root element', pos);
      } else {
        document.root = element;
      }
      if (end[1] !== '/') stack.push(element);
      pos = TAG_END.lastIndex;
    }
  }

  if (stack.length) throw fail(`unclosed element <${stack[stack.length - 1].name}>`, pos);
  if (!document.root) throw fail('no root element', pos);
  return document;
}

/** Concatenated text of an element and its descendants. */
function textContent(node) {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}

/** Depth-first search for the first element called `name`. */
function find(node, name) {
  if (typeof node === 'string') return null;
  if (node.name === name) return node;
  for (const child of node.children) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return null;
}

module.exports = { parse, textContent, find };
