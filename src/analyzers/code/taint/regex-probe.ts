/**
 * What a passing `re.test(x)` proves about x, read from the regex itself: for each sink kind, a
 * few attack strings of that kind are tried; the regex guards the kinds it rejects all of. An
 * unanchored `/[a-z]+/`, a `^…` without `$`, a class that admits `.` and `/`, or the `m` flag
 * (`^`/`$` per line) all let some probe through, so they prove nothing for that kind. Only regex
 * literals of the scanned file are compiled (never run on its data); probes are short, fixed strings.
 */
import { mask, type SinkKind } from './values.js';

const PROBES: Partial<Record<SinkKind, string[]>> = {
  path: ['../x', 'a/../../x', '..\\x', '/etc/passwd', '..'],
  redirect: ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)'],
  ssrf: ['http://169.254.169.254/', 'http://localhost/', 'https://evil.example/', 'file:///etc/passwd'],
  sql: ["a'b", "1 OR 1=1", '1;DROP TABLE t', 'a"b', 'a\\b'],
  nosql: ['[object Object]', "a'b", 'a;b'],
  command: ['a;id', 'a$(id)', 'a`id`', 'a|id', 'a&id', 'a\nid', '-oProxyCommand=id'],
  code: ["a'b", 'a"b', 'a;b', 'a(b)', 'a`b', 'a+b'],
  xss: ['<script>', 'a"b', "a'b", '<img src=x onerror=alert(1)>', 'javascript:alert(1)'],
  log: ['a\nb', 'a\rb'],
  regex: ['(a+)+', 'a.*', 'a[', 'a\\'],
  prototype: ['__proto__', 'constructor', 'prototype'],
  argument: ['-x', '--upload-pack=id', '-oProxyCommand=id'],
};

const cache = new Map<string, number>();

export function regexProves(pattern: string, flags: string): number {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  } catch {
    return 0; // a syntax this Node cannot compile: prove nothing
  }
  let kinds = 0;
  // Unanchored (or per-line) regexes only say the value contains something: an attacker adds the rest.
  if (!anchored(pattern) || flags.includes('m')) {
    // Except a same-site path check, which needs only its start (`^\/(?![\/\\])`): whatever
    // follows a leading `/` that is not `//` or `/\` stays on this site.
    const local = !flags.includes('m') && localPathPrefix(pattern) && !PROBES.redirect!.some((p) => re.test(p)) ? mask('redirect') : 0;
    cache.set(key, local);
    return local;
  }
  // A wildcard after a fixed prefix (`^https://a\.com.*$`) admits any host or path continuation.
  const wild = hasWildcard(pattern);
  for (const [kind, probes] of Object.entries(PROBES) as [SinkKind, string[]][]) {
    if (wild && (kind === 'redirect' || kind === 'ssrf' || kind === 'path')) continue;
    const all = flags.includes('m') ? probes.flatMap((p) => [p, `ok\n${p}`, `${p}\nok`]) : probes;
    if (!all.some((p) => re.test(p))) kinds |= mask(kind);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, kinds);
  return kinds;
}

/** Every top-level alternative starts with `^/`. */
function localPathPrefix(pattern: string): boolean {
  return topLevelAlternatives(pattern).every((a) => a.startsWith('^\\/') || a.startsWith('^/'));
}

/** `^…$` around every top-level alternative. */
function anchored(pattern: string): boolean {
  return topLevelAlternatives(pattern).every((a) => a.startsWith('^') && a.endsWith('$') && !a.endsWith('\\$'));
}

/** The pattern's top-level `|` alternatives (not those inside groups or classes). */
function topLevelAlternatives(pattern: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(pattern.slice(start, i)); start = i + 1; }
  }
  alts.push(pattern.slice(start));
  return alts;
}

/** An unescaped `.` outside a class, a negated class, or `\S`/`\W`/`\D`: matches almost anything. */
function hasWildcard(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (/[SWD]/.test(pattern[i + 1] ?? '')) return true;
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; if (pattern[i + 1] === '^') return true; }
    else if (c === '.') return true;
  }
  return false;
}

/** URLs a browser runs as script (or a document) when navigated to, in the spellings it accepts. */
const SCRIPT_URLS = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', '\x01javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const AFTER = ['', '//https://a.example/', '//http://a.example/x'];

/**
 * Whether a passing `re.test(u)` proves u is no script URL: every alternative anchored at the
 * start (`^https?:\/\/`, no `$` needed: what follows the scheme does not change it), no `m` flag
 * (`^` after a newline, which browsers strip from URLs), and every script-URL probe rejected.
 */
export function regexProvesSafeScheme(pattern: string, flags: string): boolean {
  if (flags.includes('m')) return false;
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  } catch {
    return false;
  }
  if (!topLevelAlternatives(pattern).every((a) => a.startsWith('^'))) return false;
  return !SCRIPT_URLS.some((u) => AFTER.some((rest) => re.test(u + rest)));
}
