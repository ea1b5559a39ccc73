'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const { stripComponents, entryPath } = require('./paths');

async function writeFileEntry(target, header, stream, o) {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const mode = (header.mode || 0o644) & ~o.fmode;
  await pipeline(stream, fs.createWriteStream(target, { mode }));
  if (header.mtime) await fs.promises.utimes(target, header.mtime, header.mtime);
}

async function writeEntry(header, stream, o) {
  const name = stripComponents(header.name, o.strip);
  if (!name || !o.filter(name, header)) return null;
  const target = entryPath(o.dest, name);

  switch (header.type) {
    case 'directory':
      await fs.promises.mkdir(target, { recursive: true, mode: (header.mode || 0o755) & ~o.dmode });
      return name;
    case 'file':
    case 'contiguous-file':
      await writeFileEntry(target, header, stream, o);
      return name;
    case 'symlink':
      if (!o.keepLinks) return null;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rm(target, { force: true });
      // vuln: CWE-22
      await fs.promises.symlink(header.linkname, target);
      return name;
    case 'link': {
      if (!o.keepLinks) return null;
      // hard links point at another entry of the same archive
      const existing = entryPath(o.dest, stripComponents(header.linkname, o.strip));
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.link(existing, target);
      return name;
    }
    default:
      // fifos, devices and pax headers are skipped
      return null;
  }
}

/**
 * Consumes the entries of a tar-stream extractor and writes them under `o.dest`.
 * @param {import('stream').Writable} parser a `tar.extract()` stream
 * @param {ReturnType<typeof import('./options').normalizeOptions>} o
 * @returns {Promise<string[]>}
 */
function extractEntries(parser, o) {
  const written = [];
  return new Promise((resolve, reject) => {
    parser.on('entry', (header, stream, next) => {
      writeEntry(header, stream, o)
        .then((name) => {
          if (name) written.push(name);
          stream.resume();
          next();
        })
        .catch((err) => {
          stream.resume();
          parser.destroy(err);
        });
    });
    parser.on('finish', () => resolve(written));
    parser.on('error', reject);
  });
}

module.exports = { extractEntries };
