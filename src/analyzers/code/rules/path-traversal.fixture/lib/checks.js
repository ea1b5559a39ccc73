// Validators used by ../routes/documents.js: what they accept is read from their bodies.
const path = require('path');

const DOCS_ROOT = path.resolve(__dirname, '..', 'documents');

// Named like a path check, but only limits the length: `../../etc/passwd` passes.
exports.isSafePath = (p) => typeof p === 'string' && p.length < 200;

// Rejects separators and parent segments: a single file name.
exports.isAllowedFile = function (name) {
  if (name.includes('..')) return false;
  if (name.includes('/') || name.includes('\\')) return false;
  return true;
};

// Resolves, then checks containment; null when the path leaves the root.
exports.insideDocs = (relative) => {
  const base = path.resolve(DOCS_ROOT);
  const target = path.resolve(base, relative);
  return target === base || target.startsWith(base + path.sep) ? target : null;
};

// Throws unless the name is one plain file name: after `assertFileName(x);` x cannot climb out.
exports.assertFileName = function assertFileName(name) {
  if (typeof name !== 'string') throw new TypeError('file name must be a string');
  if (!/^[\w-]+\.(pdf|txt)$/.test(name)) throw new Error(`bad file name: ${name}`);
};

// Returns early for the caller's "trusted" mode before checking anything: proves nothing.
exports.assertMaybe = function assertMaybe(name, opts) {
  if (opts && opts.trusted) return;
  if (!/^[\w-]+\.(pdf|txt)$/.test(name)) throw new Error('bad file name');
};

exports.DOCS_ROOT = DOCS_ROOT;
