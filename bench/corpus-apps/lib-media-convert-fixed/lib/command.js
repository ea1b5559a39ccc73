'use strict';

const path = require('path');

function file(p) {
  // absolute, so a name like "-f" is never read as an option
  return path.resolve(String(p));
}

function scaleFilter(o) {
  return `scale=${o.width || -2}:${o.height || -2}`;
}

/**
 * Builds the ffmpeg arguments converting `input` into `output`.
 * @param {string} input
 * @param {string} output
 * @param {import('./options').ConvertOptions} o normalized options
 * @returns {string[]}
 */
function buildConvert(input, output, o) {
  const args = ['-hide_banner', '-loglevel', 'error', o.overwrite ? '-y' : '-n'];
  args.push('-i', file(input));
  if (o.codec) args.push('-c:v', String(o.codec));
  if (o.bitrate) args.push('-b:v', String(o.bitrate));
  if (o.width || o.height) args.push('-vf', scaleFilter(o));
  if (o.fps) args.push('-r', String(o.fps));
  if (!o.audio) args.push('-an');
  if (o.format) args.push('-f', String(o.format));
  args.push(file(output));
  return args;
}

/**
 * Builds the ffmpeg arguments grabbing a single frame at `timestamp`.
 * @returns {string[]}
 */
function buildThumbnail(input, output, timestamp, o) {
  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-ss', timestamp];
  args.push('-i', file(input), '-frames:v', '1');
  if (o.width || o.height) args.push('-vf', scaleFilter(o));
  args.push(file(output));
  return args;
}

module.exports = { buildConvert, buildThumbnail };
