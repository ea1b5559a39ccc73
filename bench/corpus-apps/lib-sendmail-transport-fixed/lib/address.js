'use strict';

// "Jane Doe <jane@example.com>" or a bare address
const ANGLE = /<([^<>]*)>\s*$/;

/**
 * Splits an address list ("a@x, Jane <b@y>") on commas outside quotes.
 * @param {string} list
 * @returns {string[]}
 */
function splitList(list) {
  const out = [];
  let current = '';
  let quoted = false;
  for (const ch of String(list)) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * The bare address of one mailbox ("Jane <jane@x>" -> "jane@x").
 * @param {string} mailbox
 * @returns {string}
 */
function bareAddress(mailbox) {
  const m = ANGLE.exec(mailbox);
  return (m ? m[1] : mailbox).trim();
}

/**
 * All bare addresses of a header value, which may be a string, an array of strings or
 * `{ name, address }` objects.
 * @param {string|string[]|{ name?: string, address: string }[]|undefined} value
 * @returns {string[]}
 */
function addresses(value) {
  if (!value) return [];
  const items = Array.isArray(value) ? value : [value];
  const out = [];
  for (const item of items) {
    if (item && typeof item === 'object') out.push(String(item.address || '').trim());
    else out.push(...splitList(item).map(bareAddress));
  }
  return out.filter(Boolean);
}

module.exports = { addresses, bareAddress, splitList };
