/**
 * Values that stand in for a secret rather than being one: templates, env references,
 * documentation examples, masked values. Shared by every row unless a row opts out.
 */
const TEMPLATE = /\$\{|\{\{|\$\(|%\(|<%|\}\}|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]+\]$|<[A-Za-z_ -]{3,}>/;
const WORDS = new RegExp([
  'example', 'sample', 'placeholder', 'dummy', 'changeme', 'change[_-]me', 'redacted', 'replace[_-]?(?:me|with|this)',
  'insert[_-]', 'your[_-]', '^your', 'xxxxx', '\\*\\*\\*', '\\.\\.\\.', '…', 'lorem', 'foobar', 'not[_-]?a[_-]?real',
  'fake[_-]', '[_-]fake', '^fake', '^test[_-]?(?:key|token|secret|password)', '^(?:secret|password|token|apikey|api_key)$',
  'goes[_-]?here', '[_-]here$', 'todo[_-]', 'fixme',
].join('|'), 'i');
const REPEATED = /(.)\1{7,}/;
const SEQUENCE = /0123456|1234567|2345678|3456789|abcdefgh|qwertyui/i;

export function isPlaceholder(value: string): boolean {
  return TEMPLATE.test(value) || WORDS.test(value) || REPEATED.test(value) || SEQUENCE.test(value);
}

/** Lines that hold hashes by design (lockfile integrity, checksums), never credentials. */
const HASH_LINE = /"integrity"\s*:|^\s*integrity[\s:]+sha\d+-|\bchecksum\b|\bsha(?:1|256|384|512)sum\b/i;

export function isHashLine(line: string): boolean {
  return HASH_LINE.test(line);
}
