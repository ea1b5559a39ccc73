'use strict';

const { Memory } = require('./memory');

/**
 * Command-line flags: --port=8080, --db:host db.internal, --verbose, --no-color.
 */
class Argv extends Memory {
  constructor(options = {}) {
    super({ ...options, parseValues: options.parseValues !== false });
    this.type = 'argv';
    this.args = options.args || process.argv.slice(2);
  }

  loadSync() {
    const args = this.args;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') break;
      if (!arg.startsWith('--')) continue;
      const body = arg.slice(2);
      const eq = body.indexOf('=');
      if (eq !== -1) {
        this.set(body.slice(0, eq), body.slice(eq + 1));
      } else if (body.startsWith('no-')) {
        this.set(body.slice(3), false);
      } else if (i + 1 < args.length && !args[i + 1].startsWith('--')) {
        this.set(body, args[++i]);
      } else {
        this.set(body, true);
      }
    }
    this.readOnly = true;
    return this.store;
  }
}

module.exports = { Argv };
