'use strict';

const fs = require('fs');
const path = require('path');

/**
 * Drops `strip` leading components from an entry name; returns '' when nothing is left.
 * @param {string} name
 * @param {number} strip
 */
function stripComponents(name, strip) {
  const parts = String(name).replace(/\\/g, '/').split('/').filter((p) => p && p !== '.');
  return parts.slice(strip).join('/');
}

/**
 * Absolute destination of an entry; throws when the name would leave `dest`
 * (`../x`, `/etc/x`, `a/../../x`).
 * @param {string} dest resolved extraction folder
 * @param {string} name entry name after stripComponents()
 * @returns {string}
 */
function entryPath(dest, name) {
  const target = path.resolve(dest, name);
  if (target !== dest && !target.startsWith(dest + path.sep)) {
    throw new Error(`Refusing to extract "${name}" outside ${dest}`);
  }
  return target;
}

/**
 * Target of a symlink entry, checked like an entry name: resolved from the link's own folder,
 * it must stay inside `dest`. Absolute link targets are refused.
 * @param {string} dest
 * @param {string} target   where the link itself is created (from entryPath())
 * @param {string} linkname the link text from the archive
 * @returns {string} the link text to write (unchanged)
 */
function linkTarget(dest, target, linkname) {
  const text = String(linkname);
  const resolved = path.resolve(path.dirname(target), text);
  if (path.isAbsolute(text) || (resolved !== dest && !resolved.startsWith(dest + path.sep))) {
    throw new Error(`Refusing symlink ${path.relative(dest, target)} -> ${text}: it points outside ${dest}`);
  }
  return text;
}

/**
 * Throws when a folder between `dest` and `target` is a symlink, so nothing is ever written
 * through a link created by an earlier entry (links chained through other links can point
 * outside even when each link text looks harmless).
 * @param {string} dest
 * @param {string} target
 */
async function assertRealParents(dest, target) {
  const parts = path.relative(dest, path.dirname(target)).split(path.sep).filter(Boolean);
  let dir = dest;
  for (const part of parts) {
    dir = path.join(dir, part);
    let st;
    try {
      st = await fs.promises.lstat(dir);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (st.isSymbolicLink()) throw new Error(`Refusing to extract through the symlink ${path.relative(dest, dir)}`);
  }
}

/**
 * Removes an existing symlink at `target` so a file entry replaces it instead of writing
 * through it.
 * @param {string} target
 */
async function unlinkIfSymlink(target) {
  try {
    if ((await fs.promises.lstat(target)).isSymbolicLink()) await fs.promises.unlink(target);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

module.exports = { stripComponents, entryPath, linkTarget, assertRealParents, unlinkIfSymlink };
