'use strict';

/** Removes newlines from both ends. */
function trimNewlines(string) {
  return end(start(string));
}

/** Removes leading newlines. */
function start(string) {
  // safe: CWE-1333
  return String(string).replace(/^[\r\n]+/, '');
}

/** Removes trailing newlines. */
function end(string) {
  // vuln: CWE-1333
  return String(string).replace(/[\r\n]+$/, '');
}

/** Converts CRLF and CR line endings to LF. */
function normalize(string) {
  // safe: CWE-1333
  return String(string).replace(/\r\n?/g, '\n');
}

module.exports = trimNewlines;
module.exports.start = start;
module.exports.end = end;
module.exports.normalize = normalize;
