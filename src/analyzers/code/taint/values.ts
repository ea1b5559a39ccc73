import type { Location, TraceStep } from '../../../findings/finding.js';
import type { FunctionSummary } from './summaries.js';

/** What a tainted value must not reach. Each kind is one bit so sanitisation is a mask. */
export const SINK_KINDS = {
  sql: 1 << 0,
  nosql: 1 << 1,
  command: 1 << 2,
  path: 1 << 3,
  code: 1 << 4,
  xss: 1 << 5,
  ssrf: 1 << 6,
  redirect: 1 << 7,
  prototype: 1 << 8,
  deserialization: 1 << 9,
  regex: 1 << 10,
  log: 1 << 11,
  xxe: 1 << 12,
  errorInfo: 1 << 13,
  /** A fixed regex with super-linear backtracking run on the value (the value is the subject, not the pattern). */
  redos: 1 << 14,
  /** A whole argument of a program that reads options from its arguments (`git`, `ssh`): it may start with `-`. */
  argument: 1 << 15,
  /**
   * Anything written to a log, objects included (a `log` sink sees only text that can forge lines):
   * whether it holds a credential. Escaping or JSON-encoding does not make a password safe to log.
   */
  logData: 1 << 16,
} as const;
export type SinkKind = keyof typeof SINK_KINDS;
export const ALL_KINDS = (1 << 17) - 1;
/**
 * Not a sink kind: the taint is the leading base of the string or path it is in (`root` of
 * `path.join(root, name)`, `${dir}/x`). A library's caller choosing the base directory is the
 * function's contract; a parameter appended after it is what can climb out.
 */
export const LEADING_BASE = 1 << 20;
/**
 * Not a sink kind: a check proved the string starts with a path (`/…`) or an http(s) origin, so as a
 * link or frame URL it can never be `javascript:`. (A host allowlist alone does not prove this:
 * `javascript://allowed.com/%0A…` has that host.)
 */
export const URL_SAFE_START = 1 << 17;
/**
 * Not a sink kind: HTML-escaped where it starts a URL attribute (`<a href="${escapeHtml(url)}">`), so
 * escaping did not count (a `javascript:` URL survives it). A helper's parameter marked so is safe
 * for a caller whose value was proved to start safely (URL_SAFE_START): `link(allowedUrl(u))`.
 */
export const ESCAPED_AT_URL_START = 1 << 31;
/**
 * Not a sink kind: HTML-escaped by a function that leaves `"` as it is (`s.replace(/[&<>]/g, …)`).
 * That is enough for element content; inside a double-quoted attribute value a `"` ends the value
 * and what follows becomes attributes of its own (` onmouseover="…"`).
 */
export const QUOTES_KEPT = 1 << 19;
/** A regex source that selects a `"` (literally or as `\x22` / `\u0022`). */
export const QUOTE_PATTERN = /"|\\x22|\\u0022|\\u\{22\}/i;
/**
 * A value about to be HTML-escaped, marked by whether that escaper leaves `"` as it is (`kept`).
 * Quotes stay only if every escaping left them: once one escaper took them, later ones cannot
 * bring them back (`escapeText(escapeAttr(x))`); an escaper that takes them clears the mark.
 */
export function quoteMarked(v: Value, kept: boolean): Value {
  if (!isTainted(v)) return v;
  const xss = SINK_KINDS.xss;
  const mark = (t: Taint): Taint => {
    const s = kept ? (t.sanitized & xss && !(t.sanitized & QUOTES_KEPT) ? t.sanitized : t.sanitized | QUOTES_KEPT) : t.sanitized & ~QUOTES_KEPT;
    return s === t.sanitized ? t : { ...t, sanitized: s };
  };
  return { ...v, taints: allTaints(v).map(mark) };
}
/** The trace step where such a value lands in a double-quoted attribute value (js/xss words its message after it). */
export const QUOTES_LEFT_STEP = 'HTML-escaped by a function that leaves `"` as it is, inside a double-quoted attribute value, which a `"` ends';
/** The request target as the client sent it (`req.url`, `req.originalUrl`, `ctx.path`): its path starts with `/`. */
const REQUEST_TARGET = /(^|\.)(url|originalUrl|path|pathname)$/;
export function isRequestPath(t: Taint): boolean {
  return t.source?.category === 'request' && t.path.length === 0 && REQUEST_TARGET.test(t.source.label);
}
/**
 * A string that starts on this site (Value.sameOrigin) cannot be a `javascript:` URL: its taints,
 * wherever they sit in it, carry URL_SAFE_START for the URL attributes it is escaped into.
 */
