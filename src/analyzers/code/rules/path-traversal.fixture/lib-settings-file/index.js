'use strict';
// A library package: which parameters name files a visitor may choose, and which the developer's settings name.
const fs = require('fs');
const path = require('path');

// Exported, and the package itself only ever passes its settings: a manifest the developer names.
function loadManifest(root, file) {
  if (!file) return {};
  // ok: js/path-traversal
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

// Exported, and the package passes a page name its own caller gave: a name below the root.
function readPage(root, name) {
  // ruleid: js/path-traversal
  return fs.readFileSync(path.join(root, name), 'utf8');
}

// A factory: its settings name files once, at start-up (`options.manifest`, `options.layout`).
function pages(root, options = {}) {
  const base = path.resolve(root);
  const manifest = loadManifest(base, options.manifest || 'manifest.json');
  // ok: js/path-traversal
  const layout = fs.readFileSync(path.join(base, options.layout), 'utf8');
  return function render(page) {
    return layout.replace('{{body}}', readPage(base, manifest[page] || page));
  };
}

module.exports = { pages, loadManifest, readPage };
