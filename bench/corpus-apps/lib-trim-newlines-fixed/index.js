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

/** Removes trailing newlines, scanning back from the end once (a regex rescans every run). */
function end(string) {
  const s = String(string);
  let i = s.length;
  while (i > 0 && (s[i - 1] === '\r' || s[i - 1] === '\n')) i--;
  // safe: CWE-1333
  return i < s.length ? s.slice(0, i) : s;
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