export function sameOriginStart(v: Value): Value {
  return v.sameOrigin ? { ...v, taints: v.taints.map((t) => (t.sanitized & URL_SAFE_START ? t : { ...t, sanitized: t.sanitized | URL_SAFE_START })) } : v;
}
/** Every taint of this URL value was proved to start with a path or an http(s) origin. */
export function safeUrlStart(v: Value): boolean {
  const ts = allTaints(v);
  return ts.length > 0 && ts.every((t) => (t.sanitized & URL_SAFE_START) !== 0);
}
/**
 * Not a sink kind: the taint was appended after a base somewhere in the string or path it is in
 * (`name` of `path.join(root, name)`, even after `path.join(that, 'x')` puts the result first
 * again). A library parameter appended to a directory can climb out of it; one that is the whole
 * path, or its base, is the caller's choice of file.
 */
export const APPENDED = 1 << 21;
/**
 * Not a sink kind: the string's length was compared with a bound before use (`if (s.length > 100)
 * return`). A bounded input cannot make a polynomial regex slow; nested quantifiers still can.
 */
export const LENGTH_BOUNDED = 1 << 22;
/**
 * Not a sink kind: a library parameter named as a pattern (`glob`, `pattern`, `regex`). A regex
 * compiled from it is the package's purpose; other parameters built into the same regex (a glob
 * library's options) are part of that pattern language, not data inserted into it.
 */
export const PATTERN_INPUT = 1 << 23;
/** Parameter names that say the caller passes a regular expression on purpose. */
export const PATTERN_PARAM = /^(re|regexp?|regExp|pattern|patterns|matcher|glob|expr)$|Pattern$|Regexp?$|RegExp$/;
/**
 * Function names that say they compile a pattern language into a regex (`compilePattern`,
 * `pathToRegexp`, `tokensToRegexp`, `globToRegExp`, `makeRe`): whatever reaches `new RegExp()` inside
 * is the pattern. (Not `buildRegex(word)`: a helper that may splice literal text in unescaped.)
 */
export const PATTERN_COMPILER = /^compile(Pattern|Glob|Route|Path|Wildcard)s?$|^makeRe$|[a-z]To(Regexp?|RegExp|Regex|Re)$/;
/**
 * Not a sink kind: a library parameter named as code (`template`, `expression`). Compiling it is
 * the package's purpose, except in a fresh node:vm context, which promises an isolation vm lacks.
 */
export const CODE_CONTRACT = 1 << 28;
/**
 * Not a sink kind: a library parameter meant as a path, resolved against a base URL with `new URL(path,
 * base)`. An absolute (`https://other/…`) or protocol-relative (`//other`) value replaces the base's
 * host, so the library's request goes wherever its caller's input says (axios CVE-2024-39338 shape).
 */
export const RESOLVED_AGAINST_BASE = 1 << 18;
/**
 * Not a sink kind: a check proved the string starts with one `/` and not `//`, but `\\` was not
 * refused. Browsers read `/\\evil.example` as `//evil.example`, so this is a same-site path only
 * for a redirect that percent-encodes `\\` (Express `res.redirect`/`res.location`, Koa `ctx.redirect`).
 */
export const SLASH_PATH = 1 << 29;
/** Bits 24–27 and 30: facts a condition proves (guards.ts) that only count together; never a value's mark. */
export const GUARD_ONLY = (0xf << 24) | (1 << 30);

/**
 * The taints of a value placed first (`lead`) or after something else in a built string or path.
 * Once appended, a taint stays appended: putting the built value first again does not make its
 * parts a base.
 */
export function atPosition(taints: Taint[], lead: boolean): Taint[] {
  return taints.map((t) => {
    const s = lead ? (t.sanitized & APPENDED ? t.sanitized : t.sanitized | LEADING_BASE) : (t.sanitized & ~LEADING_BASE) | APPENDED;
    return s === t.sanitized ? t : { ...t, sanitized: s };
  });
}
/** Everything but the error-info kind: a value coerced to a number is still an error's message? no: numbers are safe everywhere. */
export const mask = (...kinds: SinkKind[]) => kinds.reduce((m, k) => m | SINK_KINDS[k], 0);

