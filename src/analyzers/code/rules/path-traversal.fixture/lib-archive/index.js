// A library that unpacks tar buffers: entry names come out of a generator reading the headers.
const fs = require('fs');
const path = require('path');

function* entries(buffer) {
  let offset = 0;
  while (offset + 512 <= buffer.length) {
    const header = buffer.subarray(offset, offset + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) return;
    const size = parseInt(header.subarray(124, 136).toString('utf8'), 8) || 0;
    yield { name, data: buffer.subarray(offset + 512, offset + 512 + size) };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

function extract(buffer, destination) {
  for (const entry of entries(buffer)) {
    // ruleid: js/path-traversal
    fs.writeFileSync(path.join(destination, entry.name), entry.data);
  }
}

// The entry may name the destination itself or anything inside it, nothing else.
function extractChecked(buffer, destination) {
  const root = path.resolve(destination);
  for (const entry of entries(buffer)) {
    const target = path.resolve(root, entry.name);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`outside: ${entry.name}`);
    // ok: js/path-traversal
    fs.writeFileSync(target, entry.data);
  }
}

// Equal to some other path proves nothing about where it points.
function extractCompared(buffer, destination, previous) {
  const root = path.resolve(destination);
  for (const entry of entries(buffer)) {
    const target = path.join(root, entry.name);
    if (target !== previous && !target.startsWith(root)) throw new Error('outside');
    // ruleid: js/path-traversal
    fs.writeFileSync(target, entry.data);
  }
}

module.exports = { extract, extractChecked, extractCompared };
