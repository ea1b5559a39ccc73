'use strict';

// words separated by single blanks, then an optional "# comment"
const VALUE = /^((?:[\w./:@+,=%${}-]+\s?)*)(?:\s*#.*)?$/;

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
  // vuln: CWE-1333
  const m = VALUE.exec(rest);
  return m ? m[1].trim() : null;
}

module.exports = { quoted, unquoted };
