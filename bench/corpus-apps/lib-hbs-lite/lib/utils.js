'use strict';

const ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};
const BAD_CHARS = /[&<>"'`=]/g;
const POSSIBLE = /[&<>"'`=]/;

class SafeString {
  constructor(string) {
    this.string = string;
  }

  toString() {
    return '' + this.string;
  }

  toHTML() {
    return '' + this.string;
  }
}

function escapeExpression(value) {
  if (value instanceof SafeString) return value.toHTML();
  if (value == null) return '';
  if (value === false) return 'false';
  const string = '' + value;
  if (!POSSIBLE.test(string)) return string;
  return string.replace(BAD_CHARS, (chr) => ESCAPES[chr]);
}

function hasOwn(object, key) {
  return object != null && Object.prototype.hasOwnProperty.call(object, key);
}

function isEmpty(value) {
  if (!value && value !== 0) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return false;
}

function createFrame(parent) {
  const frame = Object.assign(Object.create(null), parent);
  frame._parent = parent;
  return frame;
}

module.exports = { SafeString, escapeExpression, hasOwn, isEmpty, createFrame };
