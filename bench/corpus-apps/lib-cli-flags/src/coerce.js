const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Turns a raw argument value into a number or boolean when it clearly is one.
 * Hex strings, leading-zero ids and the empty string stay strings.
 * @param {string} raw
 * @returns {string|number|boolean}
 */
export function coerce(raw) {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (NUMBER.test(raw) && !/^0\d/.test(raw)) return Number(raw);
  return raw;
}

/**
 * Applies a declared type to a value.
 * @param {unknown} value
 * @param {'string'|'number'|'boolean'|undefined} type
 */
export function applyType(value, type) {
  if (type === 'string') return value === true ? '' : String(value);
  if (type === 'number') {
    const n = Number(value);
    return Number.isNaN(n) ? undefined : n;
  }
  if (type === 'boolean') return value !== false && value !== 'false' && value !== '0';
  return value;
}
