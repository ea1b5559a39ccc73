'use strict';

const { format } = require('util');

// npmlog-style levels: `silly` and `verbose` are only printed with --loglevel=silly / verbose.
const LEVELS = { silly: -Infinity, verbose: 1000, timing: 1500, http: 2000, notice: 3500, warn: 4000, error: 5000, silent: Infinity };

function createLogger({ level = process.env.REGFETCH_LOGLEVEL || 'notice', stream = process.stderr } = {}) {
  const threshold = LEVELS[level] === undefined ? LEVELS.notice : LEVELS[level];
  const logger = { level };
  for (const name of Object.keys(LEVELS)) {
    if (name === 'silent') continue;
    logger[name] = (prefix, ...args) => {
      if (LEVELS[name] < threshold) return;
      // One record per line: line breaks inside messages are flattened.
      const text = format(...args).replace(/[\r\n]+/g, ' ');
      stream.write(`regfetch ${name} ${prefix} ${text}\n`);
    };
  }
  return logger;
}

module.exports = { createLogger, LEVELS };
