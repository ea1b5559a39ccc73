/**
 * Line numbers for JSON object keys. JSON.parse gives values but no positions, and findings must
 * point at the lockfile line, so one linear pass over the text records where each key starts.
 * Only keys whose parent key is in `parents` are recorded, which keeps the map small for
 * 50,000-entry lockfiles.
 */
export const PATH_SEP = '\u0000';

export function jsonKeyLines(text: string, parents: ReadonlySet<string>, duplicates?: { key: string; lines: [number, number] }[]): Map<string, number> {
  const lines = new Map<string, number>();
  const prefixes: string[] = [''];
  const lastSegment: string[] = [''];
  const isObject: boolean[] = [false];
  let pendingKey = '';
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { line++; continue; }
    if (c === 34 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) { escaped = true; j++; continue; }
        if (d === 34 || d === 10) break;
      }
      const top = isObject.length - 1;
      if (isObject[top]) {
        let k = j + 1;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
        if (text.charCodeAt(k) === 58 /* : */) {
          const raw = text.slice(i + 1, j);
          let key = raw;
          if (escaped) { try { key = JSON.parse(`"${raw}"`) as string; } catch { /* keep raw */ } }
          pendingKey = key;
          if (parents.has(lastSegment[top]!)) {
            const path = prefixes[top] + PATH_SEP + key;
            const before = lines.get(path);
            if (before !== undefined && duplicates) duplicates.push({ key, lines: [before, line] });
            lines.set(path, line);
          }
        }
      }
      i = j;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const top = isObject.length - 1;
      const segment = top === 0 ? '' : isObject[top] ? pendingKey : '#';
      prefixes.push(top === 0 ? '' : prefixes[top] + PATH_SEP + segment);
      lastSegment.push(segment);
      isObject.push(c === 123);
      pendingKey = '';
      continue;
    }
    if ((c === 125 /* } */ || c === 93 /* ] */) && isObject.length > 1) {
      prefixes.pop(); lastSegment.pop(); isObject.pop();
    }
  }
  return lines;
}

/** Key for `jsonKeyLines` lookups: `jsonPath('packages', 'node_modules/x')`. */
export function jsonPath(...segments: string[]): string {
  return PATH_SEP + segments.join(PATH_SEP);
}

/**
 * bun.lock is JSON with trailing commas. Remove commas that precede `}` or `]`, leaving string
 * contents untouched, so the standard JSON parser can read it.
 */
export function stripTrailingCommas(text: string): string {
  let out = '';
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) { i++; continue; }
        if (d === 34) break;
      }
      continue;
    }
    if (c === 44 /* , */) {
      let k = i + 1;
      while (k < n && /\s/.test(text[k]!)) k++;
      if (text[k] === '}' || text[k] === ']') { out += text.slice(start, i); start = i + 1; }
    }
  }
  return out + text.slice(start);
}
