'use strict';
// A small logger library: what applications log goes to the lines it writes.
const { escapeControl, formatValue, levelLabel } = require('./format');

class Logger {
  constructor(stream) {
    this.stream = stream;
  }

  /**
   * @param {number} level
   * @param {string} msg
   */
  log(level, msg) {
    // ruleid: js/log-injection
    this.stream.write(`${levelLabel(level)} ${msg}\n`);
  }

  info(msg) { this.log(30, msg); }
  warn(msg, user) {
    // The message is escaped; the field value is not.
    // ruleid: js/log-injection
    this.stream.write(`WARN ${escapeControl(msg)} user=${user}\n`);
  }
  error(msg) {
    // ok: js/log-injection
    this.stream.write(`ERROR ${escapeControl(msg)}\n`);
  }
  debug(msg, fields) {
    // ok: js/log-injection
    this.stream.write(`DEBUG ${JSON.stringify({ msg, fields })}\n`);
  }
  /** @param {number} dropped documented as a number: callers pass one */
  notice(dropped) {
    // ok: js/log-injection
    this.stream.write(`NOTICE dropped=${dropped}\n`);
  }
  trace(value) {
    // ok: js/log-injection
    this.stream.write(`TRACE ${formatValue(value)}\n`);
  }
}

// Not a logger: a CSV writer's rows are its callers' data, not log entries.
class CsvWriter {
  constructor(out) { this.out = out; }
  row(cells) {
    // ok: js/log-injection
    this.out.write(`${cells.join(',')}\n`);
  }
}

module.exports = { Logger, CsvWriter };
