/**
 * linelog — one log record per line, as logfmt-style text (default) or JSON.
 *
 *   import { createLogger } from 'linelog';
 *   const log = createLogger({ name: 'api', level: 'info' });
 *   log.info('user signed in', { user: req.body.email });
 *
 * @module linelog
 */
import { Logger } from './lib/logger.js';
import { LEVELS, levelValue } from './lib/levels.js';

export { Logger, LEVELS, levelValue };
export { formatText, formatTime } from './lib/format.js';

/** @type {Required<import('./lib/logger.js').LoggerOptions>} */
const DEFAULTS = Object.freeze({
  name: '',
  level: process.env.LOG_LEVEL || 'info',
  format: process.env.LOG_FORMAT === 'json' ? 'json' : 'text',
  stream: process.stdout,
  timestamp: true,
  base: {},
  redact: ['password', 'authorization', 'cookie', 'token'],
});

/**
 * Creates a logger; options are merged over the defaults (and `LOG_LEVEL` / `LOG_FORMAT`).
 *
 * @param {import('./lib/logger.js').LoggerOptions} [options]
 * @returns {Logger}
 */
export function createLogger(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  opts.redact = [...new Set([...(DEFAULTS.redact), ...(options.redact || [])])];
  opts.base = { ...DEFAULTS.base, ...(options.base || {}) };
  return new Logger(opts);
}

let defaultLogger;

/** The process-wide logger used by the shorthand functions below. */
export function getDefaultLogger() {
  if (!defaultLogger) defaultLogger = createLogger();
  return defaultLogger;
}

export const info = (msg, fields) => getDefaultLogger().info(msg, fields);
export const warn = (msg, fields) => getDefaultLogger().warn(msg, fields);
export const error = (msg, fields) => getDefaultLogger().error(msg, fields);
export const debug = (msg, fields) => getDefaultLogger().debug(msg, fields);

export default createLogger;
