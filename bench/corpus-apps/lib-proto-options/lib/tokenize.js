'use strict';

const DELIM = /[\s{}=;:[\],'"()<>]/g;
const STRING_DQ = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g;
const STRING_SQ = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g;

const ESCAPES = { 0: '\0', r: '\r', n: '\n', t: '\t' };

function unescape(str) {
  return str.replace(/\\(.?)/g, (_, c) => (c in ESCAPES ? ESCAPES[c] : c || ''));
}

/**
 * Splits .proto source into tokens. Comments are skipped; string literals are
 * returned without their quotes (callers check `isString` via the quote peek).
 */
function tokenize(source) {
  source = String(source);
  let offset = 0;
  let line = 1;
  const stack = [];
  let stringDelim = null;

  function illegal(subject) {
    return new Error(`illegal ${subject} (line ${line})`);
  }

  function readString() {
    const re = stringDelim === "'" ? STRING_SQ : STRING_DQ;
    re.lastIndex = offset - 1;
    const match = re.exec(source);
    if (!match) throw illegal('string');
    offset = re.lastIndex;
    push(stringDelim);
    stringDelim = null;
    return unescape(match[1]);
  }

  function push(token) {
    stack.push(token);
  }

  function next() {
    if (stack.length > 0) return stack.shift();
    if (stringDelim) return readString();
    let repeat;
    let prev;
    let curr;
    do {
      if (offset === source.length) return null;
      repeat = false;
      while (/\s/.test((curr = source.charAt(offset)))) {
        if (curr === '\n') line++;
        if (++offset === source.length) return null;
      }
      if (source.charAt(offset) === '/') {
        if (++offset === source.length) throw illegal('comment');
        if (source.charAt(offset) === '/') {
          while (source.charAt(++offset) !== '\n') if (offset === source.length) return null;
          ++offset;
          ++line;
          repeat = true;
        } else if ((curr = source.charAt(offset)) === '*') {
          do {
            if (curr === '\n') ++line;
            if (++offset === source.length) throw illegal('comment');
            prev = curr;
            curr = source.charAt(offset);
          } while (prev !== '*' || curr !== '/');
          ++offset;
          repeat = true;
        } else {
          return '/';
        }
      }
    } while (repeat);

    let end = offset;
    DELIM.lastIndex = 0;
    const delim = DELIM.test(source.charAt(end++));
    if (!delim) while (end < source.length && !DELIM.test(source.charAt(end))) ++end;
    const token = source.substring(offset, (offset = end));
    if (token === '"' || token === "'") stringDelim = token;
    return token;
  }

  function peek() {
    if (!stack.length) {
      const token = next();
      if (token === null) return null;
      push(token);
    }
    return stack[0];
  }

  function skip(expected, optional) {
    const actual = peek();
    const equals = actual === expected;
    if (equals) {
      next();
      return true;
    }
    if (!optional) throw illegal(`token '${actual}', '${expected}' expected`);
    return false;
  }

  return { next, peek, push, skip, line: () => line, illegal };
}

module.exports = { tokenize, unescape };
