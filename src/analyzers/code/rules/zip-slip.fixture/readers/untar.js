'use strict';

// A hand-written tar reader: each 512-byte header starts with the entry's name (100 bytes). Writing
// to `path.join(dest, name)` lets an entry named `../../.bashrc` land outside dest.
const fs = require('fs');
const path = require('path');

function untar(buf, dest) {
  for (let off = 0; off + 512 <= buf.length;) {
    const name = buf.toString('utf8', off, off + 100).split('\0')[0];
    const size = parseInt(buf.toString('ascii', off + 124, off + 136), 8) || 0;
    const target = path.join(dest, name);
    // ruleid: js/zip-slip
    fs.writeFileSync(target, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
}

function untarChecked(buf, dest) {
  const root = path.resolve(dest);
  for (let off = 0; off + 512 <= buf.length;) {
    const name = buf.subarray(off, off + 100).toString('utf8').split('\0')[0];
    const size = parseInt(buf.toString('ascii', off + 124, off + 136), 8) || 0;
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep)) throw new Error(`entry outside ${root}: ${name}`);
    // ok: js/zip-slip
    fs.writeFileSync(target, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
}

// A zip's local file header: the name follows the 30 fixed bytes.
function firstZipEntry(buf, dest) {
  const nameLength = buf.readUInt16LE(26);
  const fileName = buf.toString('utf8', 30, 30 + nameLength);
  // ruleid: js/zip-slip
  fs.writeFileSync(path.join(dest, fileName), buf.subarray(30 + nameLength, buf.readUInt32LE(18) + 30 + nameLength));
}

function copyHeaderBytes(buf, dest) {
  // Not a name field: a fixed-size record copied to a file of the caller's naming.
  const record = buf.toString('utf8', 0, 64);
  // ok: js/zip-slip
  fs.writeFileSync(path.join(dest, 'header.txt'), record);
}

// tar-stream's entry callback, on an extractor the caller hands in.
function extractEntries(extractor, dest) {
  extractor.on('entry', (header, stream, next) => {
    const target = path.join(dest, header.name);
    // ruleid: js/zip-slip
    stream.pipe(fs.createWriteStream(target));
    stream.on('end', next);
  });
}

function extractEntriesFlat(extractor, dest) {
  extractor.on('entry', (header, stream, next) => {
    // ok: js/zip-slip
    stream.pipe(fs.createWriteStream(path.join(dest, path.basename(header.name))));
    stream.on('end', next);
  });
}

module.exports = { untar, untarChecked, firstZipEntry, copyHeaderBytes, extractEntries, extractEntriesFlat };
