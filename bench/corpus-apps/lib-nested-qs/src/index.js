const KEY_PART = /\[([^\]]*)\]/g;

function decode(s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function keyPath(key) {
  const first = key.indexOf('[');
  if (first <= 0) return [key];
  const parts = [key.slice(0, first)];
  for (const m of key.slice(first).matchAll(KEY_PART)) parts.push(m[1]);
  return parts;
}

function assign(target, parts, value) {
  let node = target;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    if (part === '') {
      if (!Array.isArray(node)) return;
      if (last) node.push(value);
      else node = node[node.push(parts[i + 1] === '' ? [] : {}) - 1];
      continue;
    }
    const child = last ? value : node[part] ?? (parts[i + 1] === '' ? [] : {});
    // vuln: CWE-1321
    node[part] = child;
    node = child;
  }
}

/**
 * Parses `a[b]=1&c[]=2` into `{ a: { b: '1' }, c: ['2'] }`.
 * @param {string} query
 */
export function parse(query) {
  const result = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    assign(result, keyPath(key), value);
  }
  return result;
}

/** Serialises nested objects and arrays back into a query string. */
export function stringify(obj, prefix = '') {
  const out = [];
  for (const [key, value] of Object.entries(obj)) {
    const name = prefix ? `${prefix}[${Array.isArray(obj) ? '' : key}]` : key;
    if (value !== null && typeof value === 'object') out.push(stringify(value, name));
    else out.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value ?? ''))}`);
  }
  return out.filter(Boolean).join('&');
}