/** Where tainted data comes from. */
export interface SourceInfo {
  /** Human label: `req.query.id`, `location.hash`, `process.argv`. */
  label: string;
  /**
   * `remote`: the body of an HTTP response the code fetched (stored content: other users may have
   * written it). `archive`: an entry an archive reader hands over (its stored name is whoever made
   * the archive's choice).
   */
  category: 'request' | 'browser' | 'cli' | 'error' | 'file' | 'library' | 'remote' | 'stored' | 'database' | 'archive';
  location: Location;
  /** True when the value may be an object chosen by the attacker (JSON body, qs query) — NoSQL operators. */
  mayBeObject: boolean;
  /** The source comes from the user's `models:` (`models.sources.0: @acme/tenant getTenantInput`). */
  model?: string;
  /** The whole message a client sent to an action (Moleculer `ctx.params`): credentials too, where the action takes them. */
  payload?: boolean;
  /** Data of a document a parser hands the library (a sax parser's element names and attributes). */
  document?: boolean;
}

/** One reason a value is tainted: a concrete source, or a parameter of the function being summarised. */
export interface Taint {
  source?: SourceInfo;
  /** Index of the enclosing function's parameter this taint stands for (summaries). */
  param?: number;
  /** Property path below the source or parameter that was read (`['body','name']`). */
  path: string[];
  /** Kinds this value is safe for (bitmask). */
  sanitized: number;
  /** The value is the whole source object (`req.body`), not a field of it. */
  whole: boolean;
  steps: TraceStep[];
  /** Text that spells out a whole source object (`JSON.stringify(req.headers)`): all its fields are in it, wherever the text goes. */
  serialized?: true;
}

/** Abstract value: the taints it carries, plus structure we can still see. */
export interface Value {
  taints: Taint[];
  /** Known fields (object literals, destructured records). */
  fields?: Map<string, Value>;
  /** Constant text we know the string starts with (for URL/redirect prefix checks). */
  prefix?: string;
  /** Constant text fragments of a built string (for "looks like SQL/HTML"). */
  text?: string;
  /** The value is a string built by concatenation or a template (not an object). */
  stringy?: boolean;
  /** Special objects whose members we model (request, response, error, function). */
  kind?: 'request' | 'response' | 'responseLocals' | 'jobData' | 'error' | 'lambdaEvent' | 'socket' | 'formData' | 'searchParams' | 'template' | 'rawTemplate' | 'schema' | 'fetchResponse' | 'httpClient';
  /** A validation schema (zod/joi/yup object): per field, how narrow the accepted values are. */
  schema?: Map<string, 'narrow' | 'string' | 'any'>;
  /** A function value we can call (local function node id). */
  fn?: number;
  /** An instance (or the class itself) of a class we can see: its name, or `@import:Name`. */
  cls?: string;
  /** `cls` is an instance made here (`new Db()`), not the class itself. */
  instance?: boolean;
  /** A path normalised by `path.resolve/join/normalize` or `realpath`: no `..` left, so a prefix check means containment. */
  normalized?: boolean;
  /**
   * A compiled template read from this view file (`Handlebars.compile(readFileSync('mail.hbs'))`),
   * or a file of this pattern (`*.hbs` from `` `${name}.hbs` ``): the name is chosen by a value.
   */
  view?: string;
  /** What chose the name in a view pattern (`name` in `` `${name}.hbs` ``): a parameter names it for each caller. */
  viewName?: Taint[];
  /** The value a promise resolves to (`fetch` results, async functions). */
  awaited?: Value;
  /**
   * The object was reached through a user-chosen key (`obj[key]`): it may be `Object.prototype`
   * (key `__proto__`), so a second user-chosen key written into it pollutes every object.
   */
  keyedBy?: Taint[];
  /** Where the value comes from as an API path, `package|path` (`pg|Pool().query`): see models/apis.ts. */
  api?: string;
  /** Another project file's export this value is (`./dao#*`, `./db#pool`), for the link step. */
  ref?: string;
  /**
   * The string starts with this page's own URL, origin or path (`location.href`, `location.origin +
   * …`, `location.pathname + '?page=2'`): navigating to it stays on the site, whatever follows.
   */
  sameOrigin?: boolean;
  /**
   * A parameter with its leading run of slashes and backslashes collapsed into one `/`
   * (`p.replace(/^[/\\]+/, '/')`): a same-site path for each caller that passes a request path.
   */
  slashesCollapsed?: boolean;
  /**
   * A field written explicitly after a spread (`{ ...row, html: clean(row.text) }`): reading it gives
   * this value, not the spread object's taints.
   */
  shadows?: boolean;
  /** A shadowing field an assignment wrote (`opts.port = …`), maybe on one path only: see unionAt. */
  written?: boolean;
  /** An instance of another file's class: the objects its constructor was given (`new Service(new Repo(db))`). */
  ctorArgs?: Value[];
  /** A regular expression whose pattern is known (a literal, or `new RegExp('constant')`). */
  regex?: { source: string; flags: string };
  /**
   * A function another file's factory returned (`const logAccess = accessLogger(config)`): what
   * calling it does (the factory's FunctionSummary.returnsHandler).
   */
  callSummary?: FunctionSummary;
  /** The `resolve` of a `new Promise((resolve) => …)` executor: what it is called with (shared list), the promise's value. */
  resolves?: Value[];
  /** A Node-style callback `cb(err, result)` handed to a function run for a framework: what it is called with as result (shared list). */
  callbackResults?: Value[];
}

