'use strict';

const BIN = 'ffmpeg';

function quote(file) {
  return `"${file}"`;
}

function scaleFilter(o) {
  return `scale=${o.width || -2}:${o.height || -2}`;
}

/**
 * Builds the command line converting `input` into `output`.
 * @param {string} input
 * @param {string} output
 * @param {import('./options').ConvertOptions} o normalized options
 * @returns {string}
 */
function buildConvert(input, output, o) {
  const parts = [BIN, '-hide_banner', '-loglevel', 'error', o.overwrite ? '-y' : '-n'];
  parts.push('-i', quote(input));
  if (o.codec) parts.push('-c:v', o.codec);
  if (o.bitrate) parts.push('-b:v', o.bitrate);
  if (o.width || o.height) parts.push('-vf', scaleFilter(o));
  if (o.fps) parts.push('-r', String(o.fps));
  if (!o.audio) parts.push('-an');
  if (o.format) parts.push('-f', o.format);
  parts.push(quote(output));
  return parts.join(' ');
}

/**
 * Builds the command line grabbing a single frame at `timestamp`.
 * @returns {string}
 */
function buildThumbnail(input, output, timestamp, o) {
  const parts = [BIN, '-hide_banner', '-loglevel', 'error', '-y', '-ss', timestamp];
  parts.push('-i', quote(input), '-frames:v', '1');
  if (o.width || o.height) parts.push('-vf', scaleFilter(o));
  parts.push(quote(output));
  return parts.join(' ');
}

module.exports = { buildConvert, buildThumbnail };
