'use strict';

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` looks like an e-mail address. */
function isEmail(value) {
  if (typeof value !== 'string') return false;
  // vuln: CWE-1333
  return /^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/.test(value);
}

/** True for http(s) URLs and bare domains with an optional path. */
function isUrl(value) {
  if (typeof value !== 'string') return false;
  // vuln: CWE-1333
  return /^(https?:\/\/)?([\da-z.-]+)\.([a-z.]{2,6})([\/\w .-]*)*\/?$/.test(value);
}

function isHexColor(value) {
  // safe: CWE-1333
  return typeof value === 'string' && HEX_COLOR.test(value);
}

function isSlug(value) {
  return typeof value === 'string' && value.length <= 128 && SLUG.test(value);
}

/** Removes trailing whitespace. */
function trimEnd(value) {
  // vuln: CWE-1333
  return String(value).replace(/\s*$/, '');
}

/** Collapses runs of whitespace to one space. */
function squash(value) {
  // safe: CWE-1333
  return String(value).replace(/\s+/g, ' ').trim();
}

module.exports = { isEmail, isUrl, isHexColor, isSlug, trimEnd, squash };