export const EMPTY: Value = { taints: [] };

/** Path step of data parsed out of a base64 token (`JSON.parse(atob(seg))`; not a field name, so labels leave it out). */
export const DECODED_TOKEN = 'decoded()';

export function isTainted(v: Value, depth = 0): boolean {
  if (v.taints.length > 0) return true;
  // Field maps can be cyclic (`node.next = node`); allTaints looks as deep.
  if (depth > 6) return false;
  if (v.fields) for (const f of v.fields.values()) if (isTainted(f, depth + 1)) return true;
  return v.awaited ? isTainted(v.awaited, depth + 1) : false;
}

/**
 * Tainted by anything but rows read from the database. Those rows are carried to the views that
 * write them raw (views.ts) and are otherwise the application's own data: decisions (a guard's
 * clean replacement, elements a callback built from rows) treat them as untainted.
 */
export function isTaintedByInput(v: Value): boolean {
  return allTaints(v).some(fromInput);
}

/** A taint whose source is not the application's own database (or a parameter's). */
export function fromInput(t: Taint): boolean {
  return t.source?.category !== 'database';
}

/** All taints of a value including its known fields (reading the whole object). */
export function allTaints(v: Value, depth = 0): Taint[] {
  if (depth > 6 || (!v.fields && !v.awaited)) return v.taints;
  const out = [...v.taints];
  if (v.fields) for (const f of v.fields.values()) out.push(...allTaints(f, depth + 1));
  if (v.awaited) out.push(...allTaints(v.awaited, depth + 1));
  return out;
}

const MAX_TAINTS = 8;
const MAX_STEPS = 12;

/** Arrays `dedupeTaints` returned: already free of duplicates and within the cap (taint arrays are never changed once built). */
const DEDUPED = new WeakSet<Taint[]>();

function taintKey(t: Taint): string {
  return `${t.source ? `${t.source.label}@${t.source.location.startLine}:${t.source.location.startColumn}` : `p${t.param}`}|${t.path.join('.')}|${t.sanitized}|${t.whole}`;
}

/**
 * The first taint of each key, at most MAX_TAINTS. Runs on every union: the same taint object
 * reached by two branches is recognised without building its key, and a list with nothing to
 * drop is returned as it is.
 */
export function dedupeTaints(taints: Taint[]): Taint[] {
  if (taints.length <= 1 || DEDUPED.has(taints)) return taints;
  // Over the cap, rows read from the database give way to every other source.
  if (taints.length > MAX_TAINTS && taints.some((t) => t.source?.category === 'database')) {
    taints = [...taints.filter((t) => t.source?.category !== 'database'), ...taints.filter((t) => t.source?.category === 'database')];
  }
  const kept: Taint[] = [];
  const keys: (string | undefined)[] = [];
  let dropped = false;
  outer: for (const t of taints) {
    if (kept.length === MAX_TAINTS) {
      dropped = true;
      break;
    }
    for (let j = 0; j < kept.length; j++) {
      if (kept[j] === t) {
        dropped = true;
        continue outer;
      }
    }
    const key = taintKey(t);
    for (let j = 0; j < kept.length; j++) {
      if ((keys[j] ??= taintKey(kept[j]!)) === key) {
        dropped = true;
        continue outer;
      }
    }
    kept.push(t);
    keys.push(key);
  }
  const out = dropped ? kept : taints;
  DEDUPED.add(out);
  return out;
}

