// A library package (main, no server): its exported functions' parameters come from callers.
const fs = require('fs');
const path = require('path');

function readAsset(root, relativePath) {
  // ruleid: js/path-traversal
  return fs.readFileSync(path.join(root, relativePath), 'utf8');
}

function readAssetSafe(root, relativePath) {
  const base = path.resolve(root);
  const file = path.resolve(base, relativePath);
  if (!file.startsWith(base + path.sep)) throw new Error('outside of root');
  // ok: js/path-traversal
  return fs.readFileSync(file, 'utf8');
}

// The caller names the file: reading it is this function's job.
function readJson(file) {
  // ok: js/path-traversal
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// The caller chooses the directory; what is appended is fixed.
function readManifest(dir) {
  // ok: js/path-traversal
  return fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
}

function loadLocale(dir, lang) {
  // ruleid: js/path-traversal
  return fs.readFileSync(`${dir}/locales/${lang}.json`, 'utf8');
}

function removeUpload(uploadDir, name, done) {
  const target = uploadDir + '/' + name;
  // ruleid: js/path-traversal
  fs.unlink(target, done);
}

function removeUploadSafe(uploadDir, name, done) {
  // ok: js/path-traversal
  fs.unlink(path.join(uploadDir, path.basename(name)), done);
}

function readNormalized(root, relativePath) {
  const rel = path.normalize(relativePath);
  // ruleid: js/path-traversal
  return fs.createReadStream(path.join(root, rel));
}

// Not exported: what reaches it depends on its callers below.
function readEntry(dir, name) {
  // ok: js/path-traversal
  return fs.readFileSync(path.join(dir, `${name}.json`), 'utf8');
}

// The caller's directory with a fixed entry name, through the helper: the helper's base stays the base.
function readDefaults(dir) {
  return readEntry(dir, 'defaults');
}

// Appended here and read in a helper: the helper's read is where it is reported.
function readPage(dir, page) {
  return readText(path.join(dir, 'pages', page));
}

function readText(file) {
  // ruleid: js/path-traversal
  return fs.readFileSync(file, 'utf8');
}

// The caller's folder, built on and passed on whole through a helper: still the caller's folder.
function readIndex(dir) {
  const indexDir = path.join(dir, 'index');
  return readOrEmpty(path.join(indexDir, 'entries.json'));
}

function readOrEmpty(file) {
  try {
    // ok: js/path-traversal
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// Appended, then the built folder put first again: the name is still appended.
function readNested(root, name) {
  const dir = path.join(root, name);
  // ruleid: js/path-traversal
  return fs.readFileSync(path.join(dir, 'index.json'), 'utf8');
}

// Resolved against the working directory: the caller's own relative or absolute path.
function readFromCwd(file, options = {}) {
  // ok: js/path-traversal
  const a = fs.readFileSync(path.resolve(process.cwd(), file), 'utf8');
  // ok: js/path-traversal
  const b = fs.readFileSync(path.resolve(options.cwd || process.cwd(), file), 'utf8');
  return a + b;
}

// An existence check reads nothing.
function hasPage(dir, page) {
  // ok: js/path-traversal
  return fs.existsSync(path.join(dir, 'pages', page));
}

// A private method runs with what its public callers give it, not with the caller's raw input.
class Store {
  constructor(root) {
    this.root = root;
  }

  get(id) {
    return this.#read(`${Number(id)}.json`);
  }

  #read(name) {
    // ok: js/path-traversal
    return fs.readFileSync(path.join(this.root, name), 'utf8');
  }
}

// Segment checks: a path cut at its separators with no `..` among the pieces stays below root.
function readSegments(root, name) {
  if (name.split(/[\\/]/).includes('..')) throw new Error('invalid path');
  // ok: js/path-traversal
  return fs.readFileSync(path.join(root, name), 'utf8');
}

function readSegmentsIndexOf(root, name) {
  if (name.split('/').indexOf('..') !== -1) throw new Error('invalid path');
  // ok: js/path-traversal
  return fs.readFileSync(path.join(root, name), 'utf8');
}

function readSegmentsDots(root, name) {
  // Cut at dots, not separators: `../../etc/passwd` has no piece that is `..` alone.
  if (name.split('.').includes('..')) throw new Error('invalid path');
  // ruleid: js/path-traversal
  return fs.readFileSync(path.join(root, name), 'utf8');
}

module.exports = { readSegments, readSegmentsIndexOf, readSegmentsDots, readDefaults, readAsset, readAssetSafe, readJson, readManifest, loadLocale, removeUpload, removeUploadSafe, readNormalized, readPage, readIndex, readNested, readFromCwd, hasPage, Store };
