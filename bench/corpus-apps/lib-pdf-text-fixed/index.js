'use strict';

const { execFileSync } = require('child_process');

/**
 * Text of a PDF, one string per page.
 * @param {string} filePath
 * @param {{ layout?: boolean, firstPage?: number, lastPage?: number }} [options]
 */
function extractText(filePath, options = {}) {
  const flags = [];
  if (options.layout) flags.push('-layout');
  if (options.firstPage) flags.push('-f', String(Math.trunc(Number(options.firstPage))));
  if (options.lastPage) flags.push('-l', String(Math.trunc(Number(options.lastPage))));
  // safe: CWE-78
  const text = execFileSync('pdftotext', [...flags, '--', filePath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Number of pages, from `pdfinfo`. */
function pageCount(filePath) {
  // safe: CWE-78
  const info = execFileSync('pdfinfo', [filePath], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)$/m.exec(info);
  return match ? Number(match[1]) : 0;
}

module.exports = { extractText, pageCount };
