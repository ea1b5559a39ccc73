'use strict';

const { splitSection, sectionTarget, isUnsafeKey } = require('./section');
const { unquote, literal } = require('./value');

/**
 * @typedef {object} ParseOptions
 * @property {string}  [delimiter='.']  separates nested section names
 * @property {boolean} [nested=true]    false keeps `[a.b]` as one flat key
 * @property {boolean} [coerce=true]    turn `true`/`false`/`null` into literals
 * @property {boolean} [arrays=true]    `key[] = v` lines collect into an array
 */

const DEFAULTS = { delimiter: '.', nested: true, coerce: true, arrays: true };

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

const SECTION = /^\[([^\]]*)\]\s*(?:[;#].*)?$/;
const COMMENT = /^\s*(?:[;#]|$)/;

/**
 * @param {string} text
 * @param {ParseOptions} [options]
 * @returns {Record<string, any>}
 */
function parse(text, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const out = {};
  /** @type {Record<string, any>|null} null while inside an ignored section */
  let target = out;

  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (COMMENT.test(line)) continue;

    const header = SECTION.exec(line);
    if (header) {
      const name = header[1].trim();
      const path = o.nested ? splitSection(name, o.delimiter) : [name];
      target = path.length ? sectionTarget(out, path) : out;
      continue;
    }

    const eq = line.indexOf('=');
    let key = (eq === -1 ? line : line.slice(0, eq)).trim();
    let value = eq === -1 ? true : literal(unquote(line.slice(eq + 1)), o.coerce);
    if (!key || target === null) continue;

    if (o.arrays && key.endsWith('[]')) {
      key = key.slice(0, -2);
      const existing = hasOwn(target, key) ? target[key] : undefined;
      value = Array.isArray(existing) ? existing.concat([value]) : [value];
    }
    if (isUnsafeKey(key)) continue;

    // safe: CWE-1321
    target[key] = value;
  }
  return out;
}

module.exports = { parse, DEFAULTS };
