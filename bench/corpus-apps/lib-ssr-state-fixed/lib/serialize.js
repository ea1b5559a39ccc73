import { randomBytes } from 'node:crypto';

// Characters that would let JSON text close the surrounding <script> element or break a
// JavaScript string literal in older engines.
const UNSAFE_CHARS = /[<>\/\u2028\u2029]/g;
const ESCAPED_CHARS = {
  '<': '\\u003C',
  '>': '\\u003E',
  '/': '\\u002F',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

const UID = randomBytes(8).toString('hex');
const PLACEHOLDER = new RegExp(`"@__(R|D|U)-${UID}-(\\d+)__@"`, 'g');

function escapeUnsafeChars(text) {
  return text.replace(UNSAFE_CHARS, (c) => ESCAPED_CHARS[c]);
}

/**
 * Like `JSON.stringify`, but keeps `Date`, `RegExp` and `undefined` values as JavaScript
 * expressions, and the result can be placed inside a `<script>` element.
 *
 * @example
 *   serialize({ since: new Date(0), filter: /^inv-\d+$/i })
 *   // => '{"since":new Date("1970-01-01T00:00:00.000Z"),"filter":new RegExp("^inv-\\\\d+$", "i")}'
 */
export function serialize(value, { space } = {}) {
  const regexps = [];
  const dates = [];
  let undefinedCount = 0;

  const json = JSON.stringify(value, function replacer(key, current) {
    const original = this[key];
    if (original instanceof RegExp) return `@__R-${UID}-${regexps.push(original) - 1}__@`;
    if (original instanceof Date) return `@__D-${UID}-${dates.push(original) - 1}__@`;
    if (original === undefined && key !== '') return `@__U-${UID}-${undefinedCount++}__@`;
    return current;
  }, space);

  if (json === undefined) return 'undefined';

  return escapeUnsafeChars(json).replace(PLACEHOLDER, (match, type, index) => {
    if (type === 'D') return `new Date(${JSON.stringify(dates[index].toISOString())})`;
    if (type === 'U') return 'undefined';
    const { source, flags } = regexps[index];
    // safe: CWE-79
    return `new RegExp(${escapeUnsafeChars(JSON.stringify(source))}, ${JSON.stringify(flags)})`;
  });
}
