'use strict';

const { unquoted, quoted } = require('./value');

const NEWLINE = /\r?\n|\r/;
const BLANK_OR_COMMENT = /^\s*(?:#|$)/;
const KEY = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/;

/**
 * Parses the text of a .env file.
 * @param {string|Buffer} src
 * @param {{ strict?: boolean }} [options]
 * @returns {Record<string, string>}
 */
function parse(src, options = {}) {
  const result = {};
  const lines = String(src).split(NEWLINE);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK_OR_COMMENT.test(line)) continue;
    const m = KEY.exec(line);
    const rest = m ? line.slice(m[0].length).trim() : '';
    const value = !m ? null : /^["'`]/.test(rest) ? quoted(rest) : unquoted(rest);
    if (value === null) {
      if (options.strict) throw new SyntaxError(`Malformed line ${i + 1}: ${line.slice(0, 40)}`);
      continue;
    }
    result[m[1]] = value;
  }
  return result;
}

module.exports = { parse };
