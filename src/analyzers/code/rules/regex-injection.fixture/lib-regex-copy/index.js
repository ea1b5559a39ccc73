// A deep-clone package: a RegExp the caller hands over is copied as the pattern it already is.
function cloneRegExp(original) {
  // ok: js/regex-injection
  const copy = new RegExp(original.source, original.flags);
  copy.lastIndex = original.lastIndex;
  return copy;
}

function clone(value) {
  if (value instanceof RegExp) return cloneRegExp(value);
  if (Array.isArray(value)) return value.map(clone);
  return value;
}

// Flags spelled out one by one are still the same regex's.
function withGlobal(original) {
  // ok: js/regex-injection
  return new RegExp(original.source, `${original.ignoreCase ? 'i' : ''}g`);
}

// Tested as a RegExp first: its own pattern, whatever flags are added.
function sticky(token) {
  if (token instanceof RegExp) {
    // ok: js/regex-injection
    return new RegExp(token.source, 'y');
  }
  // ruleid: js/regex-injection
  return new RegExp(`^(?:${token})`, 'y');
}

// `.source` of a plain options object is text the caller wrote, not a copy of a regex.
function tokenizer(options) {
  // ruleid: js/regex-injection
  return new RegExp(`${options.source}+`, 'g');
}

// Pattern and flags read from different values: not one regex copied.
function retag(original, options) {
  // ruleid: js/regex-injection
  return new RegExp(options.source, original.flags);
}

module.exports = { clone, withGlobal, sticky, tokenizer, retag };
