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

// String.prototype.match compiles a string argument.
function findWord(text, word) {
  const s = `${text}`;
  // ruleid: js/regex-injection
  return s.match(word + '\\b');
}

// `.match()` of an object the caller configured (a matcher), not of a string.
function select(files, options) {
  // ok: js/regex-injection
  return files.filter((f) => options.matcher.match(f));
}

// A glob compiler: the options that shape the regex are part of the pattern language.
function globToRegExp(glob, options = {}) {
  const body = String(glob).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  // ok: js/regex-injection
  return new RegExp(`${options.prefix || '^'}${body}$`, options.flags);
}

// Compiled only to see whether it is valid: nothing is matched with it.
function isValidRange(from, to) {
  try {
    // ok: js/regex-injection
    new RegExp(`[${from}-${to}]`);
    return true;
  } catch {
    return false;
  }
}

// A function that takes a glob builds regexes for a living: its options configure them, even
// where the glob's own text is out of sight (a cache of compiled bodies).
const compiledBodies = new Map();
function matcher(glob, options = {}) {
  if (!compiledBodies.has(glob)) compiledBodies.set(glob, String(glob).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'));
  // ok: js/regex-injection
  return new RegExp(`${options.anchor || '^'}${compiledBodies.get(glob)}$`);
}

// No pattern parameter: an option spliced into a regex is text inserted into it.
function splitter(text, options = {}) {
  // ruleid: js/regex-injection
  return String(text).split(new RegExp(`\\s*${options.separator || ','}\\s*`));
}

// The caller's allow-list entries reach a helper whose parameter is a pattern: compiling it is its job.
function compileEntry(pattern) {
  // ok: js/regex-injection
  return new RegExp(String(pattern).replace(/\*/g, '[^.]+'), 'i');
}
function isAllowed(origin, allowed) {
  return [].concat(allowed).some((entry) => compileEntry(entry).test(origin));
}

// Route tokens compiled by a function named for it (path-to-regexp's tokensToRegexp).
function tokensToRegexp(tokens) {
  let route = '^';
  for (const t of tokens) route += typeof t === 'string' ? t.replace(/[.+*?^${}()|[\]\\/]/g, '\\$&') : `(${t.pattern})`;
  // ok: js/regex-injection
  return new RegExp(`${route}$`, 'i');
}
function route(path, options = {}) {
  return tokensToRegexp([String(path), { pattern: options.param || '[^/]+' }]);
}

// A helper that is neither: the caller's word is text inserted into a regex.
function wordRegex(word) {
  // ruleid: js/regex-injection
  return new RegExp(`\\b${word}\\b`, 'g');
}
function countWord(text, word) {
  return (String(text).match(wordRegex(word)) || []).length;
}

// Named as building a regex, not as compiling a pattern language: the term is still literal text.
function buildRegex(term) {
  // ruleid: js/regex-injection
  return new RegExp(`^${term}`, 'i');
}
function startsWithTerm(text, term) {
  return buildRegex(term).test(String(text));
}

// A parameter named as one character is a delimiter: a single atom, whatever the caller picks.
function stripQuotes(text, quoteChar) {
  quoteChar = quoteChar || '"';
  // ok: js/regex-injection
  return String(text).replace(new RegExp(quoteChar, 'g'), '');
}

// Named as a delimiter of any length: text inserted into the regex.
function stripDelimiter(text, delimiter) {
  delimiter = delimiter || '"';
  // ruleid: js/regex-injection
  return String(text).replace(new RegExp(delimiter, 'g'), '');
}

module.exports = { stripQuotes, stripDelimiter, highlight, highlightSafe, startsWithWord, matches, findWord, select, globToRegExp, isValidRange, matcher, splitter, isAllowed, route, countWord, startsWithTerm };
