'use strict';

// Wrappers of an event-based archive reader: each hands the entries it reads to its caller's
// callback. What the callback does with an entry's name is decided in other functions and files.
const path = require('path');
const yauzl = require('yauzl');
const tarStream = require('tar-stream');

function openZip(zipPath) {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => (err ? reject(err) : resolve(zipfile)));
  });
}

/** Calls `visit` with every entry's stored name (from a listener nested in a promise executor). */
async function walkEntries(zipPath, visit) {
  const zipfile = await openZip(zipPath);
  await new Promise((resolve, reject) => {
    zipfile.on('end', resolve);
    zipfile.on('entry', (entry) => {
      const info = { name: entry.fileName.replace(/\\/g, '/'), size: entry.uncompressedSize };
      Promise.resolve(visit(info)).then(() => zipfile.readEntry(), reject);
    });
    zipfile.readEntry();
  });
}

/** Node-style: `onEntry(err, name, stream, next)` straight from tar-stream's listener. */
function eachTarEntry(input, onEntry) {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => onEntry(null, header.name, stream, next));
  input.pipe(extract);
}

/** The listener hands entries on through a closure of the wrapper that calls the callback. */
function eachEntryVia(zipPath, visit) {
  const emit = (name, size) => visit({ name, size });
  yauzl.open(zipPath, (err, zipfile) => {
    if (err) throw err;
    zipfile.on('entry', (entry) => emit(entry.fileName, entry.uncompressedSize));
  });
}

/** Only the base name is handed on: no directory part survives. */
function eachFlatEntry(zipPath, visit) {
  yauzl.open(zipPath, (err, zipfile) => {
    if (err) return visit(err);
    zipfile.on('entry', (entry) => visit(null, path.basename(entry.fileName)));
  });
}

/** Names are resolved below `dest` and refused when they leave it. */
function eachContainedEntry(zipPath, dest, visit) {
  const root = path.resolve(dest);
  yauzl.open(zipPath, (err, zipfile) => {
    if (err) return visit(err);
    zipfile.on('entry', (entry) => {
      const target = path.resolve(root, entry.fileName);
      if (target !== root && !target.startsWith(root + path.sep)) return zipfile.close();
      visit(null, target);
    });
  });
}

/** The callback gets a numbered name the wrapper makes up, never the stored one. */
function eachNumberedEntry(zipPath, visit) {
  let n = 0;
  yauzl.open(zipPath, (err, zipfile) => {
    if (err) return visit(err);
    zipfile.on('entry', (entry) => visit(null, `part-${++n}.bin`, entry.uncompressedSize));
  });
}

module.exports = { walkEntries, eachTarEntry, eachEntryVia, eachFlatEntry, eachContainedEntry, eachNumberedEntry };
