'use strict';

const { parse, compare } = require('./parse');

const OPS = {
  '': (c) => c === 0,
  '=': (c) => c === 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

class Comparator {
  /** @param {string} operator one of '', '=', '<', '<=', '>', '>=' @param {string|null} version null = any */
  constructor(operator, version) {
    if (!Object.prototype.hasOwnProperty.call(OPS, operator)) throw new TypeError(`Invalid operator: ${operator}`);
    this.operator = operator;
    this.semver = version === null ? null : parse(version);
    if (version !== null && !this.semver) throw new TypeError(`Invalid comparator version: ${version}`);
    this.value = this.semver ? `${operator}${this.semver.version}` : '';
  }

  test(version) {
    if (!this.semver) return true;
    const parsed = typeof version === 'string' ? parse(version) : version;
    if (!parsed) return false;
    return OPS[this.operator](compare(parsed, this.semver));
  }

  toString() {
    return this.value;
  }
}

module.exports = { Comparator };
