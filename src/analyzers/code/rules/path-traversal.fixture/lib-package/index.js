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

module.exports = { readDefaults, readAsset, readAssetSafe, readJson, readManifest, loadLocale, removeUpload, removeUploadSafe, readNormalized };
