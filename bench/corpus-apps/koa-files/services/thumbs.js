'use strict';

const { execSync, execFileSync } = require('child_process');
const path = require('path');

const THUMB_DIR = '/srv/koa-files/thumbs';

function videoThumbnail(filePath, at) {
  const out = path.join(THUMB_DIR, `${path.basename(filePath)}.jpg`);
  // vuln: CWE-78
  execSync(`ffmpeg -y -ss ${at} -i "${filePath}" -frames:v 1 ${out}`, { timeout: 20000 });
  return out;
}

function imageThumbnail(filePath, width) {
  const out = path.join(THUMB_DIR, `${path.basename(filePath)}.png`);
  // safe: CWE-78
  execFileSync('convert', [filePath, '-thumbnail', `${Number(width) || 200}x`, out], { timeout: 20000 });
  return out;
}

module.exports = { videoThumbnail, imageThumbnail };
