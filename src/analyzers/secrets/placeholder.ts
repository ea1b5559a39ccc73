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

/**
 * Passwords that only say what they are for, the way local and test databases are set up in
 * compose files and CI (`testpassword`, `mysqlrootpassword`, `shop_test`): role and product words
 * around "password", any one lower-case word before "password", or a word ending or starting with "test". Letters only: a real password that
 * merely contains such a word has digits or symbols too.
 */
export const DEV_DEFAULT_PASSWORD = new RegExp(
  '^(?:(?:test|testing|dev|local|root|admin|user|app|db|my|super|sa|mysql|postgres|postgresql|pg|mssql|mongo|mongodb|redis|maria|mariadb|rabbit|rabbitmq|oracle|neo4j|elastic|minio|keycloak)[_-]?)*(?:password|passwd|pass|pwd|secret)$'
  + '|^(?:[a-z]+[_-]?)?test(?:ing)?(?:[_-]?[a-z]+)?$'
  // `authpassword`, `yourpassword`, `mypasswd`: one lower-case word in front of "password".
  + '|^[a-z]{2,12}[_-]?(?:password|passwd)$',
  'i',
);

export function isPlaceholder(value: string): boolean {
  return TEMPLATE.test(value) || WORDS.test(value) || REPEATED.test(value) || SEQUENCE.test(value);
}

/** Lines that hold hashes by design (lockfile integrity, checksums), never credentials. */
const HASH_LINE = /"integrity"\s*:|^\s*integrity[\s:]+sha\d+-|\bchecksum\b|\bsha(?:1|256|384|512)sum\b/i;

export function isHashLine(line: string): boolean {
  return HASH_LINE.test(line);
}
