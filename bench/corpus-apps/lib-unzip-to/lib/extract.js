'use strict';

const path = require('path');
const fse = require('fs-extra');
const AdmZip = require('adm-zip');

/**
 * Extracts the entries of `source` (a path or a Buffer) below `targetDir`.
 * @param {string|Buffer} source
 * @param {string} targetDir
 * @param {{ filter?: (name: string) => boolean, onEntry?: (name: string) => void }} [options]
 * @returns {string[]} the written files
 */
function extract(source, targetDir, options = {}) {
  const zip = new AdmZip(source);
  const written = [];
  for (const entry of zip.getEntries()) {
    if (options.filter && !options.filter(entry.entryName)) continue;
    if (entry.isDirectory) continue;
    // vuln: CWE-22
    fse.outputFileSync(path.join(targetDir, entry.entryName), entry.getData());
    written.push(path.join(targetDir, entry.entryName));
    if (options.onEntry) options.onEntry(entry.entryName);
  }
  return written;
}

/** Lists the entry names without extracting anything. */
function list(source) {
  // safe: CWE-22
  return new AdmZip(source).getEntries().map((e) => e.entryName);
}

/** Reads one entry as text. */
function readText(source, name) {
  const entry = new AdmZip(source).getEntry(name);
  return entry ? entry.getData().toString('utf8') : null;
}

module.exports = { extract, list, readText };
