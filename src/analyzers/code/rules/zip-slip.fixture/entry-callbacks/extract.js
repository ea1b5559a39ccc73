'use strict';

// Callers in another file: what a wrapper's callback receives is the archive's entry name.
const fs = require('fs');
const fse = require('fs-extra');
const path = require('path');
const { walkEntries, eachTarEntry, eachEntryVia, eachFlatEntry, eachContainedEntry, eachNumberedEntry } = require('./entries');

async function writeEntry(dest, name, data) {
  const target = path.join(dest, name.replace(/^\/+/, ''));
  // ruleid: js/zip-slip
  await fse.outputFile(target, data);
  return target;
}

async function extract(zipPath, dest) {
  await walkEntries(zipPath, async (entry) => {
    if (entry.name.endsWith('/')) return;
    await writeEntry(dest, entry.name, Buffer.alloc(0));
  });
}

function untar(input, dest) {
  eachTarEntry(input, (err, name, stream, next) => {
    if (err) throw err;
    stream.on('end', next);
    // ruleid: js/zip-slip
    stream.pipe(fs.createWriteStream(path.join(dest, name)));
  });
}

function extractVia(zipPath, dest) {
  eachEntryVia(zipPath, (entry) => {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(dest, entry.name), '');
  });
}

/** Only the size is used, in a fixed file name. */
function sizesVia(zipPath, dest) {
  eachEntryVia(zipPath, (entry) => {
    // ok: js/zip-slip
    fs.appendFileSync(path.join(dest, 'sizes.txt'), `${entry.size}\n`);
  });
}

function extractFlat(zipPath, dest) {
  eachFlatEntry(zipPath, (err, name) => {
    if (err) throw err;
    // ok: js/zip-slip
    fs.writeFileSync(path.join(dest, name), '');
  });
}

function extractContained(zipPath, dest) {
  eachContainedEntry(zipPath, dest, (err, target) => {
    if (err) throw err;
    // ok: js/zip-slip
    fs.writeFileSync(target, '');
  });
}

function extractNumbered(zipPath, dest) {
  eachNumberedEntry(zipPath, (err, name) => {
    if (err) throw err;
    // ok: js/zip-slip
    fs.writeFileSync(path.join(dest, name), '');
  });
}

/** Names are listed, and written into a fixed index file: no path is built from them. */
async function index(zipPath, dest) {
  const names = [];
  await walkEntries(zipPath, (entry) => {
    names.push(entry.name);
  });
  // ok: js/zip-slip
  fs.writeFileSync(path.join(dest, 'index.txt'), names.join('\n'));
}

module.exports = { extract, untar, extractVia, sizesVia, extractFlat, extractContained, extractNumbered, index };
