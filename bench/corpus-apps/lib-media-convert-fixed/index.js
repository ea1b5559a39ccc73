'use strict';

const { Converter } = require('./lib/converter');
const { version } = require('./lib/ffmpeg');

/**
 * Converts one media file with a throw-away {@link Converter}.
 * @param {string} input path of the source file
 * @param {string} output path of the file to write (the container follows its extension)
 * @param {import('./lib/options').ConvertOptions} [options]
 * @returns {Promise<{ output: string, log: string }>}
 */
function convert(input, output, options) {
  return new Converter(options).convert(input, output);
}

/**
 * Grabs one frame of `input` as an image.
 * @param {string} input
 * @param {string} output e.g. `thumb.jpg`
 * @param {{ time?: number|string, width?: number, height?: number }} [options]
 */
function thumbnail(input, output, options = {}) {
  return new Converter().thumbnail(input, output, options);
}

module.exports = { convert, thumbnail, version, Converter };
