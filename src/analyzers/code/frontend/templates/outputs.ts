/**
 * Server-side view files (EJS, Pug, Handlebars, Mustache, Nunjucks): where they write an expression
 * without HTML escaping. Templates are only read, never compiled or run: Pug goes through the Pug
 * lexer and Handlebars/Mustache through the Handlebars parser (both build tokens/ASTs and evaluate
 * nothing); EJS and Nunjucks have no parser published apart from their compilers, and their
 * output tags are a small delimiter grammar, so a tokenizer for those tags is enough.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';

// Both parsers load on first use (CommonJS, from node_modules): most scans have no view templates,
// and a hook or pre-commit run must not pay for them.
const requireCjs = createRequire(import.meta.url);
// pug-lexer is CommonJS without types: (source, { filename }) → tokens with `loc` and, for code, `mustEscape`.
type PugLexer = (src: string, opts: { filename?: string }) => PugToken[];
let pugLexer: PugLexer | undefined;
const lexPug: PugLexer = (src, opts) => (pugLexer ??= requireCjs('pug-lexer') as PugLexer)(src, opts);
let handlebars: typeof import('@handlebars/parser') | undefined;
const parseHandlebars = (text: string) => (handlebars ??= requireCjs('@handlebars/parser') as typeof import('@handlebars/parser')).parse(text);

interface PugToken { type: string; val?: unknown; name?: string; mustEscape?: boolean; buffer?: boolean; loc: { start: { line: number; column: number } } }

export type TemplateEngine = 'ejs' | 'pug' | 'handlebars' | 'mustache' | 'nunjucks';

/** One expression written without HTML escaping. */
export interface RawOutput {
  line: number;
  column: number;
  /** The tag as written (`<%- x %>`, `!{x}`, `{{{x}}}`, `{{ x | safe }}`), shortened. */
  tag: string;
  /** The expression's source. */
  expr: string;
  /** Top-level variables the expression reads (`headline || page.title` → headline, page). */
  roots: string[];
  /**
   * The fields read under each root (`page.title` → page: [['title']]; `headline` → headline: [[]]),
   * loop variables resolved to what they iterate: the view rule tells a clean field of a local from
   * a tainted one.
   */
  paths?: Record<string, string[][]>;
}

export class TemplateSyntaxError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

/** The Pug lexer and the Handlebars parser slow down badly on huge or deeply nested input. */
export class TemplateTooLargeError extends Error {}

const MAX_PARSED_BYTES = 64 * 1024;
const MAX_BLOCK_DEPTH = 200;

const ENGINE_BY_EXT: Record<string, TemplateEngine> = {
  '.ejs': 'ejs', '.pug': 'pug', '.jade': 'pug', '.hbs': 'handlebars', '.handlebars': 'handlebars',
  '.mustache': 'mustache', '.njk': 'nunjucks', '.nunjucks': 'nunjucks',
};

export function templateEngineOf(path: string): TemplateEngine | undefined {
  return ENGINE_BY_EXT[extname(path).toLowerCase()];
}

/** A hand-written view has far fewer raw tags; past this many the file is generated and we stop. */
const MAX_OUTPUTS = 2000;


/**
 * Every unescaped output of a view file; throws TemplateSyntaxError when the file does not parse.
 * `engine` overrides the one the extension names (an `.html` view rendered by the engine an app
 * registered for it); `autoescapeOff` is an engine configured not to escape (Nunjucks/Swig
 * `autoescape: false`), where every output not escaped by a filter is raw.
 */
export function rawOutputs(path: string, text: string, engine = templateEngineOf(path), autoescapeOff = false): RawOutput[] {
  if ((engine === 'pug' || engine === 'handlebars' || engine === 'mustache') && text.length > MAX_PARSED_BYTES) {
    throw new TemplateTooLargeError(`view file over ${MAX_PARSED_BYTES / 1024} KB: not parsed`);
  }
  switch (engine) {
    case 'ejs': return withLoopRoots(ejsOutputs(text), loopAliases(text, 'ejs'));
    case 'pug': return withLoopRoots(pugOutputs(path, text), loopAliases(text, 'pug'));
    case 'handlebars':
    case 'mustache': return handlebarsOutputs(text);
    case 'nunjucks': return withLoopRoots(nunjucksOutputs(text, autoescapeOff), loopAliases(text, 'nunjucks'));
    default: return [];
  }
}

