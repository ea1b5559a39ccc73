/**
 * Sanitizers and value-narrowing calls, as rows: a call whose result is safe for some sink kinds.
 * Matched against the qualified callee name (imports resolved), so `import escape from 'escape-html'`
 * and `validator.escape` both hit their row.
 */
import { ALL_KINDS, URL_SAFE_START, mask } from '../taint/values.js';

export interface SanitizerRow {
  callee: RegExp;
  /** Kinds the result is safe for. */
  kinds: number;
  /** Which argument is sanitised (default 0); the result carries that argument's taint, masked. */
  arg?: number;
  /**
   * Named as an SQL string-literal escaper (`escapeValue`, `escapeString`): a project's own function
   * of that name is trusted only if its body escapes the quote (calls.ts escapesNothingOrBadly).
   */
  literal?: true;
}

const NOT_STRING = mask('nosql');

export const SANITIZERS: SanitizerRow[] = [
  // Numbers and booleans are safe everywhere.
  { callee: /^(Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|Boolean|BigInt|Math\.\w+|Date\.parse|isNaN|Number\.isInteger|Number\.isFinite|Number\.isNaN|isFinite|Array\.isArray)$/, kinds: ALL_KINDS },
  // Hashes and random bytes are fixed-alphabet strings.
  { callee: /^(crypto|node:crypto)\.(createHash|createHmac|randomUUID|randomBytes|timingSafeEqual)$/, kinds: ALL_KINDS },
  { callee: /^(bcrypt|bcryptjs|argon2)\.(hash|hashSync|compare|compareSync|verify)$/, kinds: ALL_KINDS },
  { callee: /^(uuid\.v4|uuid\.validate|uuid)$/, kinds: ALL_KINDS },
  { callee: /^(mongoose\.Types\.ObjectId|Types\.ObjectId|ObjectId|mongodb\.ObjectId|mongoose\.isValidObjectId|isValidObjectId)$/, kinds: ALL_KINDS },
  // HTML escaping / sanitising.
  { callee: /^(escape-html|he\.(encode|escape)|validator\.escape|lodash\.escape|_\.escape|lodash\.escape|xss|xss\.filterXSS|filterXSS|sanitize-html|dompurify\.sanitize|DOMPurify\.sanitize|isomorphic-dompurify\.sanitize|entities\.(encode|encodeHTML|escape)|html-entities\.(encode|escape)|escapeHtml|escapeHTML|htmlEscape|encodeHTML|sanitizeHtml|sanitizeHTML|purify\.sanitize|xss-filters\.\w+)$/, kinds: mask('xss', 'nosql', 'log') },
  // A sanitiser named like one in the project itself (`escapeHtml`, `sanitizeInput`).
  { callee: /(^|\.)(escape[A-Z]?\w*Html|escapeHTML|escapeHtml|htmlEscape|sanitizeHtml|sanitize|escapeOutput|encodeForHTML)$/, kinds: mask('xss', 'nosql', 'log') },
  // URL sanitisers (`@braintree/sanitize-url`, a project's `safeUrl()`): a link that can no longer be `javascript:`.
  { callee: /^(@braintree\/sanitize-url\.sanitizeUrl|sanitizeUrl|sanitizeURL|sanitiseUrl|safeUrl|safeURL|safeHref|sanitizeHref)$|\.(sanitizeUrl|safeUrl)$/, kinds: mask('xss') | URL_SAFE_START },
  // SQL escaping.
  { callee: /^(mysql|mysql2|sqlstring|SqlString)\.(escape|escapeId|format)$|(^|\.)(escapeLiteral|escapeIdentifier|escapeId|quoteIdent|quoteIdentifier)$|^pg-format$/, kinds: mask('sql', 'nosql') },
  { callee: /(^|\.)(connection|conn|db|pool|mysql)\.escape$/, kinds: mask('sql', 'nosql') },
  // A project's own SQL literal escaper (`escapeValue(v)` → `'…'`), checked against its body.
  { callee: /(^|\.)(escapeValue|escapeString|escapeSqlValue|escapeSqlString|escapeSql|escapeSQL|sqlEscape|quoteLiteral)$/, kinds: mask('sql', 'nosql'), literal: true },
  // Shell quoting.
  { callee: /^(shell-quote\.quote|shell-escape|shescape\.quote|shescape\.escape|any-shell-escape|shellEscape|escapeShellArg|quote)$/, kinds: mask('command', 'nosql') },
  // Paths: the last segment cannot climb out of a directory. It still holds quotes, `;`, `$(…)` and
  // backticks, so a shell command line built from it is not safe.
  { callee: /^path\.(basename|extname)$/, kinds: mask('path', 'nosql') },
  { callee: /^(sanitize-filename|sanitizeFilename)$/, kinds: mask('path', 'nosql') },
  // URL encoding: no quotes-free breakout in HTML/paths/shell, but `'` survives (not SQL).
  { callee: /^(encodeURIComponent|querystring\.escape|qs\.stringify)$/, kinds: mask('xss', 'path', 'command', 'code', 'nosql', 'log', 'redirect', 'regex') },
  // Regex escaping.
  { callee: /^(escape-string-regexp|lodash\.escapeRegExp|_\.escapeRegExp|lodash\.escaperegexp|escapeRegExp|escapeRegex|escapeRegexp|regexEscape|escapeStringRegexp)$/, kinds: mask('regex', 'nosql') },
  // Anything coerced to a string cannot be a NoSQL operator object.
  { callee: /^String$/, kinds: NOT_STRING },
  // JSON.stringify escapes newlines: a log line stays one line. Its text is also a JavaScript
  // literal (JSON is a subset of JavaScript): as an expression in program text it runs nothing.
  { callee: /^JSON\.stringify$/, kinds: NOT_STRING | mask('log', 'code') },
  { callee: /^(mongo-sanitize|express-mongo-sanitize\.sanitize)$/, kinds: mask('nosql') },
  // NoSQL / log: stringify for logs.
  { callee: /^(util\.inspect|util\.format)$/, kinds: mask('log') },
];

