'use strict';

class TemplateError extends Error {
  constructor(message, offset) {
    super(offset === undefined ? message : `${message} (at offset ${offset})`);
    this.name = 'TemplateError';
    this.offset = offset;
  }
}

module.exports = { TemplateError };
