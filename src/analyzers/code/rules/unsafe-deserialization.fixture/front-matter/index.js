'use strict';
const yaml = require('js-yaml');

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** js-yaml 3: load() builds functions from !!js/function tags. */
function parse(text) {
  const match = FENCE.exec(String(text));
  if (!match) return { attributes: {}, body: String(text) };
  // ruleid: js/unsafe-deserialization
  const attributes = yaml.load(match[1]) || {};
  return { attributes, body: String(text).slice(match[0].length) };
}

function parseSafe(text) {
  const match = FENCE.exec(String(text));
  // ok: js/unsafe-deserialization
  return match ? yaml.safeLoad(match[1]) : {};
}

function parseStrict(text) {
  // ok: js/unsafe-deserialization
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

module.exports = { parse, parseSafe, parseStrict };
