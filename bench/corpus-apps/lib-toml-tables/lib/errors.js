'use strict';

class TomlError extends Error {
  constructor(message, line, column) {
    super(`${message} at line ${line}, column ${column}`);
    this.name = 'TomlError';
    this.line = line;
    this.column = column;
  }
}

module.exports = { TomlError };
