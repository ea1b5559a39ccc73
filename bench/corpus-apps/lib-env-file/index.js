'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./lib/parse');
const { expand } = require('./lib/expand');

/**
 * @typedef {object} ConfigOptions
 * @property {string} [path]      file to read (default `<cwd>/.env`)
 * @property {BufferEncoding} [encoding]
 * @property {boolean} [override] overwrite variables already in process.env
 * @property {boolean} [expand]   resolve ${VAR} references (default true)
 * @property {boolean} [strict]   throw on malformed lines instead of skipping them
 */

const DEFAULTS = { encoding: 'utf8', override: false, expand: true, strict: false };

/**
 * Reads a .env file and copies its variables into process.env.
 * @param {ConfigOptions} [options]
 * @returns {{ parsed?: Record<string, string>, error?: Error }}
 */
function config(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const file = o.path || path.resolve(process.cwd(), '.env');
  let parsed;
  try {
    parsed = parse(fs.readFileSync(file, o.encoding), o);
  } catch (error) {
    return { error };
  }
  if (o.expand) parsed = expand(parsed, process.env);
  for (const key of Object.keys(parsed)) {
    if (o.override || !Object.prototype.hasOwnProperty.call(process.env, key)) {
      process.env[key] = parsed[key];
    }
  }
  return { parsed };
}

module.exports = { config, parse, expand };
