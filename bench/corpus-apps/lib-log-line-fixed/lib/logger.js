/**
 * @typedef {object} LoggerOptions
 * @property {string} [name] printed in brackets in text lines
 * @property {string | number} [level] minimum level written (default `info`)
 * @property {'text' | 'json'} [format] line format (default `text`)
 * @property {NodeJS.WritableStream} [stream] destination (default `process.stdout`)
 * @property {boolean} [timestamp] prefix an ISO time (default true)
 * @property {Record<string, unknown>} [base] fields added to every record
 * @property {string[]} [redact] field names whose values are replaced by `[redacted]`
 */
import { LEVELS, levelValue } from './levels.js';
import { formatText, toJsonRecord } from './format.js';

export class Logger {
  /** @param {Required<LoggerOptions>} opts */
  constructor(opts) {
    this.opts = opts;
    this.threshold = levelValue(opts.level);
    this.stream = opts.stream;
  }

  /** Whether a record at `level` would be written. */
  isEnabled(level) {
    return levelValue(level) >= this.threshold;
  }

  /**
   * A logger sharing the stream and options, with extra base fields (and an optional sub-name).
   *
   * @param {Record<string, unknown>} bindings
   */
  child(bindings = {}) {
    const { name, ...fields } = bindings;
    return new Logger({
      ...this.opts,
      name: name ? (this.opts.name ? `${this.opts.name}:${name}` : String(name)) : this.opts.name,
      base: { ...this.opts.base, ...fields },
    });
  }

  setLevel(level) {
    this.threshold = levelValue(level);
  }

  /**
   * @param {number} level
   * @param {string | Error} msg
   * @param {Record<string, unknown>} [fields]
   */
  log(level, msg, fields = {}) {
    if (level < this.threshold) return;
    const record = {
      time: Date.now(),
      level,
      name: this.opts.name,
      msg: msg instanceof Error ? msg.message : String(msg),
      fields: { ...this.opts.base, ...(msg instanceof Error ? { err: msg } : {}), ...fields },
    };
    if (this.opts.format === 'json') this.writeJson(record);
    else this.writeText(record);
  }

  writeJson(record) {
    // safe: CWE-117
    this.stream.write(`${JSON.stringify(toJsonRecord(record, this.opts))}\n`);
  }

  writeText(record) {
    const line = formatText(record, this.opts);
    // safe: CWE-117
    this.stream.write(`${line}\n`);
  }

  trace(msg, fields) { this.log(LEVELS.trace, msg, fields); }
  debug(msg, fields) { this.log(LEVELS.debug, msg, fields); }
  info(msg, fields) { this.log(LEVELS.info, msg, fields); }
  warn(msg, fields) { this.log(LEVELS.warn, msg, fields); }
  error(msg, fields) { this.log(LEVELS.error, msg, fields); }
  fatal(msg, fields) { this.log(LEVELS.fatal, msg, fields); }
}