/**
 * The field of a tuple-shaped element (`[column, value]` pairs a filter checked by position) that
 * holds its unchecked positions: array destructuring reads position i from field `i`, else from here.
 */
export const TUPLE_REST = '[…]';

export function union(...values: Value[]): Value {
  return unionAt(values, 0);
}

/** Field maps can be cyclic (`node.next = node`): below this depth nested fields are merged by taints only. */
const MAX_UNION_DEPTH = 8;

/** Something a union keeps beyond `stringy`/`sameOrigin`. */
function hasLattice(v: Value): boolean {
  return v.taints.length > 0 || !!v.fields || !!v.kind || !!v.awaited || v.fn !== undefined || !!v.cls || !!v.keyedBy || !!v.api || !!v.ref || !!v.regex || !!v.ctorArgs || !!v.callSummary || !!v.view;
}

/**
 * `v` is what a union of it with itself would build (no field map or awaited value to copy,
 * nothing a union drops, duplicate-free taints): the union may return `v` itself. Every key is
 * looked at, so a field a union would drop is never kept by mistake.
 */
function isUnionFixed(v: Value): boolean {
  for (const k in v) {
    const x = (v as unknown as Record<string, unknown>)[k];
    switch (k) {
      case 'taints':
        if (v.taints.length > 1 && !DEDUPED.has(v.taints)) return false;
        break;
      case 'keyedBy':
        if (x === undefined) break;
        if (v.keyedBy!.length === 0 || (v.keyedBy!.length > 1 && !DEDUPED.has(v.keyedBy!))) return false;
        break;
      case 'fn':
        break;
      case 'kind': case 'cls': case 'api': case 'ref': case 'ctorArgs': case 'regex': case 'callSummary': case 'view': case 'viewName':
        if (x !== undefined && !x) return false;
        break;
      case 'stringy':
        if (x !== undefined && x !== true) return false;
        break;
      case 'sameOrigin':
        // Kept by a union only when something else carries a lattice part.
        if (x !== undefined && (x !== true || !hasLattice(v))) return false;
        break;
      default:
        if (x !== undefined) return false;
    }
  }
  return true;
}

