/** A project's own escapers and sanitisers, judged by their bodies: what a function named like one (`escapeHtml`, `escapeSql`) does to its argument, and whether it is the escaper its name promises. */
import { type Node, memberPath, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { QUOTE_PATTERN, URL_SAFE_START, type Value, mask } from './values.js';
import { type SanitizerRow, sanitizerRow } from '../models/sanitizers.js';
import type { TaintEngine } from './engine.js';
import { importedSummary } from './imported-calls.js';
import { resolveValue } from '../frontend/js/bindings.js';

const keptQuotes = new WeakMap<Node, boolean>();

/**
 * An HTML escaper whose own patterns select markup (`<` or `&`) but never a `"`
 * (`String(v).replace(/[&<>]/g, (c) => MAP[c])`, a chain of `.replace(/</g, '&lt;')`): its output
 * is safe as element content, not inside a double-quoted attribute value. Any `"` or `&quot;` in
 * the body counts as handling quotes (a map elsewhere that the pattern never selects does not).
 */
export function keepsDoubleQuote(fn: Node): boolean {
  const known = keptQuotes.get(fn);
  if (known !== undefined) return known;
  let selectsMarkup = false;
  let handlesQuote = false;
  const quoteText = (text: unknown) => typeof text === 'string' && QUOTE_TEXT.test(text);
  walk(fn, [
    {
      Literal(n) {
        if (n.regex) {
          if (/[<&]/.test(n.regex.pattern)) selectsMarkup = true;
          if (QUOTE_PATTERN.test(n.regex.pattern)) handlesQuote = true;
        } else if (quoteText(n.value)) handlesQuote = true;
      },
      TemplateElement(n) {
        if (quoteText(n.value?.cooked)) handlesQuote = true;
      },
    },
  ]);
  const kept = selectsMarkup && !handlesQuote;
  keptQuotes.set(fn, kept);
  return kept;
}

const QUOTE_TEXT = /"|&quot;|&#0*34;|&#x0*22;/i;

/**
 * What a project's function named like a sanitiser really does (this file's by its body, another
 * file's by its summary, looked up once): why it does not live up to the name, if it does not
 * (FunctionSummary.untrustedEscaper), and whether as an HTML escaper it leaves `"` as it is.
 */
export function escaperVerdict(e: TaintEngine, row: SanitizerRow, calleeValue: Value | undefined, callee: Node, receiver: Value | undefined, method: string, argValues: Value[]): { distrust?: string; keepsQuotes: boolean } {
  const kinds = row.kinds;
  if (calleeValue?.fn !== undefined) {
    const fn = e.fns[calleeValue.fn]!.node;
    return { distrust: escapesNothingOrBadly(fn, kinds, e.input.program, row.literal), keepsQuotes: (kinds & mask('xss')) !== 0 && keepsDoubleQuote(fn) };
  }
  const summary = importedSummary(e, callee, receiver, method, argValues, calleeValue);
  // (A literal escaper's name is trusted only with a body to check: a package's is not known.)
  if (!summary && row.literal) return { distrust: 'its body is not known', keepsQuotes: false };
  return { distrust: summary?.untrustedEscaper, keepsQuotes: !!summary?.keepsQuotes };
}

/** The function only wraps its argument in constant text, or escapes with an overly wide class: which. */
export function escapesNothingOrBadly(fn: Node, kinds: number, program?: Node, literal?: boolean): string | undefined {
  if (onlyWrapsArgument(fn)) return 'it only puts its argument between constant text';
  if (literal && !escapesQuote(fn, program)) return 'it escapes no `\'`';
  if (kinds & URL_SAFE_START && program && blocksSchemes(fn, program)) return 'it refuses listed schemes (`javascript:`) instead of allowing known ones, and `java\\tscript:` or `&#106;avascript:` is not on the list';
  if (kinds & mask('command') && escapesDoubleQuoteOnly(fn)) return 'it escapes `"` only, and inside double quotes a shell still expands `$(…)`, backticks and `\\`';
  // (`` ` `` and `\` are what a shell or an SQL string literal still reads; HTML has no use for them.)
  if (!(kinds & mask('command', 'sql'))) return undefined;
  let faulty: string | undefined;
  walk(fn, [{ Literal(n) { if (!faulty && n.regex) faulty = overlyWideRange(n.regex.pattern); } }]);
  return faulty ? `its class \`${faulty}\` also takes punctuation (${[...rangeChars(faulty)].filter((c) => !ALNUM.test(c)).join(' ')})` : undefined;
}

/**
 * A shell escaper whose patterns pick out `"` but neither `$` nor `` ` `` (`s.replace(/"/g, '\\"')`):
 * fit for a double-quoted word only if the shell expanded nothing inside one. (One that handles `'`
 * quotes the POSIX way, `'…'\''…'`, where nothing expands.)
 */
function escapesDoubleQuoteOnly(fn: Node): boolean {
  let selected = '';
  walk(fn, [{
    Literal(n) {
      if (n.regex) selected += n.regex.pattern;
    },
    CallExpression(n) {
      if (/(^|\.)(replace|replaceAll|split)$/.test(memberPath(unwrap(n.callee)) ?? '')) selected += stringValue(n.arguments[0]) ?? '';
    },
  }]);
  return selected.includes('"') && !/['$`]/.test(selected);
}

/**
 * An SQL literal escaper's body: a pattern that selects `'` (its own, or a module constant it reads:
 * `const CHARS = /[\0\n\r"'\\]/g`), a `.replace("'", …)`, or a call to a known SQL escaper it wraps.
 */
function escapesQuote(fn: Node, program?: Node): boolean {
  let found = false;
  const seen = new Set<string>();
  walk(fn, [
    {
      Literal(n) {
        if (n.regex && n.regex.pattern.includes("'")) found = true;
      },
      CallExpression(n) {
        const name = memberPath(unwrap(n.callee)) ?? '';
        if (/^replace(All)?$|\.replace(All)?$/.test(name) && String(stringValue(n.arguments[0]) ?? '').includes("'")) found = true;
        const row = name ? sanitizerRow(name) : undefined;
        if (row && !row.literal && row.kinds & mask('sql')) found = true;
      },
      Identifier(n) {
        if (found || !program || seen.has(n.name) || seen.size > 64) return;
        seen.add(n.name);
        const def = unwrap(resolveValue(program, n).value);
        if (def !== unwrap(n) && def.type === 'Literal' && def.regex?.pattern.includes("'")) found = true;
      },
    },
  ]);
  return found;
}

/**
 * A URL sanitiser that decides by a blocklist: its own text, or a list, set or pattern it reads from
 * the module, names `javascript` but no scheme it allows (`http`, `https`, `mailto`). Browsers drop
 * tabs and newlines inside a scheme and decode entities in attributes first, so a list of bad
 * spellings is never complete (the shape of several URL-sanitiser CVEs); an allowlist is.
 */
function blocksSchemes(fn: Node, program: Node): boolean {
  let blocked = false;
  let allowed = false;
  const read = (text: string) => {
    if (/javascript/i.test(text)) blocked = true;
    if (/\bhttps?\b|https\?|\bmailto\b/i.test(text)) allowed = true;
  };
  const visitor = {
    Literal(n: Node) {
      if (n.regex) read(n.regex.pattern);
      else if (typeof n.value === 'string') read(n.value);
    },
  };
  const seen = new Set<string>();
  walk(fn, [
    visitor,
    {
      // A module-level list the body consults (`BLOCKED.has(scheme)`, `BAD.test(url)`).
      Identifier(n) {
        if (seen.has(n.name) || seen.size > 64) return;
        seen.add(n.name);
        const def = unwrap(resolveValue(program, n).value);
        if (def !== unwrap(n) && (def.type === 'NewExpression' || def.type === 'ArrayExpression' || (def.type === 'Literal' && def.regex))) walk(def, [visitor]);
      },
    },
  ]);
  return blocked && !allowed;
}

function rangeChars(range: string): string {
  let out = '';
  for (let k = range.charCodeAt(0); k <= range.charCodeAt(2); k++) out += String.fromCharCode(k);
  return out;
}

const ALNUM = /[0-9A-Za-z]/;

/**
 * A class range between two letters or digits that also takes punctuation: `[A-z]` holds
 * `` [ \ ] ^ _ ` `` as well, `[0-z]` a dozen more. Written by mistake, never by an escaper on purpose.
 */
function overlyWideRange(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') { i++; continue; }
    if (!inClass) { if (c === '[') inClass = true; continue; }
    if (c === ']') { inClass = false; continue; }
    if (pattern[i + 1] !== '-' || i + 2 >= pattern.length || pattern[i + 2] === ']' || pattern[i + 2] === '\\') continue;
    const lo = c.charCodeAt(0);
    const hi = pattern.charCodeAt(i + 2);
    if (ALNUM.test(c) && ALNUM.test(pattern[i + 2]!)) {
      for (let k = lo; k <= hi; k++) if (!ALNUM.test(String.fromCharCode(k))) return pattern.slice(i, i + 3);
    }
    i += 2;
  }
  return undefined;
}

/**
 * A function whose body only puts its parameters between constant text (`(f) => \`"${f}"\``): named
 * like a quoting or escaping helper, it escapes nothing (`"$(id)"` still runs in a shell).
 */
function onlyWrapsArgument(fn: Node): boolean {
  const body = fn.body;
  const returned = body?.type === 'BlockStatement' ? (body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument : undefined) : body;
  if (!returned) return false;
  const params = new Set(fn.params.map((p: Node) => (p.type === 'Identifier' ? p.name : undefined)));
  let usesParam = false;
  const plain = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'Literal') return typeof u.value === 'string';
    if (u.type === 'Identifier' && params.has(u.name)) return (usesParam = true);
    if (u.type === 'TemplateLiteral') return u.expressions.every(plain);
    return u.type === 'BinaryExpression' && u.operator === '+' && plain(u.left) && plain(u.right);
  };
  return plain(returned) && usesParam;
}
