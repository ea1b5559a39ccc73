'use strict';

// The same shape within one file: the wrapper and the callback that writes the entry.
const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');

function forEachEntry(zipPath, cb) {
  yauzl.open(zipPath, (err, zipfile) => {
    if (err) return cb(err);
    zipfile.on('entry', (entry) => cb(null, { path: entry.fileName, size: entry.uncompressedSize }));
  });
}

function unpack(zipPath, dest) {
  forEachEntry(zipPath, (err, entry) => {
    if (err) throw err;
    const target = path.join(dest, entry.path);
    // ruleid: js/zip-slip
    fs.writeFileSync(target, '');
  });
}

function unpackChecked(zipPath, dest) {
  const root = path.resolve(dest);
  forEachEntry(zipPath, (err, entry) => {
    if (err) throw err;
    const target = path.resolve(root, entry.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`entry outside ${root}`);
    // ok: js/zip-slip
    fs.writeFileSync(target, '');
  });
}

/** The size is the only thing written, to a fixed file. */
function sizes(zipPath, dest) {
  forEachEntry(zipPath, (err, entry) => {
    if (err) throw err;
    // ok: js/zip-slip
    fs.appendFileSync(path.join(dest, 'sizes.log'), `${entry.size}\n`);
  });
}

module.exports = { unpack, unpackChecked, sizes };
