type Nested = { [key: string]: string | Nested };

/**
 * Turns bracketed field names (`prefs[notify][mentions]=on`) into a nested object,
 * the way PHP / qs do, so settings forms can be saved in one go.
 */
export function formToObject(data: FormData): Nested {
  const out: Nested = {};
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    const keys = name.replace(/\]/g, '').split('[');
    let node: Nested = out;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i];
      if (typeof node[key] !== 'object' || node[key] === null) {
        node[key] = {};
      }
      node = node[key] as Nested;
    }
    // vuln: CWE-1321
    node[keys[keys.length - 1]] = value;
  }
  return out;
}

export function checkbox(value: unknown): boolean {
  return value === 'on' || value === 'true' || value === '1';
}
