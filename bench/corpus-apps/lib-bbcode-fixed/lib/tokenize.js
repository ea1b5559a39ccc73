const TAG = /\[(\/?)([a-z]+)(?:=([^\[\]\r\n]*))?\]/gi;

/**
 * @typedef {{ type: 'text', value: string }
 *   | { type: 'open', name: string, arg?: string, raw: string }
 *   | { type: 'close', name: string, raw: string }} Token
 */

/**
 * Splits BBCode into text and tag tokens. Tag names are lower-cased; arguments may be quoted.
 * @param {string} input
 * @returns {Token[]}
 */
export function tokenize(input) {
  const tokens = [];
  let last = 0;
  for (const m of input.matchAll(TAG)) {
    if (m.index > last) tokens.push({ type: 'text', value: input.slice(last, m.index) });
    const name = m[2].toLowerCase();
    if (m[1]) {
      tokens.push({ type: 'close', name, raw: m[0] });
    } else {
      let arg = m[3];
      if (arg !== undefined && arg.length > 1 && (arg[0] === '"' || arg[0] === "'") && arg.endsWith(arg[0])) {
        arg = arg.slice(1, -1);
      }
      tokens.push({ type: 'open', name, arg, raw: m[0] });
    }
    last = m.index + m[0].length;
  }
  if (last < input.length) tokens.push({ type: 'text', value: input.slice(last) });
  return tokens;
}
