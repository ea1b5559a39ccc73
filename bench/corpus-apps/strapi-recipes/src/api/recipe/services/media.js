'use strict';

const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const run = promisify(exec);
const runFile = promisify(execFile);

module.exports = ({ strapi }) => ({
  async variant(file, size, gravity) {
    const src = path.join(strapi.dirs.static.public, file.url);
    const out = src.replace(/(\.\w+)$/, `-${Date.now()}$1`);
    // vuln: CWE-78
    await run(`convert "${src}" -gravity ${gravity} -resize ${size} "${out}"`);
    return out;
  },

  async stripMetadata(file) {
    const src = path.join(strapi.dirs.static.public, file.url);
    // safe: CWE-78
    await runFile('exiftool', ['-overwrite_original', '-all=', '--', src]);
  },
});
