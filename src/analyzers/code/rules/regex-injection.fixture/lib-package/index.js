// A library package: `term` and `word` are literal text chosen by the caller, not patterns.
function highlight(text, term) {
  // ruleid: js/regex-injection
  return String(text).replace(new RegExp(term, 'gi'), (m) => `[${m}]`);
}

function highlightSafe(text, term) {
  const escaped = String(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js/regex-injection
  return String(text).replace(new RegExp(escaped, 'gi'), (m) => `[${m}]`);
}

function startsWithWord(text, word) {
  // ruleid: js/regex-injection
  return new RegExp('^' + word + '\\b', 'i').test(text);
}

// A parameter that is a pattern by contract: compiling it is this function's job.
function matches(value, pattern) {
  // ok: js/regex-injection
  return new RegExp(pattern).test(value);
}

module.exports = { highlight, highlightSafe, startsWithWord, matches };
