'use strict';

// A template's source is the caller's own code: slow to match only on what they wrote themselves.
function compileLines(template) {
  // ok: js/redos
  const lines = String(template).replace(/[ \t]+$/gm, '').split('\n');
  return lines.map((l) => JSON.stringify(l)).join(' + "\\n" + ');
}

// …but nested repetition hangs on a few dozen characters of anyone's text.
function tagsOf(source) {
  // ruleid: js/redos
  const m = /^\{\{((?:[a-z]+\s?)*)\}\}$/.exec(String(source));
  return m ? m[1].split(' ') : [];
}

module.exports = { compileLines, tagsOf };