/** The first SANITIZERS row matching each callee name seen (null: none), so a name is tested once per worker. */
const ROW_BY_NAME = new Map<string, SanitizerRow | null>();

/** The SANITIZERS row for a qualified callee name, or undefined. */
export function sanitizerRow(name: string): SanitizerRow | undefined {
  let row = ROW_BY_NAME.get(name);
  if (row === undefined) {
    row = SANITIZERS.find((r) => r.callee.test(name)) ?? null;
    if (ROW_BY_NAME.size > 50_000) ROW_BY_NAME.clear();
    ROW_BY_NAME.set(name, row);
  }
  return row ?? undefined;
}

/** Method calls on a tainted value that return something safe (a boolean, a number, an index). */
export const SAFE_METHODS = new Set([
  'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'test', 'localeCompare', 'has', 'hasOwnProperty',
  'isValid', 'some', 'every', 'findIndex', 'charCodeAt', 'codePointAt', 'getTime', 'valueOf', 'toFixed', 'digest',
  // Date and number formatting: only digits, names of months and days, and punctuation.
  'toISOString', 'toUTCString', 'toDateString', 'toTimeString', 'toLocaleDateString', 'toLocaleTimeString', 'toPrecision', 'toExponential',
]);

/** Methods that return their receiver's data (strings and arrays): taint flows through. */
export const PROPAGATING_METHODS = new Set([
  'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase',
  'slice', 'substring', 'substr', 'padStart', 'padEnd', 'split', 'join', 'concat', 'replace', 'replaceAll', 'repeat',
  'normalize', 'at', 'charAt', 'map', 'filter', 'reduce', 'flat', 'flatMap', 'find', 'pop', 'shift', 'sort', 'reverse',
  'get', 'getAll', 'values', 'entries', 'keys', 'then', 'catch', 'finally', 'toJSON', 'json', 'text', 'formData', 'match', 'matchAll',
]);

/** Properties that read a number or a type from a value (safe). */
export const SAFE_PROPERTIES = new Set(['length', 'size', 'byteLength']);
