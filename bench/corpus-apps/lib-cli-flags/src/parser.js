import { coerce, applyType } from './coerce.js';
import { aliasGroups, camelCase } from './aliases.js';
import { getPath, setPath } from './path.js';

/**
 * @typedef {object} ParserOptions
 * @property {string[]} [boolean]   options that never take a value (`--watch src` keeps `src` positional)
 * @property {string[]} [string]    options whose value is never coerced
 * @property {string[]} [array]     options that always collect into an array
 * @property {Record<string, string|string[]>} [alias]
 * @property {Record<string, unknown>} [default]
 * @property {boolean} [dotNotation=true]  `--a.b=1` sets `{ a: { b: 1 } }`
 * @property {boolean} [camelCase=true]    also set `dryRun` for `--dry-run`
 * @property {boolean} [stopEarly=false]   everything after the first positional is positional
 */

const LONG = /^--([^=]+)(?:=([\s\S]*))?$/;
const SHORT = /^-([A-Za-z0-9]+)$/;

export default class ArgvParser {
  /** @param {ParserOptions} [options] */
  constructor(options = {}) {
    this.options = { dotNotation: true, camelCase: true, stopEarly: false, ...options };
    this.booleans = new Set(options.boolean || []);
    this.strings = new Set(options.string || []);
    this.arrays = new Set(options.array || []);
    this.aliases = aliasGroups(options.alias);
  }

  /** @param {string} name */
  typeOf(name) {
    if (this.booleans.has(name)) return 'boolean';
    if (this.strings.has(name)) return 'string';
    return undefined;
  }

  /**
   * @param {string[]} argv
   * @returns {{ _: Array<string|number>, '--'?: string[], [key: string]: unknown }}
   */
  parse(argv) {
    const result = { _: [] };
    for (const [name, value] of Object.entries(this.options.default || {})) {
      this.assign(result, name, value, false);
    }

    for (let i = 0; i < argv.length; i++) {
      const arg = String(argv[i]);

      if (arg === '--') {
        result['--'] = argv.slice(i + 1).map(String);
        break;
      }

      const long = LONG.exec(arg);
      if (long) {
        let [, name, raw] = long;
        if (raw === undefined && name.startsWith('no-')) {
          this.assign(result, name.slice(3), false, true);
          continue;
        }
        if (raw === undefined && this.typeOf(name) !== 'boolean') {
          const peek = argv[i + 1];
          if (peek !== undefined && !String(peek).startsWith('-')) {
            raw = String(peek);
            i++;
          }
        }
        this.assign(result, name, raw === undefined ? true : this.convert(name, raw), true);
        continue;
      }

      const short = SHORT.exec(arg);
      if (short) {
        // -abc is -a -b -c; a value can follow the last one
        const letters = short[1].split('');
        const lastLetter = letters.pop();
        for (const letter of letters) this.assign(result, letter, true, true);
        const peek = argv[i + 1];
        if (this.typeOf(lastLetter) !== 'boolean' && peek !== undefined && !String(peek).startsWith('-')) {
          this.assign(result, lastLetter, this.convert(lastLetter, String(peek)), true);
          i++;
        } else {
          this.assign(result, lastLetter, true, true);
        }
        continue;
      }

      if (this.options.stopEarly) {
        result._.push(...argv.slice(i).map(String));
        break;
      }
      // safe: CWE-1321
      result._.push(this.strings.has('_') ? arg : coerce(arg));
    }
    return result;
  }

  /** @private */
  convert(name, raw) {
    return this.strings.has(name) ? raw : applyType(coerce(raw), this.typeOf(name));
  }

  /**
   * Sets `name` and its aliases (and camel-case form) on `result`.
   * @private
   */
  assign(result, name, value, accumulate) {
    const names = new Set(this.aliases.get(name) || [name]);
    if (this.options.camelCase) for (const n of [...names]) names.add(camelCase(n));

    for (const n of names) {
      const keys = this.options.dotNotation ? n.split('.') : [n];
      let next = value;
      if (accumulate && this.arrays.has(n)) {
        const current = getPath(result, keys);
        next = Array.isArray(current) ? current.concat([value]) : [value];
      }
      setPath(result, keys, next);
    }
  }
}
