'use strict';

const fs = require('fs');
const { EventEmitter } = require('events');
const { normalize, toTimestamp } = require('./options');
const { buildConvert, buildThumbnail } = require('./command');
const { run } = require('./ffmpeg');

/**
 * Holds a set of default options; emits `start` and `end` around every job.
 */
class Converter extends EventEmitter {
  /** @param {import('./options').ConvertOptions} [options] */
  constructor(options) {
    super();
    this.options = normalize(options);
  }

  /**
   * @param {string} input
   * @param {string} output
   * @param {import('./options').ConvertOptions} [overrides] per-call options
   */
  async convert(input, output, overrides) {
    if (!input || !output) throw new TypeError('input and output are required');
    const o = overrides ? normalize({ ...this.options, ...overrides }) : this.options;
    await fs.promises.access(input, fs.constants.R_OK);
    this.emit('start', input, output);
    const log = await run(buildConvert(input, output, o), o);
    this.emit('end', output);
    return { output, log };
  }

  /**
   * @param {string} input
   * @param {string} output
   * @param {{ time?: number|string, width?: number, height?: number }} [options]
   */
  async thumbnail(input, output, options = {}) {
    const o = normalize({ ...this.options, width: options.width, height: options.height });
    const log = await run(buildThumbnail(input, output, toTimestamp(options.time), o), o);
    this.emit('end', output);
    return { output, log };
  }
}

module.exports = { Converter };
