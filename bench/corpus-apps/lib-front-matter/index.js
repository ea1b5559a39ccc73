'use strict';

const yaml = require('js-yaml');

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a markdown document into its front-matter attributes and body.
 * @param {string} text
 * @returns {{ attributes: object, body: string, frontmatter: string }}
 */
function parse(text) {
  const input = String(text);
  const match = FENCE.exec(input);
  if (!match) return { attributes: {}, body: input, frontmatter: '' };
  // vuln: CWE-502
  const attributes = yaml.load(match[1]) || {};
  return { attributes, body: input.slice(match[0].length), frontmatter: match[1] };
}

/** True when the document starts with a front-matter fence. */
function test(text) {
  return FENCE.test(String(text));
}

/** Serialises attributes and body back into a document. */
function stringify(attributes, body) {
  // safe: CWE-502
  return `---\n${yaml.safeDump(attributes)}---\n${body}`;
}

module.exports = { parse, test, stringify };
