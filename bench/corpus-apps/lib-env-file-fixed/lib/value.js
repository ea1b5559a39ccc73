'use strict';

// the characters an unquoted value may hold (the comment is cut off first)
const VALUE = /^[\w./:@+,=%${}\s-]*$/;

const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * A quoted value: everything up to the matching quote; double quotes understand \n, \t, \" and \\.
 * @param {string} rest text after `=`, starting with the quote
 * @returns {string|null}
 */
function quoted(rest) {
  const q = rest[0];
  let end = rest.indexOf(q, 1);
  while (q === '"' && end > 0 && rest[end - 1] === '\\') end = rest.indexOf(q, end + 1);
  if (end === -1) return null;
  const body = rest.slice(1, end);
  return q === '"' ? body.replace(/\\([nrt"\\])/g, (_, c) => ESCAPES[c]) : body;
}

/**
 * An unquoted value, without its trailing comment.
 * @param {string} rest text after `=`, trimmed
 * @returns {string|null}
 */
function unquoted(rest) {
  const hash = rest.indexOf('#');
  const value = (hash === -1 ? rest : rest.slice(0, hash)).trim();
  // safe: CWE-1333
  return VALUE.test(value) ? value : null;
}

module.exports = { quoted, unquoted };