/**
 * Loop variables and what they iterate, by pattern (not scoped: a name reused for another loop
 * gets both): EJS `posts.forEach(function (p) {` / `for (const p of posts)`, Pug `each p in posts`,
 * Nunjucks `{% for p in posts %}` (and `k, v` pairs). A row of `reviews` written raw is the data of
 * the `reviews` local, which is what the render call is matched by.
 */
const LOOPS: Record<'ejs' | 'pug' | 'nunjucks', { re: RegExp; names: number[]; iterated: number }[]> = {
  ejs: [
    { re: /([A-Za-z_$][\w$.]*)\s*\.\s*(?:forEach|map|flatMap|filter|some|every|find)\s*\(\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?\(?\s*([A-Za-z_$][\w$]*)/g, names: [2], iterated: 1 },
    { re: /for\s*\(\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s+(?:of|in)\s+([^)]+)\)/g, names: [1], iterated: 2 },
  ],
  pug: [{ re: /^[ \t]*(?:each|for)[ \t]+([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*([A-Za-z_$][\w$]*))?[ \t]+(?:in|of)[ \t]+(.+)$/gm, names: [1, 2], iterated: 3 }],
  nunjucks: [{ re: /\{%-?\s*for\s+([A-Za-z_$][\w$]*)(?:\s*,\s*([A-Za-z_$][\w$]*))?\s+in\s+(.+?)\s*-?%\}/g, names: [1, 2], iterated: 3 }],
};

/** A local and the fields read under it. */
interface Access { root: string; path: string[] }

function loopAliases(text: string, engine: keyof typeof LOOPS): Map<string, Access[]> {
  const out = new Map<string, Access[]>();
  for (const { re, names, iterated } of LOOPS[engine]) {
    for (const m of text.matchAll(re)) {
      if (out.size >= 64) return out;
      const accesses = Object.entries(expressionPaths(m[iterated] ?? '')).flatMap(([root, paths]) => paths.map((path) => ({ root, path })));
      for (const i of names) if (m[i] && accesses.length) out.set(m[i]!, [...(out.get(m[i]!) ?? []), ...accesses]);
    }
  }
  return out;
}

/**
 * An output's locals with those its loop variables iterate: `r.body` in `for r in reviews` reads
 * `body` of the rows of `reviews` (an array is known by its element's shape). Loops nest: followed
 * a few levels.
 */
function withLoopRoots(outputs: RawOutput[], aliases: Map<string, Access[]>): RawOutput[] {
  if (aliases.size === 0) return outputs;
  return outputs.map((o) => {
    const paths: Record<string, string[][]> = { ...(o.paths ?? Object.fromEntries(o.roots.map((r) => [r, [[]]]))) };
    let todo = Object.entries(paths).flatMap(([root, ps]) => ps.map((path) => ({ root, path })));
    for (let level = 0; todo.length && level < 8; level++) {
      const next: Access[] = [];
      for (const a of todo) for (const alias of aliases.get(a.root) ?? []) {
        if (alias.root === a.root) continue;
        const access = { root: alias.root, path: [...alias.path, ...a.path] };
        (paths[access.root] ??= []).push(access.path);
        next.push(access);
      }
      todo = next.length > 64 ? [] : next;
    }
    const roots = Object.keys(paths);
    return roots.length === o.roots.length && !o.paths ? o : { ...o, roots, paths };
  });
}

/**
 * Other views a view pulls in by a constant name, rendered with the same locals: EJS
 * `include('partials/header')` (and the old `<% include header %>`), Pug `include`/`extends`,
 * Handlebars `{{> header}}` without a context of its own, Nunjucks/Swig `include`/`extends`/`import`.
 * Read with patterns (no template is compiled); `engine` undefined (an `.html` view) tries all.
 */
export function templateIncludes(text: string, engine?: TemplateEngine): string[] {
  const out = new Set<string>();
  const add = (re: RegExp) => { for (const m of text.matchAll(re)) if (out.size < 32) out.add(m[1]!); };
  if (!engine || engine === 'ejs') {
    add(/<%[-=_]?\s*include\s*\(\s*['"]([^'"]+)['"]/g);
    add(/<%[-=_]?\s*include\s+([\w./-]+)\s*[-_]?%>/g);
  }
  if (engine === 'pug') add(/^[ \t]*(?:include|extends)[ \t]+([^\s:][^\s]*)[ \t]*$/gm);
  if (!engine || engine === 'handlebars' || engine === 'mustache') add(/\{\{~?>\s*([\w./-]+)\s*~?\}\}/g);
  if (!engine || engine === 'nunjucks') add(/\{%-?\s*(?:include|extends|import|from)\s+["']([^"']+)["']/g);
  return [...out];
}

/** Plain `.html`/`.htm` files are views only when an app registers an engine for them (`app.engine('html', …)`). */
export function isHtmlView(path: string): boolean {
  return /\.html?$/i.test(path);
}

/** How an engine's output would read an `.html` view, per candidate engine and escaping mode. */
export type ViewReading = 'ejs' | 'nunjucks' | 'nunjucks-autoescape-off' | 'handlebars';

/**
 * The unescaped outputs of an `.html` file under each engine that could render it, computed while
 * the file is at hand (pass 1) because which engine an app registers is only known once every file
 * is read. Only syntaxes whose delimiters occur are tried; a file that does not parse under one is
 * simply not a view of that engine.
 */
export function htmlViewReadings(path: string, text: string): Partial<Record<ViewReading, RawOutput[]>> {
  const out: Partial<Record<ViewReading, RawOutput[]>> = {};
  const attempt = (reading: ViewReading, run: () => RawOutput[]) => {
    try {
      out[reading] = run();
    } catch {
      // not this engine's syntax
    }
  };
  if (text.includes('<%')) attempt('ejs', () => withLoopRoots(ejsOutputs(text), loopAliases(text, 'ejs')));
  if (/\{[{%]/.test(text)) {
    attempt('nunjucks', () => withLoopRoots(nunjucksOutputs(text), loopAliases(text, 'nunjucks')));
    attempt('nunjucks-autoescape-off', () => withLoopRoots(nunjucksOutputs(text, true), loopAliases(text, 'nunjucks')));
    if (text.length <= MAX_PARSED_BYTES && /\{\{[{&]/.test(text)) attempt('handlebars', () => handlebarsOutputs(text));
  }
  return out;
}

const JS_WORDS = new Set(['true', 'false', 'null', 'undefined', 'this', 'typeof', 'instanceof', 'new', 'in', 'of', 'void', 'delete', 'await', 'function', 'return', 'if', 'else', 'and', 'or', 'not', 'is', 'none', 'None', 'True', 'False']);

/** Identifiers read at the top level of a JS-like expression (not after `.`, not inside strings). */
export function expressionRoots(expr: string): string[] {
  return Object.keys(expressionPaths(expr));
}

/** Each top-level identifier of an expression with the member names read after it (`a.b[0].c` → a: [['b', 'c']]). */
export function expressionPaths(expr: string): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  const stripped = expr.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
  for (const m of stripped.matchAll(/(?<![\w$.@])([A-Za-z_$][\w$]*)((?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*\d+\s*\])*)(?!\s*:(?!:))/g)) {
    const name = m[1]!;
    if (JS_WORDS.has(name)) continue;
    const path = [...(m[2] ?? '').matchAll(/[A-Za-z_$][\w$]*/g)].map((x) => x[0]);
    (out[name] ??= []).push(path);
  }
  return out;
}

/** Offsets → 1-based line/column, by binary search over line starts (one index per file). */
function lineIndexOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

function output(at: { line: number; column: number }, tag: string, expr: string): RawOutput {
  const paths = expressionPaths(expr);
  return { ...at, tag: tag.length > 60 ? tag.slice(0, 57) + '…' : tag, expr: expr.trim(), roots: Object.keys(paths), paths };
}

// ── EJS ───────────────────────────────────────────────────────────────────────
/** `<%- expr %>` writes raw; `<%%` is a literal `<%`; `<%#` comments; `-%>`/`_%>` trim whitespace. */
function ejsOutputs(text: string): RawOutput[] {
  const lineCol = lineIndexOf(text);
  const out: RawOutput[] = [];
  let i = 0;
  for (;;) {
    const open = text.indexOf('<%', i);
    if (open < 0 || out.length >= MAX_OUTPUTS) return out;
    if (text[open + 2] === '%') {
      i = open + 3;
      continue;
    }
    const close = text.indexOf('%>', open + 2);
    if (close < 0) throw new TemplateSyntaxError(`unclosed <% tag`, lineCol(open).line);
    const kind = text[open + 2];
    if (kind === '-') {
      const expr = text.slice(open + 3, close).replace(/[-_]$/, '');
      // `<%- include('header') %>` writes another template's (escaped) output, not data.
      if (!/^\s*include\s*\(/.test(expr)) out.push(output(lineCol(open), text.slice(open, close + 2), expr));
    }
    i = close + 2;
  }
}

// ── Pug ───────────────────────────────────────────────────────────────────────
/** `tag!= expr`, `!{expr}` in text, and `attr!=expr` attributes are unescaped. */
function pugOutputs(path: string, text: string): RawOutput[] {
  let tokens: PugToken[];
  try {
    tokens = lexPug(text, { filename: path });
  } catch (err) {
    const e = err as { msg?: string; message: string; line?: number };
    throw new TemplateSyntaxError(e.msg ?? e.message.split('\n')[0]!, e.line);
  }
  const out: RawOutput[] = [];
  for (const t of tokens) {
    const { line, column } = t.loc.start;
    if ((t.type === 'code' || t.type === 'interpolated-code') && t.buffer && t.mustEscape === false && typeof t.val === 'string') {
      out.push({ ...output({ line, column }, '', t.val), tag: t.type === 'code' ? `!= ${t.val}`.slice(0, 60) : `!{${t.val}}`.slice(0, 60) });
    } else if (t.type === 'attribute' && t.mustEscape === false && typeof t.val === 'string') {
      out.push({ ...output({ line, column }, '', t.val), tag: `${t.name}!=${t.val}`.slice(0, 60) });
    }
  }
  return out;
}

// ── Handlebars / Mustache ─────────────────────────────────────────────────────
interface HbsNode { type: string; escaped?: boolean; path?: HbsNode; params?: HbsNode[]; original?: string; head?: unknown; parts?: string[]; loc?: { start: { line: number; column: number } }; [k: string]: unknown }

/** `{{{expr}}}` and `{{& expr}}` are unescaped; helpers' arguments are what they write. */
function handlebarsOutputs(text: string): RawOutput[] {
  let depth = 0;
  for (const m of text.matchAll(/\{\{~?\s*([#^/])/g)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth > MAX_BLOCK_DEPTH) throw new TemplateTooLargeError(`blocks nested more than ${MAX_BLOCK_DEPTH} deep: not parsed`);
  }
  let ast: HbsNode;
  try {
    ast = parseHandlebars(text) as unknown as HbsNode;
  } catch (err) {
    const m = /line (\d+)/.exec((err as Error).message);
    throw new TemplateSyntaxError((err as Error).message.split('\n')[0]!, m ? Number(m[1]) : undefined);
  }
  const out: RawOutput[] = [];
  const pathRoot = (p: HbsNode | undefined): string[] => {
    if (!p) return [];
    if (p.type === 'PathExpression') {
      const first = p.parts?.[0];
      // `this.x`/`./x` and `@root.x` read the context; `@index` and `../x` are not locals by name.
      return first && !(p as { data?: boolean }).data ? [first] : [];
    }
    if (p.type === 'SubExpression') return (p.params ?? []).flatMap(pathRoot);
    return [];
  };
  /** The member path a Handlebars path reads (`post.author.name` → ['post', 'author', 'name']). */
  const partsOf = (p: HbsNode | undefined): string[][] => {
    if (!p) return [];
    if (p.type === 'PathExpression') return (p.parts?.length && !(p as { data?: boolean }).data) ? [p.parts] : [];
    if (p.type === 'SubExpression') return (p.params ?? []).flatMap(partsOf);
    return [];
  };
  /** An enclosing `{{#each x}}` / `{{#with x}}`: what it iterates and its block parameters (`as |post|`). */
  interface Scope { accesses: Access[]; blockParams: string[] }
  // Inside `{{#each posts}}` / `{{#with post}}` names are read from the element (or a block
  // parameter, `as |post|`): what is written there is the data of `posts`.
  const visit = (n: unknown, scopes: Scope[]): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x, scopes);
      return;
    }
    const node = n as HbsNode;
    if (node.type === 'MustacheStatement' && node.escaped === false && node.loc) {
      const p = node.path;
      // `{{{body}}}` in a layout and `{{{> partial}}}` write already rendered HTML.
      const helperCall = (node.params?.length ?? 0) > 0;
      const own = helperCall ? (node.params ?? []).flatMap(partsOf) : partsOf(p);
      const paths: Record<string, string[][]> = {};
      for (const parts of own) {
        (paths[parts[0]!] ??= []).push(parts.slice(1));
        // Read through the innermost scope (a block parameter, else the element itself).
        const scope = scopes.at(-1);
        if (!scope) continue;
        const rest = scope.blockParams.includes(parts[0]!) ? parts.slice(1) : parts;
        for (const a of scope.accesses) (paths[a.root] ??= []).push([...a.path, ...rest]);
      }
      const expr = [p?.original ?? '', ...(node.params ?? []).map((x) => String(x.original ?? ''))].join(' ').trim();
      out.push({ line: node.loc.start.line, column: node.loc.start.column + 1, tag: `{{{${expr}}}}`.slice(0, 60), expr, roots: Object.keys(paths), paths });
    }
    if (node.type === 'BlockStatement' && /^(each|with)$/.test(node.path?.original ?? '')) {
      // What the block reads, itself resolved through the enclosing scope.
      const outer = scopes.at(-1);
      const accesses = (node.params ?? []).flatMap(partsOf).flatMap((parts): Access[] => {
        const direct = { root: parts[0]!, path: parts.slice(1) };
        if (!outer) return [direct];
        const rest = outer.blockParams.includes(parts[0]!) ? parts.slice(1) : parts;
        return [direct, ...outer.accesses.map((a) => ({ root: a.root, path: [...a.path, ...rest] }))];
      });
      const blockParams = ((node.program as { blockParams?: string[] } | undefined)?.blockParams) ?? [];
      visit(node.program, accesses.length ? [...scopes, { accesses, blockParams }] : scopes);
    } else visit(node.program, scopes);
    visit(node.inverse, scopes);
    visit(node.body, scopes);
  };
  visit(ast, []);
  return out;
}

// ── Nunjucks ──────────────────────────────────────────────────────────────────
/**
 * `{{ expr | safe }}`; `{% autoescape false %}` blocks make every `{{ }}` in them raw, and so does an
 * environment configured with `autoescape: false` (`engineAutoescapeOff`) outside `{% autoescape true %}`.
 * Swig shares this syntax.
 */
function nunjucksOutputs(text: string, engineAutoescapeOff = false): RawOutput[] {
  const lineCol = lineIndexOf(text);
  const out: RawOutput[] = [];
  const autoescapeOff: boolean[] = [engineAutoescapeOff];
  const opener = /\{[{%#]/g;
  let i = 0;
  for (;;) {
    opener.lastIndex = i;
    const found = opener.exec(text);
    if (!found || out.length >= MAX_OUTPUTS) return out;
    const start = found.index;
    const kind = text[start + 1];
    const closer = kind === '{' ? '}}' : kind === '%' ? '%}' : '#}';
    const close = findClose(text, start + 2, closer, kind !== '#');
    if (close < 0) throw new TemplateSyntaxError(`unclosed {${kind} tag`, lineCol(start).line);
    const body = text.slice(start + 2, close).replace(/^-|-$/g, '');
    if (kind === '%') {
      const tag = /^\s*(\w+)\s*(.*?)\s*$/s.exec(body);
      if (tag?.[1] === 'autoescape') autoescapeOff.push(/^(false|0)$/i.test(tag[2] ?? ''));
      else if (tag?.[1] === 'endautoescape' && autoescapeOff.length > 1) autoescapeOff.pop();
      else if (tag?.[1] === 'raw' || tag?.[1] === 'verbatim') {
        const endTag = /\{%-?\s*end(raw|verbatim)\s*-?%\}/g;
        endTag.lastIndex = close;
        const end = endTag.exec(text);
        if (!end) throw new TemplateSyntaxError(`{% ${tag[1]} %} without {% end${tag[1]} %}`, lineCol(start).line);
        i = end.index + 2;
        continue;
      }
    } else if (kind === '{') {
      const filters = splitFilters(body);
      const expr = filters[0] ?? '';
      const safe = filters.slice(1).some((f) => /^(safe|raw)\b/.test(f.trim())); // `raw`: Swig's name for it
      const escaped = filters.slice(1).some((f) => /^(e|escape|forceescape|urlencode|dump|int|float|length|striptags)\b/.test(f.trim()));
      if ((safe || (autoescapeOff.at(-1) && !escaped)) && expr.trim()) out.push(output(lineCol(start), text.slice(start, close + 2), expr));
    }
    i = close + 2;
  }
}

/** Index of `closer` after `from`, skipping quoted strings inside expression tags. */
function findClose(text: string, from: number, closer: string, code: boolean): number {
  let quote = '';
  for (let j = from; j < text.length - 1; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
      continue;
    }
    if (code && (c === '"' || c === "'")) quote = c;
    else if (c === closer[0] && text[j + 1] === closer[1]) return j;
  }
  return -1;
}

/** `a | b(c) | d` → ['a', 'b(c)', 'd'], ignoring `|` inside strings, brackets and `||`. */
function splitFilters(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let j = 0; j < expr.length; j++) {
    const c = expr[j]!;
    if (quote) {
      cur += c;
      if (c === '\\') cur += expr[++j] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === '|' && depth === 0 && expr[j + 1] !== '|' && expr[j - 1] !== '|') {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}
