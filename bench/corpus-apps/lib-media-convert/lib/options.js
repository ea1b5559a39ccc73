'use strict';

/**
 * @typedef {object} ConvertOptions
 * @property {string} [codec]    video codec passed to `-c:v` (default `libx264`)
 * @property {string} [bitrate]  e.g. `1500k`
 * @property {string} [format]   container format forced with `-f`
 * @property {number} [width]
 * @property {number} [height]
 * @property {number} [fps]
 * @property {boolean} [audio]   keep the audio stream (default true)
 * @property {boolean} [overwrite]
 * @property {number} [timeout]  milliseconds
 */

const DEFAULTS = Object.freeze({
  codec: 'libx264',
  bitrate: undefined,
  format: undefined,
  width: undefined,
  height: undefined,
  fps: undefined,
  audio: true,
  overwrite: true,
  timeout: 10 * 60 * 1000,
});

function toInt(value, name) {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new TypeError(`${name} must be a positive integer`);
  return n;
}

/**
 * Merges caller options over the defaults and coerces the numeric ones.
 * @param {ConvertOptions} [options]
 * @returns {ConvertOptions}
 */
function normalize(options = {}) {
  const o = { ...DEFAULTS, ...options };
  o.width = toInt(o.width, 'width');
  o.height = toInt(o.height, 'height');
  o.fps = toInt(o.fps, 'fps');
  o.timeout = toInt(o.timeout, 'timeout') || DEFAULTS.timeout;
  return o;
}

/** Seconds (number) or `hh:mm:ss[.mmm]` to an ffmpeg seek position. */
function toTimestamp(value = 1) {
  if (typeof value === 'number' && value >= 0) return value.toFixed(3);
  if (typeof value === 'string' && /^\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?$/.test(value)) return value;
  throw new TypeError('time must be a number of seconds or hh:mm:ss');
}

module.exports = { DEFAULTS, normalize, toTimestamp };