function unionAt(values: Value[], depth: number): Value {
  // A union of one value with copies of itself and blank values (a variable no branch changed)
  // is that value again when it is already in union form: no copy.
  let only: Value | undefined;
  let blankWithoutOrigin = false;
  let single = true;
  for (const v of values) {
    if (v === only) continue;
    if (!hasLattice(v) && !v.stringy) {
      if (!v.sameOrigin) blankWithoutOrigin = true;
      continue;
    }
    if (only) {
      single = false;
      break;
    }
    only = v;
  }
  if (single && only && !(blankWithoutOrigin && only.sameOrigin) && isUnionFixed(only)) return only;

  let nonEmpty = 0;
  let first: Value | undefined;
  let stringy = false;
  let sameOrigin = true;
  let withTaints: Value | undefined;
  let taintSources = 0;
  let withFields = 0;
  let withAwaited = 0;
  for (const v of values) {
    if (v.stringy) stringy = true;
    if (!v.sameOrigin) sameOrigin = false;
    if (!hasLattice(v)) continue;
    nonEmpty++;
    first ??= v;
    if (v.taints.length) {
      taintSources++;
      withTaints = v;
    }
    if (v.fields) withFields++;
    if (v.awaited) withAwaited++;
  }
  if (nonEmpty === 0) return stringy ? { taints: [], stringy } : EMPTY;
  if (nonEmpty === 1 && values.length === 1) return first!;
  // A branch that is the page's own URL (`url || location.href`) still starts on this site when the
  // union as a whole no longer does: its taints keep that proof for the URL attributes they reach.
  const own = (v: Value) => (!sameOrigin && v.sameOrigin && v.taints.length ? sameOriginStart(v).taints : v.taints);
  let all: Taint[];
  if (taintSources === 0) all = [];
  else if (taintSources === 1) all = own(withTaints!);
  else {
    all = [];
    for (const v of values) for (const t of own(v)) all.push(t);
  }
  const out: Value = { taints: dedupeTaints(all) };
  let kind: Value['kind'];
  let fn: number | undefined;
  let cls: string | undefined;
  let api: string | undefined;
  let ref: string | undefined;
  let ctorArgs: Value[] | undefined;
  let regex: Value['regex'];
  let callSummary: Value['callSummary'];
  let view: Value['view'];
  let viewName: Value['viewName'];
  let keyedBy: Taint[] | undefined;
  let keyedSources = 0;
  for (const v of values) {
    if (!hasLattice(v)) continue;
    if (!kind && v.kind) kind = v.kind;
    if (fn === undefined && v.fn !== undefined) fn = v.fn;
    if (!cls && v.cls) cls = v.cls;
    if (!api && v.api) api = v.api;
    if (!ref && v.ref) ref = v.ref;
    if (!ctorArgs && v.ctorArgs) ctorArgs = v.ctorArgs;
    if (!regex && v.regex) regex = v.regex;
    if (!callSummary && v.callSummary) callSummary = v.callSummary;
    if (!view && v.view) {
      view = v.view;
      viewName = v.viewName;
    }
    if (v.keyedBy?.length) {
      keyedBy = keyedSources === 0 ? v.keyedBy : [...keyedBy!, ...v.keyedBy];
      keyedSources++;
    }
  }
  if (kind) out.kind = kind;
  if (fn !== undefined) out.fn = fn;
  if (cls) out.cls = cls;
  if (api) out.api = api;
  if (ref) out.ref = ref;
  if (ctorArgs) out.ctorArgs = ctorArgs;
  if (regex) out.regex = regex;
  if (callSummary) out.callSummary = callSummary;
  if (view) out.view = view;
  if (viewName) out.viewName = viewName;
  if (withFields) {
    // Always a new map: a field map is changed in place when an object is shared by reference.
    const fields = new Map<string, Value>();
    for (const v of values) {
      if (!v.fields || !hasLattice(v)) continue;
      for (const [k, f] of v.fields) {
        const prev = fields.get(k);
        fields.set(k, !prev ? f : depth < MAX_UNION_DEPTH ? unionAt([prev, f], depth + 1) : { taints: dedupeTaints([...allTaints(prev), ...allTaints(f)]) });
      }
    }
    // A field written on one path only does not hide the whole object's taints read on another.
    for (const [k, f] of fields) {
      if (f.written && values.some((v) => v.taints.length && !v.fields?.get(k)?.shadows)) fields.set(k, { ...f, shadows: undefined, written: undefined });
    }
    out.fields = fields;
  }
  if (withAwaited) {
    const awaited: Value[] = [];
    for (const v of values) if (v.awaited && hasLattice(v)) awaited.push(v.awaited);
    out.awaited = depth < MAX_UNION_DEPTH ? unionAt(awaited, depth + 1) : { taints: dedupeTaints(awaited.flatMap((a) => allTaints(a))) };
  }
  if (stringy) out.stringy = true;
  if (sameOrigin) out.sameOrigin = true;
  if (keyedBy) out.keyedBy = dedupeTaints(keyedBy);
  return out;
}

/** The same taints with one more step on their path (capped). */
export function withStep(v: Value, step: TraceStep | undefined): Value {
  if (!step || v.taints.length === 0) return v;
  return {
    ...v,
    taints: v.taints.map((t) => {
      const last = t.steps[t.steps.length - 1];
      if (t.steps.length >= MAX_STEPS) return t;
      if (last && last.message === step.message && last.location.startLine === step.location.startLine) return t;
      return { ...t, steps: [...t.steps, step] };
    }),
  };
}

export function sanitize(v: Value, kinds: number): Value {
  if (!isTainted(v)) return v;
  const taints = allTaints(v).map((t) => ({ ...t, sanitized: t.sanitized | kinds }));
  return { taints, stringy: v.stringy, prefix: v.prefix, text: v.text };
}

/** Taints that still matter for a sink kind. */
export function liveTaints(v: Value, kind: SinkKind): Taint[] {
  const bit = SINK_KINDS[kind];
  return allTaints(v).filter((t) => (t.sanitized & bit) === 0);
}

/** Reading a property of a value: the known field if any, else the value's own taints, one level deeper. */
export function readField(v: Value, name: string): Value {
  const known = v.fields?.get(name);
  if (known && (v.taints.length === 0 || known.shadows)) return known;
  const taints = v.taints.map((t) => ({ ...t, path: [...t.path, name], whole: false }));
  if (known) return union(known, { taints });
  return taints.length ? { taints } : EMPTY;
}
