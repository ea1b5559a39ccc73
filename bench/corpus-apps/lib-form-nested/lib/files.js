'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream');

/**
 * Writes one uploaded file to `opts.tmpDir` under a random name. The client's file name is
 * only reported back (`originalName`), never used as a path.
 *
 * @param {NodeJS.ReadableStream & { truncated?: boolean }} stream
 * @param {{ filename?: string, mimeType?: string, encoding?: string }} info
 * @param {{ tmpDir: string }} opts
 * @returns {Promise<{ path: string, originalName: string, mimeType: string, size: number, truncated: boolean }>}
 */
function saveUpload(stream, info, opts) {
  const target = path.join(opts.tmpDir, `upload-${crypto.randomBytes(12).toString('hex')}`);
  let size = 0;
  stream.on('data', (chunk) => {
    size += chunk.length;
  });
  return new Promise((resolve, reject) => {
    pipeline(stream, fs.createWriteStream(target, { mode: 0o600 }), (err) => {
      if (err) {
        fs.unlink(target, () => reject(err));
        return;
      }
      resolve({
        path: target,
        originalName: path.basename(String(info.filename || '')),
        mimeType: info.mimeType || 'application/octet-stream',
        size,
        truncated: Boolean(stream.truncated),
      });
    });
  });
}

module.exports = { saveUpload };
