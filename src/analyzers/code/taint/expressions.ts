/** Expressions: literals, strings, members (where request fields become sources), objects, assignments and JSX. */
import { type Node, WRAPPER_TYPES, isFunction, isNode, guardPath, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { PROPERTY_SINKS } from '../models/sinks.js';
import { SAFE_PROPERTIES } from '../models/sanitizers.js';
import { BROWSER_SOURCES, CLI_SOURCES, LAMBDA_EVENT_FIELDS, PRESERVE_PATH, REQUEST_FIELDS, REQUEST_NESTED } from '../models/sources.js';
import { createsNullPrototype, nullPrototype } from './null-prototype.js';
import { asListElements } from './arrays.js';
import { EMPTY, ESCAPED_AT_URL_START, GUARD_ONLY, QUOTES_KEPT, QUOTES_LEFT_STEP, type Taint, URL_SAFE_START, type Value, allTaints, atPosition, dedupeTaints, isTainted, liveTaints, mask, readField, safeUrlStart, sameOriginStart, sanitize, union, withStep } from './values.js';
import { type Frame, fork } from './frames.js';
import { bindPattern, assignVar, declareClass, elementOf } from './statements.js';
import { angularRoute, evalCall, isAngularHttpClient, isAngularRoute, messageHandler, runCallback, runGetter, sveltePage } from './calls.js';
import { SAFE_URL_PREFIX, fixedOrigin, reportSink } from './sinks.js';
import { clientErrorBranch, conditionGuards } from './guards.js';
import type { TaintEngine } from './engine.js';
import type { TraceStep } from '../../../findings/finding.js';
import { REQUEST_FIELD_KEY } from './summaries.js';
import { apiMemberValue, bindingValue, refCandidates } from './api.js';
import { lambdaResponse, paramName, recordReturn, summaryOf } from './functions.js';
import { azureV3Context } from './azure.js';
import { namedTypeApi } from './declared-types.js';
import type { ClassInfo } from './frames.js';
import { noteFieldWrite } from './views.js';
import { noteStaticAssignment } from './mongoose-statics.js';
import { ACTION_PARAMS } from './moleculer.js';

export function evaluate(e: TaintEngine, node: Node, frame: Frame): Value {
  const v = evalInner(e, node, frame);
  if (frame.guards.size === 0 || !isTainted(v)) return v;
  const path = guardPath(node);
  // The guard-only facts stay in the guard map; on the value they would read as other marks.
  const g = path === undefined ? 0 : (frame.guards.get(path) ?? 0) & ~GUARD_ONLY;
  return g ? sanitize(v, g) : v;
}

export function evalInner(e: TaintEngine, node: Node, frame: Frame): Value {
  if (WRAPPER_TYPES.has(node.type)) return evaluate(e, node.expression, frame);
  switch (node.type) {
    case 'Literal':
      if (node.regex) return { taints: [], regex: { source: String(node.regex.pattern), flags: String(node.regex.flags ?? '') } };
      return typeof node.value === 'string' ? { taints: [], text: node.value, prefix: node.value, stringy: true } : EMPTY;
    case 'TemplateLiteral':
      return evalTemplate(e, node, frame);
    case 'TaggedTemplateExpression': {
      const tag = qualifiedName(node.tag, e.input.modules, e.aliases) ?? '';
      // sql`…`, Prisma.sql`…`, $queryRaw`…` bind their substitutions as parameters.
      if (/(^|\.)(sql|SQL|\$queryRaw|\$executeRaw|html|css|gql|graphql|raw)$/.test(tag) || /Prisma\.sql/.test(tag)) {
        const outer = e.queryTemplate;
        e.queryTemplate = outer ?? node;
        try {
          for (const x of node.quasi.expressions) evaluate(e, x, frame);
        } finally {
          e.queryTemplate = outer;
        }
        return EMPTY;
      }
      if (!SHELL_TEMPLATE_TAGS.test(tag)) return evalTemplate(e, node.quasi, frame);
      const values: Value[] = node.quasi.expressions.map((x: Node) => evaluate(e, x, frame));
      shellTemplate(e, node, values, frame);
      return evalTemplate(e, node.quasi, frame, values);
    }
    case 'Identifier':
      return evalIdentifier(e, node, frame);
    case 'ThisExpression':
      return frame.scope.lookup('this') ?? EMPTY;
    case 'MemberExpression':
      return evalMember(e, node, frame);
    case 'CallExpression':
      return evalCall(e, node, frame, false);
    case 'NewExpression':
      return evalCall(e, node, frame, true);
    case 'AwaitExpression': {
      const v = evaluate(e, node.argument, frame);
      // (The awaited value alone keeps its own marks, such as a realpath's `normalized`.)
      return v.awaited ? (v.taints.length ? union(v.awaited, { taints: v.taints }) : v.awaited) : v;
    }
    case 'YieldExpression': {
      if (!node.argument) return EMPTY;
      const v = evaluate(e, node.argument, frame);
      // What a generator yields is what iterating its result gives (for…of, spread): its elements.
      const item = node.delegate ? elementOf(e, v) : v;
      frame.returns.push(item);
      recordReturn(e, item, frame, node);
      return v;
    }
    case 'BinaryExpression':
      return evalBinary(e, node, frame);
    case 'LogicalExpression': {
      const l = evaluate(e, node.left, frame);
      // The right side runs only when the left was true (`&&`) or false (`||`): what the left
      // checked holds there (`if (!file.startsWith(dir + sep) || !fs.existsSync(file)) continue`).
      // (Only the guards are scoped to the right side: what it assigns stays assigned.)
      const g = node.operator === '??' ? undefined : conditionGuards(e, node.left, frame);
      const proven = g && (node.operator === '&&' ? g.whenTrue : g.whenFalse);
      const outer = frame.guards;
      if (proven?.size) {
        frame.guards = new Map(outer);
        for (const [k, m] of proven) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
      }
      let r: Value;
      try {
        r = evaluate(e, node.right, frame);
      } finally {
        frame.guards = outer;
      }
      // `a && b` is `a` only when `a` is falsy ('', 0, null…): no text anything could be injected
      // with (`key && await User.findOne({ apiKey: key })` is a database row, not the key).
      // `filter ?? {}`: a default for an absent value, not an object built here around it (a
      // callee's query filter stays the caller's value, not one this code composed).
      const emptyDefault = node.operator !== '&&' && isTainted(l) && !l.fields && emptyLiteral(node.right);
      // `options.bin || 'exiftool'`: the value itself or a constant default, no text built around it
      // (and a truthy object passes through whole): it is a string only where the left one was.
      const constantDefault = node.operator !== '&&' && isTainted(l) && !isTainted(r) && stringValue(node.right) !== undefined;
      const v = node.operator === '&&' ? r : emptyDefault ? { ...l } : constantDefault ? { ...union(l, r), stringy: l.stringy } : union(l, r);
      return envCheck(node.left) ? sanitize(v, mask('errorInfo')) : v;
    }
    case 'ConditionalExpression': {
      evaluate(e, node.test, frame);
      const g = conditionGuards(e, node.test, frame);
      const tf = fork(frame);
      for (const [k, m] of g.whenTrue) tf.guards.set(k, m);
      const ef = fork(frame);
      for (const [k, m] of g.whenFalse) ef.guards.set(k, m);
      const clientErrors = clientErrorBranch(node.test);
      if (clientErrors) (clientErrors === 'consequent' ? tf : ef).clientError = true;
      const v = union(evaluate(e, node.consequent, tf), evaluate(e, node.alternate, ef));
      return envCheck(node.test) ? sanitize(v, mask('errorInfo')) : v;
    }
    case 'AssignmentExpression':
      return evalAssignment(e, node, frame);
    case 'SequenceExpression': {
      let last = EMPTY;
      for (const x of node.expressions) last = evaluate(e, x, frame);
      return last;
    }
    case 'UnaryExpression':
      evaluate(e, node.argument, frame);
      return EMPTY;
    case 'UpdateExpression':
      return EMPTY;
    case 'ObjectExpression':
      return evalObject(e, node, frame);
    case 'ArrayExpression': {
      const els: Node[] = node.elements.filter(Boolean);
      const vals = asListElements(els, els.map((x: Node) => (x.type === 'SpreadElement' ? evaluate(e, x.argument, frame) : evaluate(e, x, frame))));
      const taints = vals.flatMap((v) => (v ? allTaints(v) : []));
      return taints.length ? { taints: taints.map((t: Taint) => ({ ...t })) } : EMPTY;
    }
    case 'SpreadElement':
      return evaluate(e, node.argument, frame);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return { taints: [], fn: e.registerFunction(node, frame.scope) };
    case 'ClassExpression':
      return { taints: [], cls: declareClass(e, node, frame).name };
    case 'JSXElement':
    case 'JSXFragment':
      evalJsx(e, node, frame);
      return EMPTY;
    case 'ImportExpression': {
      // import(userInput) loads and runs a module the user names.
      const spec = evaluate(e, node.source, frame);
      reportSink(e, 'code', spec, node, 'import()', frame);
      return EMPTY;
    }
    default:
      return EMPTY;
  }
}

/** `values`: the substitutions' values when the caller has evaluated them already. */
export function evalTemplate(e: TaintEngine, node: Node, frame: Frame, values?: Value[]): Value {
  const parts = node.expressions.map((x: Node, i: number) => {
    const v = values?.[i] ?? evaluate(e, x, frame);
    // `'${s.replace(/'/g, "'\\''")}'`: a single-quoted shell word with its quotes escaped stays one word.
    const before: string = node.quasis[i]?.value.cooked ?? '';
    const after: string = node.quasis[i + 1]?.value.cooked ?? '';
    return before.endsWith("'") && after.startsWith("'") && escapesSingleQuotes(x) ? sanitize(v, mask('command')) : v;
  });
  // Only constants interpolated: the template is the constant it spells.
  if (parts.every((v: Value) => constantString(v) !== undefined)) {
    const known = node.quasis.map((q: Node, i: number) => (q.value.cooked ?? q.value.raw) + (i < parts.length ? constantString(parts[i]!)! : '')).join('');
    return { taints: [], text: known, prefix: known, stringy: true };
  }
  const text = node.quasis.map((q: Node) => q.value.cooked ?? q.value.raw).join(' ');
  const prefix = node.quasis[0]?.value.cooked ?? '';
  let before = '';
  let inQuery = false;
  let inPath = false;
  const taints = parts.flatMap((v: Value, i: number) => {
    const quasi: string = node.quasis[i]?.value.cooked ?? '';
    before = (before + quasi).slice(-URL_ATTRIBUTE_CONTEXT);
    inQuery ||= QUERY_START.test(quasi);
    inPath ||= i > 0 && PATH_AFTER_HOST.test(quasi);
    const placed = positioned(allTaints(v), i === 0 && prefix === '', node.expressions[i]);
    const marked = inAttribute(e, before, placed, node.expressions[i], frame);
    return inQuery ? inQueryString(marked) : inPath ? markedSafe(marked, PATH_SAFE) : marked;
  });
  // Interpolating makes a string: it can no longer be a NoSQL operator object.
  const out: Value = { taints: taints.map((t: Taint) => ({ ...t, whole: false, sanitized: t.sanitized | mask('nosql') })), text, prefix, stringy: true };
  if (prefix === '' && parts[0]?.sameOrigin) out.sameOrigin = true;
  return taints.length ? withStep(sameOriginStart(out), e.step(node, 'interpolated into a template string')) : out;
}

/**
 * Request fields read as the client sent them on the wire: the undecoded request target (`req.url`,
 * `req.originalUrl`, `ctx.path`) and header values (`req.headers`). HTTP parsers reject a raw CR or
 * LF in both, so they cannot forge log lines; percent-decoding re-opens that (library-calls.ts).
 * Cookies are not here: cookie parsers percent-decode their values.
 */
export const RAW_WIRE_FIELDS = new Set(['url', 'originalUrl', 'path', 'headers']);

/** A URL's query string or fragment has begun (`/users?id=`, `${base}?q=`): only request kinds read this mark. */
const QUERY_START = /[?#]/;

/**
 * Text after a URL's `?` or `#` cannot move the request (or the redirect) to another host or path:
 * only the query changes (what comes before it is judged on its own).
 */
const QUERY_SAFE = mask('ssrf', 'redirect');
function inQueryString(taints: Taint[]): Taint[] {
  return markedSafe(taints, QUERY_SAFE);
}

/**
 * A single `/` written after an interpolated base (`${apiBase}/parts/${id}`, `https://${host}/x/${id}`)
 * ends the host: what follows is a path on the server the base names. The base itself is judged on
 * its own, as a base URL held in a variable is elsewhere (trusted as written unless tainted).
 * (`://` starts a host, so neither `:/` nor `//` counts.)
 */
const PATH_AFTER_HOST = /(?<![/:])\/(?!\/)/;
const PATH_SAFE = mask('ssrf');

function markedSafe(taints: Taint[], kinds: number): Taint[] {
  return taints.map((t) => ((t.sanitized & kinds) === kinds ? t : { ...t, sanitized: t.sanitized | kinds }));
}

/** How much of the text before an interpolation is read to tell whether it opens a URL attribute. */
const URL_ATTRIBUTE_CONTEXT = 200;
/** Markup that ends at the start of a URL attribute's value (`<a class="x" href="`): a `javascript:` URL there runs. */
const URL_ATTRIBUTE_START = /<[a-z][\w:-]*\s[^<>]*?\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?$/i;
/** Marks of a conversion that leaves no `javascript:` possible (numbers, hashes, URL encoding of the colon). */
const NO_SCHEME = mask('command', 'code');

/**
 * HTML escaping keeps a value inside its attribute, not out of `javascript:`: at the start of a URL
 * attribute, a value escaped only for HTML is still script (unless a check proved a safe start).
 */
function escapedOnlyAsHtml(e: TaintEngine, taints: Taint[], at: Node): Taint[] {
  let step: TraceStep | undefined;
  return taints.map((t) => {
    const htmlOnly = t.sanitized & mask('xss') && !(t.sanitized & URL_SAFE_START) && (t.sanitized & NO_SCHEME) !== NO_SCHEME;
    if (!htmlOnly) return t;
    step ??= e.step(at, 'HTML-escaped, but it starts a URL attribute, where a `javascript:` URL still runs');
    return { ...t, sanitized: (t.sanitized & ~mask('xss')) | ESCAPED_AT_URL_START, steps: [...t.steps, step] };
  });
}

/** What HTML escaping is worth after `before`: at the start of a URL attribute, inside a double-quoted value. */
function inAttribute(e: TaintEngine, before: string, taints: Taint[], at: Node, frame: Frame): Taint[] {
  if (taints.length === 0) return taints;
  const quoted = DOUBLE_QUOTED_VALUE.test(before) ? quotesLeftIn(e, taints, at, frame) : taints;
  return URL_ATTRIBUTE_START.test(before) ? escapedOnlyAsHtml(e, quoted, at) : quoted;
}

/** Text that ends inside a double-quoted attribute value (`title="`, `<a class="btn ` …). */
const DOUBLE_QUOTED_VALUE = /=\s*"[^"<>]*$/;

/**
 * Inside a double-quoted attribute value, text HTML-escaped by a function that leaves `"` as it is
 * (QUOTES_KEPT) can end the value and add attributes of its own: it is not escaped for this place.
 * A library's parameter is reported here: the markup it builds is what its callers insert as HTML
 * (its escaping shows that), and there may be no sink in the package itself.
 */
function quotesLeftIn(e: TaintEngine, taints: Taint[], at: Node, frame: Frame): Taint[] {
  let step: TraceStep | undefined;
  const out = taints.map((t) => {
    if (!(t.sanitized & QUOTES_KEPT) || !(t.sanitized & mask('xss'))) return t;
    step ??= e.step(at, QUOTES_LEFT_STEP);
    return { ...t, sanitized: t.sanitized & ~(mask('xss') | QUOTES_KEPT), steps: [...t.steps, step] };
  });
  const library = out.filter((t, i) => t !== taints[i] && t.source?.category === 'library');
  if (library.length) reportSink(e, 'xss', { taints: library, stringy: true }, at, 'a double-quoted attribute value of the HTML it builds', frame);
  return out;
}

/** `s.replace(/'/g, "'\\''")` (or `'"'"'`, or replaceAll("'", …)): the POSIX shell's way to put a quote in a single-quoted word. */
function escapesSingleQuotes(x: Node): boolean {
  const c = unwrap(x);
  if (c.type !== 'CallExpression' || c.arguments.length !== 2) return false;
  const method = propertyName(unwrap(c.callee));
  const pattern = unwrap(c.arguments[0]);
  const allQuotes = method === 'replaceAll' ? stringValue(pattern) === "'" : method === 'replace' && pattern.type === 'Literal' && pattern.regex?.pattern === "'" && /g/.test(pattern.regex.flags);
  const replacement = stringValue(c.arguments[1]);
  return allQuotes && (replacement === "'\\''" || replacement === `'"'"'`);
}

/** The text of a string known in full (a literal, or constants joined): no taint, and all of it is the known start. */
function constantString(v: Value): string | undefined {
  return !isTainted(v) && v.stringy && v.text !== undefined && v.text === v.prefix ? v.text : undefined;
}

export function evalBinary(e: TaintEngine, node: Node, frame: Frame): Value {
  const l = evaluate(e, node.left, frame);
  const r = evaluate(e, node.right, frame);
  if (node.operator !== '+') return EMPTY; // comparisons and arithmetic yield booleans and numbers
  return concatenated(e, l, r, node, frame);
}

/** `l + r` (`node.left + node.right`, or `node.left += node.right`): where each part sits, the known text and start. */
export function concatenated(e: TaintEngine, l: Value, r: Value, node: Node, frame: Frame): Value {
  const stringy = !!(l.stringy || r.stringy);
  const placedRight = positioned(allTaints(r), false, node.right);
  const escapedRight = l.text ? inAttribute(e, l.text.slice(-URL_ATTRIBUTE_CONTEXT), placedRight, node.right, frame) : placedRight;
  const right = l.text && QUERY_START.test(l.text) ? inQueryString(escapedRight) : escapedRight;
  const taints = [...positioned(allTaints(l), true, node.left), ...right].map((t) => (stringy ? { ...t, whole: false, sanitized: t.sanitized | mask('nosql') } : t));
  // Two constants join into the constant they spell (a pattern built in pieces: `'^' + NUM + '$'`).
  const known = constantString(l) !== undefined && constantString(r) !== undefined ? constantString(l)! + constantString(r)! : undefined;
  if (known !== undefined) return { taints: [], text: known, prefix: known, stringy: true };
  const text = [l.text, r.text].filter(Boolean).join(' ');
  const out: Value = { taints, stringy, ...(text ? { text } : {}), ...(l.prefix !== undefined && !isTainted(l) ? { prefix: l.prefix } : {}), ...(l.sameOrigin ? { sameOrigin: true } : {}) };
  return taints.length && stringy ? withStep(sameOriginStart(out), e.step(node, 'concatenated into a string')) : out;
}

/**
 * Mark where a part sits in a built string: a plain value in front is the base; anything after it
 * is appended. A built part in front (`a + b` inside `a + b + c`) keeps what its own parts were.
 */
export function positioned(taints: Taint[], lead: boolean, node: Node | undefined): Taint[] {
  if (taints.length === 0) return taints;
  const n = node && unwrap(node);
  if (lead && n && (n.type === 'BinaryExpression' || n.type === 'TemplateLiteral')) return taints;
  return atPosition(taints, lead);
}

export function evalIdentifier(e: TaintEngine, node: Node, frame: Frame): Value {
  const name = node.name as string;
  const v = frame.scope.lookup(name);
  if (v !== undefined) return v;
  if (name === 'location') return { ...e.source(node, 'location', 'browser', false), sameOrigin: true };
  if (name === 'undefined' || name === 'NaN') return EMPTY;
  const page = sveltePage(e, node, name);
  if (page) return page;
  // An import: the API path of what it names (or a reference to another file's export).
  const b = e.input.modules.bindings.get(name);
  if (b) return bindingValue(e, b);
  return EMPTY;
}

/** The request's parsed query, body or params object itself (not one of its fields): its keys are the client's. */
function parsedRequestObject(v: Value): boolean {
  return v.taints.some((t) => t.path.length === 0 && t.source?.category === 'request' && t.source.mayBeObject);
}

/**
 * A field the app itself put on the request (`req.tenant`): what a middleware stored there, when
 * that was request data (the link step hands it over, from whichever file sets it).
 */
export function requestField(e: TaintEngine, name: string, at: Node, label?: string): Value {
  e.requestFieldReads.add(name);
  const stored = e.input.linkInput?.[`${REQUEST_FIELD_KEY}${name}`] ?? (e.requestFieldsSet.has(name) ? { returnsSources: e.requestFieldsSet.get(name)! } : undefined);
  if (!stored?.returnsSources.length) return EMPTY;
  const step = e.step(at, `read from ${label ?? memberPath(at) ?? `request.${name}`}`);
  return { taints: stored.returnsSources.map((t) => ({ ...t, steps: [...t.steps, step] })) };
}

/** Request data some handler of the project puts on a job queue, shared through the link step like a request field. */
const QUEUED_JOB_DATA = 'queue:job.data';

/** Where `res.locals.x` is kept among the request fields (a name no request field has). */
const RESPONSE_LOCALS = 'res.locals.';
/**
 * `res.locals[source] = schema.parse(req[source])`: under a key the middleware computes, a part of
 * the request, read back as whichever part a handler asks for (`res.locals.body`, not `res.locals.user`).
 */
const ANY_LOCAL = '*';
const REQUEST_PART_NAMES = new Set(['body', 'query', 'params', 'headers', 'cookies']);

/** A queue worker's job: its `data` is what the app enqueued, request data if any handler enqueued some. */
export function queuedJob(): Value {
  return { taints: [], fields: new Map([['data', { taints: [], kind: 'jobData' }]]) };
}

/** `job.data.fileName`: what was enqueued under that key, or a field of an object enqueued whole. */
function queuedJobField(e: TaintEngine, name: string, at: Node): Value {
  const own = requestField(e, `${QUEUED_JOB_DATA}.${name}`, at, `job.data.${name}`);
  if (isTainted(own)) return own;
  return readField(requestField(e, QUEUED_JOB_DATA, at, 'job.data'), name);
}

/** `queue.add('render', { fileName: dto.fileName })`: remembered (never forgotten) for every worker of the project. */
export function storeQueuedJob(e: TaintEngine, value: Value, at: Node, under = QUEUED_JOB_DATA, label = 'added to a job queue'): void {
  const keep = (key: string, v: Value) => {
    const taints = allTaints(v).filter((t) => t.source?.category === 'request');
    const before = e.requestFieldsSet.get(key) ?? [];
    if (!taints.length || before.length >= 4) return;
    const step = e.step(at, label);
    e.requestFieldsSet.set(key, [...before, ...taints.slice(0, 4 - before.length).map((t) => ({ ...t, steps: [...t.steps.slice(-6), step] }))]);
  };
  if (value.fields) for (const [k, f] of [...value.fields].slice(0, 24)) keep(`${under}.${k}`, f);
  keep(under, { taints: value.taints });
}

/** `window.x = v` / `window.x.y = v` (also `self.`, `globalThis.`): remembered as the page's global `x`. */
function pageGlobal(e: TaintEngine, path: string, value: Value): void {
  const m = /^(?:window|self|globalThis)\.([\w$]+)(?:\.([\w$]+))?$/.exec(path);
  if (!m) return;
  const [, name, member] = m;
  if (!member) {
    // `window.portal = window.portal || {}` keeps the members set so far.
    const had = e.windowGlobals.get(name!);
    e.windowGlobals.set(name!, had?.fields && !value.fn ? { ...value, fields: new Map([...had.fields, ...(value.fields ?? [])]) } : value);
    return;
  }
  const obj = e.windowGlobals.get(name!) ?? { taints: [] };
  e.windowGlobals.set(name!, { ...obj, fields: new Map([...(obj.fields ?? []), [member, value]]) });
}

/** `req.tenant = <request data>` in a middleware: remembered for every handler that reads `req.tenant`. */
function storeRequestField(e: TaintEngine, name: string, value: Value, at: Node): void {
  if (REQUEST_FIELDS[name] || REQUEST_NESTED[name] || name === 'cookies') return;
  const taints = allTaints(value).filter((t) => t.source?.category === 'request');
  if (!taints.length) {
    e.requestFieldsSet.delete(name);
    return;
  }
  const step = e.step(at, `stored in ${memberPath(at) ?? `request.${name}`}`);
  e.requestFieldsSet.set(name, taints.slice(0, 2).map((t) => ({ ...t, steps: [...t.steps.slice(-6), step] })));
}

/** An AdonisJS upload's fields that the server fills (`tmpPath` where the body parser wrote it, `filePath` after `move`). */
const UPLOAD_SERVER_FIELDS = new Set(['tmpPath', 'filePath']);

/**
 * A request part's fields as its route schema declares them: narrow keys hold no input; keys typed
 * as strings (marked `stringy` with no taint in routeRequest) hold the client's text, never an object.
 */
function schemaTyped(part: Value, fields: Map<string, Value>): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, f] of fields) out.set(k, f.stringy && !f.shadows && !f.taints.length ? { ...sanitize(readField(part, k), mask('nosql')), shadows: true } : f);
  return out;
}

export function readMember(e: TaintEngine, obj: Value, name: string, at: Node, _frame: Frame): Value {
  // `s.length`, `set.size` are numbers; but on a parsed query or body object (`req.query.size`,
  // `?size=…`) they are whatever field the client sent.
  if (SAFE_PROPERTIES.has(name) && !obj.kind && !parsedRequestObject(obj)) return EMPTY;
  // Where the server stored an upload that VineJS checked (`vine.file()`): its path, not the client's.
  if (UPLOAD_SERVER_FIELDS.has(name) && obj.taints.length > 0 && obj.taints.every((t) => t.path.length > 0 && t.source?.label.endsWith('.validateUsing()'))) return EMPTY;
  switch (obj.kind) {
    case 'request': {
      if (obj.fields?.get(name) === ACTION_PARAMS) {
        const v = e.source(at, memberPath(at) ?? `ctx.${name}`, 'request', true);
        v.taints[0]!.source!.payload = true;
        return v;
      }
      const field = REQUEST_FIELDS[name];
      if (field) {
        const raw = e.source(at, memberPath(at) ?? `request.${name}`, 'request', field.object);
        const src = RAW_WIRE_FIELDS.has(name) ? sanitize(raw, mask('log')) : raw;
        // Keys the route's validation schema declares narrow (Fastify `schema.params`): checked before the handler runs.
        const narrow = obj.fields?.get(name)?.fields;
        return narrow ? { ...src, fields: schemaTyped(src, narrow) } : src;
      }
      if (REQUEST_NESTED[name]) return { taints: [], kind: 'request' };
      if (name === 'cookies') return e.source(at, memberPath(at) ?? 'request cookies', 'request', false);
      // Koa ctx.body/ctx.redirect etc. belong to the response side.
      if (name === 'response' || name === 'res') return { taints: [], kind: 'response' };
      return requestField(e, name, at);
    }
    case 'jobData':
      return queuedJobField(e, name, at);
    // Express `res.locals`: what a middleware put there for the handlers after it (a validated body).
    case 'response':
      if (name === 'locals' && !obj.fields?.has('locals')) return { taints: [], kind: 'responseLocals' };
      break;
    case 'responseLocals': {
      const own = requestField(e, `${RESPONSE_LOCALS}${name}`, at, `res.locals.${name}`);
      if (isTainted(own) || !REQUEST_PART_NAMES.has(name)) return own;
      // Stored under a computed key (`res.locals[source] = schema.parse(req[source])`), read back as
      // `res.locals.body`: the part it stands for is the one read, so `req[source]` is `req.body` here.
      const any = requestField(e, `${RESPONSE_LOCALS}${ANY_LOCAL}`, at, `res.locals.${name}`);
      return {
        ...any,
        taints: any.taints.map((t) => {
          const computed = t.source && /^(\w+)\[[^\]]+\]$/.exec(t.source.label);
          return computed ? { ...t, source: { ...t.source!, label: `${computed[1]}.${name}` } } : t;
        }),
      };
    }
    case 'socket':
      // socket.handshake (socket.io) and socket.request (engine.io) are the upgrade request.
      return name === 'handshake' || name === 'request' || name === 'upgradeReq' ? { taints: [], kind: 'request' } : EMPTY;
    case 'lambdaEvent': {
      const field = LAMBDA_EVENT_FIELDS[name];
      return field ? e.source(at, `event.${name}`, 'request', field.object) : EMPTY;
    }
    case 'error': {
      if (name === 'stack' || name === 'message' || name === 'sqlMessage' || name === 'errors' || name === 'detail') {
        const v: Value = { taints: obj.taints.map((t) => ({ ...t, path: [name], whole: false })), stringy: true };
        // (A client error's message was written for the client; its stack never is.)
        return _frame.devOnly || (_frame.clientError && name !== 'stack') ? sanitize(v, mask('errorInfo')) : v;
      }
      if (name === 'status' || name === 'statusCode' || name === 'code' || name === 'name') return EMPTY;
      return readField({ taints: obj.taints }, name);
    }
    case 'formData':
      return readField({ taints: obj.taints }, name);
    default:
      break;
  }
  if (obj.cls) {
    const cls = e.classes.get(obj.cls);
    // A typed field (`constructor(private readonly orders: OrdersService)`) is an own property of
    // the instance: it shadows a method of the same name (a resolver's `orders()` query).
    const t = cls?.fieldTypes.get(name);
    const m = cls?.methods.get(name);
    // An accessor is read, not called: `this.events` is what `get events()` returns.
    if (m !== undefined && !t && cls?.getters?.has(name)) return runGetter(e, m, obj, _frame);
    if (m !== undefined && !t) return { taints: [], fn: m };
    if (t && isAngularRoute(e, t)) return angularRoute(e, at);
    if (t && isAngularHttpClient(e, t)) return { taints: [], kind: 'httpClient' };
    if (t) return declaredTypeValue(e, t);
    if (cls && !obj.fields?.has(name)) {
      const stored = classField(e, cls, name);
      if (stored) return stored;
    }
  }
  if (obj.api || obj.ref) {
    const v = apiMemberValue(e, obj, name);
    if (v) return v;
  }
  // The origin of the request's own URL (`req.nextUrl.origin`, `new URL(req.url).origin`) is this site's.
  if (name === 'origin' && obj.taints.length > 0 && obj.taints.every(isRequestUrl)) return { taints: [], stringy: true, sameOrigin: true };
  // The page's own scheme, host and port (`const loc = window.location; loc.protocol`): where the page
  // was loaded from, not something an attacker can put in its URL.
  if (PAGE_ORIGIN_PARTS.has(name) && obj.taints.length > 0 && obj.taints.every(isPageLocation)) return { taints: [], stringy: true, ...(name === 'origin' ? { sameOrigin: true } : {}) };
  // Next.js's `nextUrl.basePath` and `buildId` come from the app's own configuration, not the request.
  if ((name === 'basePath' || name === 'buildId') && obj.taints.length > 0 && obj.taints.every(isRequestUrl)) return { taints: [], stringy: true };
  // multer's `originalname` is the last segment of the client's name without `.`/`..` (busboy drops
  // the rest) unless multer keeps paths (`preservePath: true`): text, but no path to climb with.
  if (name === 'originalname' && obj.taints.some(isUploadedFile) && !PRESERVE_PATH.test(e.input.lines.text)) return sanitize(readField(obj, name), mask('path'));
  if (UPLOAD_LOCATION_FIELDS.has(name) && obj.taints.some(uploadOrItsList)) {
    // Where the upload middleware stored the file (formidable/koa-body `filepath`, multer `path`,
    // express-fileupload `tempFilePath`) is chosen by the server; the client's name is `originalname`.
    return readField({ ...obj, taints: obj.taints.filter((t) => !uploadOrItsList(t)) }, name);
  }
  // A URL's query, fragment or credentials do not start where the URL does: a proof that the whole
  // URL starts safely (the page's own address) says nothing about them.
  if (URL_TAIL_PARTS.test(name)) {
    const part = readField(obj, name);
    return part.taints.some((t) => t.sanitized & URL_SAFE_START) ? { ...part, taints: part.taints.map((t) => (t.sanitized & URL_SAFE_START ? { ...t, sanitized: t.sanitized & ~URL_SAFE_START } : t)) } : part;
  }
  return readField(obj, name);
}

const URL_TAIL_PARTS = /^(search|hash|searchParams|username|password|query)$/;

/**
 * A field or injected parameter declared with a class: an instance of it. A class of this file or
 * of another project file is followed by name; a modelled package's class (`Model<UserDoc>` from
 * mongoose, `Pool` from pg, a package of the user's `models:`) is an API instance (`mongoose|Model()`).
 */
function declaredTypeValue(e: TaintEngine, type: string): Value {
  if (e.classes.has(type)) return { taints: [], cls: type };
  const api = namedTypeApi(e, type);
  return api ? { taints: [], api } : { taints: [], cls: `@import:${type}` };
}

const UPLOAD_LOCATION_FIELDS = new Set(['filepath', 'path', 'tempFilePath']);
/** An uploaded file object itself (`req.file`, `ctx.request.files.doc`), not a field of it. */
const PAGE_ORIGIN_PARTS = new Set(['protocol', 'host', 'hostname', 'port', 'origin']);
/** The browser's `location` object itself (`window.location`, `document.location`), not a part of it. */
function isPageLocation(t: Taint): boolean {
  return t.source?.category === 'browser' && t.path.length === 0 && /^((window|document|self|globalThis)\.)?location$/.test(t.source.label);
}

/** The URL the request was made to, whole (`req.url`, `request.nextUrl`, `new URL(request.url)`). */
function isRequestUrl(t: Taint): boolean {
  return t.source?.category === 'request' && t.path.length === 0 && /(^|\.)(nextUrl|url)$/.test(t.source.label);
}

function isUploadedFile(t: Taint): boolean {
  if (t.source?.category !== 'request') return false;
  const label = t.source.label;
  if (/(^|\.)file$|@UploadedFile\(/.test(label)) return t.path.length === 0;
  // (`files.doc`, or formidable 3's list `files.doc[0]`.)
  if (/(^|\.)files$|@UploadedFiles\(/.test(label)) return t.path.length === 1 || (t.path.length === 2 && /^\d+$/.test(t.path[1]!));
  return false;
}

/**
 * An upload, or the uploads object read under a key we cannot name (`ctx.request.files[field]`, a
 * helper's `files?.[name]`: the key is dropped from the path). The uploads object has no `filepath`
 * or `path` of its own, so such a read is of one upload's stored location.
 */
function uploadOrItsList(t: Taint): boolean {
  return isUploadedFile(t) || (t.path.length === 0 && t.source?.category === 'request' && /(^|\.)files$/.test(t.source.label));
}

/** A value that may be a `javascript:` URL: not the page's own URL, not built on a safe constant start. */
export function navigableUrl(v: Value): boolean {
  return !v.sameOrigin && !(v.prefix !== undefined && SAFE_URL_PREFIX.test(v.prefix)) && !safeUrlStart(v);
}

/**
 * Of a value that may be a `javascript:` URL, the taints that may make it one: not those proved to
 * start safely, such as the page's own URL as a fallback (`url || location.href`), whose whole value
 * is the current http(s) address.
 */
export function navigablePart(v: Value): Value {
  const ts = v.taints.filter((t) => !(t.sanitized & URL_SAFE_START));
  return ts.length === v.taints.length ? v : { ...v, taints: ts };
}

/** Values that start with the current page's URL or path (still sources for XSS). */
const SELF_URL = /^(window\.|document\.|self\.|globalThis\.)?location\.(href|pathname)$|^(window\.)?document\.(URL|documentURI)$/;
/** The page's own origin: not user input at all. */
const SAME_ORIGIN = /^(window\.|document\.|self\.|globalThis\.)?location\.origin$/;

export function evalMember(e: TaintEngine, node: Node, frame: Frame): Value {
  const path = memberPath(node);
  if (path) {
    // The page's own URL (or its origin/path) navigates back to the same site: a self-flow, not an open redirect.
    if (SELF_URL.test(path)) return { ...e.source(node, path, 'browser', false), sameOrigin: true };
    if (SAME_ORIGIN.test(path)) return { taints: [], stringy: true, sameOrigin: true };
    for (const s of BROWSER_SOURCES) if (s.path.test(path)) return e.source(node, path, 'browser', false);
    // `process.argv[0]` is the node binary and `[1]` the script: the user's arguments start at 2.
    if (/^process\.argv\.[01]$/.test(path)) return { taints: [], stringy: true };
    if (CLI_SOURCES.test(path)) return e.source(node, path, 'cli', false);
    if (/^process\.env\b/.test(path)) return EMPTY;
  }
  const obj = evaluate(e, node.object, frame);
  const name = propertyName(node);
  if (name !== undefined) {
    if (name === 'source' || name === 'flags') {
      // Another file's export read for its pattern: the link step must publish that regex here.
      if (obj.ref) for (const c of refCandidates(obj.ref)) e.importCalls.set(c, true);
      // `re.source` / `re.flags` of a known regex are constant text (`new RegExp(RE.source, RE.flags)`).
      if (obj.regex && !isTainted(obj)) return { taints: [], stringy: true, prefix: obj.regex[name], text: obj.regex[name] };
    }
    const v = readMember(e, obj, name, node, frame);
    // A guard on `req.query.x` applies to this read too.
    return v;
  }
  // obj[expr]: the computed key is evaluated for its own effects; the result is any field.
  const key = evaluate(e, node.property, frame);
  if (obj.kind === 'request' || obj.kind === 'lambdaEvent') return e.source(node, e.text(node).slice(0, 40), 'request', false);
  const taints = allTaints(obj).map((t) => ({ ...t, whole: false }));
  // Remember that a user chose the key: `obj['__proto__']` is Object.prototype (unless obj has no prototype).
  const keyedBy = liveTaints(key, 'prototype');
  if (keyedBy.length && !nullPrototype(e, node.object)) return { taints, keyedBy };
  return taints.length ? { taints } : EMPTY;
}

/** `{}` or `[]`. */
function emptyLiteral(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === 'ObjectExpression' && n.properties.length === 0) || (n.type === 'ArrayExpression' && n.elements.length === 0);
}

export function evalObject(e: TaintEngine, node: Node, frame: Frame): Value {
  const fields = new Map<string, Value>();
  const spread: Taint[] = [];
  for (const p of node.properties) {
    if (p.type === 'SpreadElement') {
      const v = evaluate(e, p.argument, frame);
      spread.push(...allTaints(v));
      if (v.fields) for (const [k, f] of v.fields) fields.set(k, f);
      continue;
    }
    const key = propertyName(p);
    const value = isFunction(p.value) ? { taints: [], fn: e.registerFunction(p.value, frame.scope, key) } : evaluate(e, p.value, frame);
    if (p.computed) evaluate(e, p.key, frame);
    if (key === undefined) spread.push(...allTaints(value));
    else {
      fields.set(key, spread.length ? { ...value, shadows: true } : value);
      noteFieldWrite(e, key, value);
    }
  }
  return { taints: spread, fields };
}

export function evalAssignment(e: TaintEngine, node: Node, frame: Frame): Value {
  const rightNode = unwrap(node.right);
  // `exports.handler = async (event) => …`: the function is known by the property it is assigned to.
  const right = isFunction(rightNode)
    ? { taints: [], fn: e.registerFunction(rightNode, frame.scope, (memberPath(node.left) ?? '').split('.').pop() || undefined) }
    : evaluate(e, node.right, frame);
  // `q += \` AND x = '${v}'\``: as `q = q + …`, so the text built so far (a query's start) is kept.
  const left0 = node.operator === '=' ? undefined : evaluate(e, node.left, frame);
  const value = !left0 ? right : node.operator === '+=' && (left0.stringy || right.stringy) ? concatenated(e, left0, right, node, frame) : union(left0, right, node.operator === '+=' ? { taints: [], stringy: true } : EMPTY);
  const left = unwrap(node.left);
  if (left.type === 'Identifier') {
    // `let u: URL; try { u = new URL(x) } catch …`: as `const u = new URL(x)`, a check of u's host guards x and u.
    if (node.operator === '=' && rightNode.type === 'NewExpression' && /^(URL|url\.URL)$/.test(memberPath(rightNode.callee) ?? '') && rightNode.arguments[0]) {
      const p = memberPath(rightNode.arguments[0]);
      if (p) frame.urlOf.set(left.name, p);
    }
    if (isFunction(unwrap(node.right))) {
      assignVar(e, left.name, value, frame);
      return value;
    }
    assignVar(e, left.name, isTainted(value) ? withStep(value, e.step(left, `assigned to \`${left.name}\``)) : value, frame);
  } else if (left.type === 'MemberExpression') {
    // Azure Functions v3: `context.res = { status, body, headers }` is the handler's HTTP response.
    if (node.operator === '=' && propertyName(left) === 'res' && azureV3Context(e, left.object, frame)) lambdaResponse(e, node.right, value, frame);
    const key = assignMember(e, left, value, frame, node);
    if (key !== undefined && rightNode.type === 'Identifier' && frame.scope === e.moduleScope) e.exportedNames.set(key, { name: rightNode.name, value });
  } else {
    bindPattern(e, left, value, frame, node);
  }
  return value;
}

/**
 * Koa picks the type of a string body itself: text/html only when it starts with `<`, else
 * text/plain. So a body that starts with constant text other than `<` is plain text, unless the
 * handler chooses a type itself (`ctx.type = …`, a Content-Type header); a type set to plain text
 * or JSON on every path before (a guard on `ctx.\0plain`, see sinks.ts) makes any body plain.
 */
function koaServesText(e: TaintEngine, ctx: string, value: Value, frame: Frame): boolean {
  if (frame.guards.has(`${ctx}.\0plain`)) return true;
  const lead = value.prefix?.trimStart();
  if (!lead || lead.startsWith('<')) return false;
  const fn = frame.fnId === undefined ? undefined : e.fns[frame.fnId]?.node;
  return !!fn && !/\.type\s*=|content-type/i.test(e.text(fn));
}

/** The export an assignment to this path sets: `module.exports` → default, `exports.x` → x. */
function exportKey(path: string | undefined): string | undefined {
  if (path === 'module.exports') return 'default';
  return path && /^(module\.)?exports\.\w+$/.test(path) ? path.split('.').pop()! : undefined;
}

/**
 * Store `value` at `left`; returns the export the assignment sets (`module.exports` → default), if
 * any. `assignment`: the assignment expression, when there is one (not for destructuring).
 */
export function assignMember(e: TaintEngine, left: Node, value: Value, frame: Frame, assignment?: Node): string | undefined {
  const path = memberPath(left);
  const prop = propertyName(left);
  // Koa: `ctx.type = 'text/plain'` / `ctx.response.type = 'json'` holds for the body set after it
  // (and `this.type = 'text'` in the context's and response's own methods).
  if (path && /^(ctx|context|this)(\.response)?\.type$/.test(path)) {
    const key = `${path.split('.')[0]}.\0plain`;
    const known = !isTainted(value) && value.text !== undefined && value.text === value.prefix ? value.text : undefined;
    if (known !== undefined && !/html|xml|svg/i.test(known)) frame.guards.set(key, 1);
    else frame.guards.delete(key);
  }
  // Elysia: `set.headers['content-type'] = 'text/html'` makes the string the handler returns a page
  // (sinks.ts returnedReplyBody); another type, or one not known here, makes it not one.
  if (prop?.toLowerCase() === 'content-type' && e.input.modules.specifiers.has('elysia')) {
    const base = /^(\w+)\.headers$/.exec(memberPath(left.object) ?? '')?.[1];
    if (base) {
      const known = !isTainted(value) && value.text !== undefined && value.text === value.prefix ? value.text : undefined;
      if (known !== undefined && /html/i.test(known)) frame.guards.set(`${base}.\0html`, 1);
      else frame.guards.delete(`${base}.\0html`);
    }
  }
  // window.portal = {…}, window.portal.param = function…: a classic script's globals for the page.
  if (e.input.classicScript && path) pageGlobal(e, path, value);
  noteStaticAssignment(e, left, value);
  // module.exports = …, exports.x = …
  const key = exportKey(path);
  if (key !== undefined) e.exportsMap.set(key, value);
  // Property sinks: el.innerHTML = …, location.href = …
  if (prop) {
    noteFieldWrite(e, prop, value);
    const objPath = memberPath(left.object) ?? '';
    for (const s of PROPERTY_SINKS) {
      if (!s.property.test(prop)) continue;
      if (s.object && !s.object.test(objPath)) continue;
      if (s.notObject && s.notObject.test(objPath)) continue;
      // An object assigned to ctx.body is sent as JSON, not HTML.
      if (s.kind === 'xss' && value.fields && !value.stringy) continue;
      if (s.kind === 'xss' && koaServesText(e, objPath, value, frame)) continue;
      if (s.url && !navigableUrl(value)) continue;
      // `location.href = '/signin?' + query`: a constant start on this site pins where it goes (as for redirect calls).
      if (s.kind === 'redirect' && value.prefix !== undefined && fixedOrigin(value.prefix, s.kind)) continue;
      reportSink(e, s.kind, s.url ? navigablePart(value) : value, left, `${objPath ? objPath + '.' : ''}${prop}`, frame);
    }
    if (objPath === 'window' && prop === 'onmessage') messageHandler(e, value, frame);
    // `parser.onopentag = (node) => …` on a sax parser: the handler gets what the document says.
    if (value.fn !== undefined && SAX_EVENTS.test(prop) && SAX_PARSER.test(evaluate(e, left.object, frame).api ?? '')) saxHandler(e, value.fn, prop, frame);
  } else {
    // obj[a][b] = v with a and b chosen by the user: `a = '__proto__'` makes the target
    // Object.prototype (CodeQL's prototype-polluting assignment). A single-level `headers[name] = v`
    // changes at most that one object's prototype, so it is not reported; nor is a write into an
    // object the user did not reach, unless it is a shared prototype (`Foo.prototype[k] = v`).
    const key = evaluate(e, left.property, frame);
    const keyTaints = liveTaints(key, 'prototype');
    if (keyTaints.length && !(assignment && keepsOrCreates(e, left, assignment))) {
      const target = evaluate(e, left.object, frame);
      const reachedBy = target.keyedBy ?? [];
      if (reachedBy.length) reportSink(e, 'prototype', { taints: reachedBy }, left, 'a property chosen by the user of an object reached by a key chosen by the user', frame);
      else if (isSharedPrototype(left.object) && isTainted(value)) reportSink(e, 'prototype', { taints: keyTaints }, left, 'a property chosen by the user on a shared prototype', frame);
      // `obj[key] = [value]` / `= {…}` with a key from a document the library parses (an element or
      // attribute name): `__proto__` makes the object inherit from one the document built (xml2js
      // CVE-2023-0842). Other keys only name entries of a map (sinks.ts emit: documents only).
      else if (assignment?.operator === '=' && objectValued(unwrap(assignment.right)) && !nullPrototype(e, left.object)) {
        reportSink(e, 'prototype', { taints: keyTaints }, left, 'a property it names, set to an object', frame, undefined, undefined, undefined, { replacesPrototype: true });
      }
    }
  }
  // Remember the field on the object we can name (one level: `user.name = …`).
  const base = unwrap(left.object);
  // `res.locals.body = schema.parse(req.body)` in a middleware: request data for the handlers after it.
  // (Under a key it computes, `res.locals[source] = …`: for whichever `res.locals.x` a handler reads.)
  if (base.type === 'MemberExpression' && propertyName(base) === 'locals' && evaluate(e, base, frame).kind === 'responseLocals') storeRequestField(e, `${RESPONSE_LOCALS}${prop ?? ANY_LOCAL}`, value, left);
  if (base.type === 'Identifier' && prop) {
    const cur = frame.scope.lookup(base.name);
    if (cur?.kind === 'request') storeRequestField(e, prop, value, left);
    if (cur && !cur.kind && cur.fields && (value.ref || value.api || value.fn !== undefined) && !isTainted(value)) {
      // An object is shared by reference: `daos.userDao = new UserDao(db)` inside an init function
      // is seen by whoever holds `daos` (an export, a closure), as at run time.
      cur.fields.set(prop, value);
    } else if (cur && !cur.kind) {
      const fields = new Map(cur.fields ?? []);
      // `opts.port = toPort(opts.port)` on an object holding a whole tainted one (`{ ...options }`):
      // the field now reads as what was written (a union with a path that did not write it keeps both).
      fields.set(prop, cur.taints.length ? { ...value, shadows: true, written: true } : value);
      const owner = frame.scope.owner(base.name) ?? frame.scope;
      owner.vars.set(base.name, { ...cur, fields });
    } else if (!cur) {
      frame.scope.vars.set(base.name, { taints: [], fields: new Map([[prop, value]]) });
    }
  } else if (base.type === 'Identifier' && !prop && isTainted(value)) {
    // `options[key] = data[key]` under a key we cannot name: any field of the object may hold it now.
    const cur = frame.scope.lookup(base.name);
    if (cur && !cur.kind && !cur.api && !cur.ref && cur.fn === undefined) {
      const owner = frame.scope.owner(base.name) ?? frame.scope;
      owner.vars.set(base.name, { ...cur, taints: dedupeTaints([...cur.taints, ...allTaints(value).map((t) => ({ ...t, whole: false }))]) });
    }
  } else if (base.type === 'ThisExpression' && prop) {
    const self = frame.scope.lookup('this');
    rememberThisField(e, self, prop, value, frame);
    if (self && isTainted(value)) {
      const fields = new Map(self.fields ?? []);
      fields.set(prop, value);
      frame.scope.vars.set('this', { ...self, fields });
    }
  }
  return key;
}

/** An object or array literal, on some branch of a conditional. */
function objectValued(n: Node): boolean {
  if (n.type === 'ObjectExpression' || n.type === 'ArrayExpression') return true;
  if (n.type === 'ConditionalExpression') return objectValued(unwrap(n.consequent)) || objectValued(unwrap(n.alternate));
  return false;
}

/** sax (and saxes) parsers and streams, and the events whose handlers receive the document's data. */
const SAX_PARSER = /^(sax|saxes)\|/;
const SAX_EVENTS = /^on(opentag|opentagstart|closetag|attribute|text|cdata|processinginstruction|doctype|comment)$/;

/** Run a sax event handler with the data of a document the library was given. */
function saxHandler(e: TaintEngine, fnId: number, event: string, frame: Frame): void {
  const fn = e.fns[fnId]!.node;
  if (e.analyzedInline.has(fnId) || !fn.params.length) return;
  const params = fn.params.map((p: Node, i: number) => {
    const v = e.source(p, `parameter \`${paramName(p) ?? `argument ${i + 1}`}\` of a sax \`${event}\` handler (data of the XML document it parses)`, 'library', true);
    v.taints[0]!.source!.document = true;
    return v;
  });
  runCallback(e, fnId, params, frame);
}

/**
 * `cur[k] = cur[k] || {}`, `cur[k] ??= {}`: a path walk's step that keeps the object already there
 * and only fills a missing one with a fresh empty object: it never replaces anything, nor writes a
 * value anyone chose (the write that pollutes is the last one, of the value). Keys still mark what
 * the walk reaches. (`cur[k] = {}` replaces what is there: still reported, unless an `if` around it
 * tests that nothing usable is there: fillMissingStep.)
 */
function keepsOrCreates(e: TaintEngine, left: Node, assignment: Node): boolean {
  const right = unwrap(assignment.right);
  if (assignment.operator === '??=' || assignment.operator === '||=') return fresh(right);
  if (e.fillsMissing.has(assignment)) return true;
  return assignment.operator === '=' && right.type === 'LogicalExpression' && (right.operator === '||' || right.operator === '??')
    && fresh(unwrap(right.right)) && e.text(unwrap(right.left)) === e.text(left);
}

// (A prototype-less `Object.create(null)` is fresh too: a "__proto__" key read from it is its own, missing, entry.)
const fresh = (n: Node) => (n.type === 'ObjectExpression' && n.properties.length === 0) || (n.type === 'ArrayExpression' && n.elements.length === 0) || createsNullPrototype(n);

/**
 * `if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {}` (or `if (!(k in cur))`): the
 * same fill-a-missing-step as `cur[k] ??= {}`, written as an `if` that tests only what it assigns.
 */
export function fillMissingStep(e: TaintEngine, ifNode: Node, within?: Node): Node | undefined {
  let stmt = ifNode.consequent;
  if (stmt.type === 'BlockStatement' && stmt.body.length === 1) stmt = stmt.body[0];
  const a = stmt.type === 'ExpressionStatement' ? unwrap(stmt.expression) : undefined;
  if (a?.type !== 'AssignmentExpression' || a.operator !== '=' || a.left.type !== 'MemberExpression' || !a.left.computed || !fresh(unwrap(a.right))) return undefined;
  // Every alternative of the test is about the slot (`|| opts.overwrite` replaces what is there).
  const slot = e.text(a.left);
  const key = e.text(a.left.property);
  const aboutSlot = (t: Node): boolean => {
    const u = unwrap(t);
    if (u.type === 'LogicalExpression' && u.operator === '||') return aboutSlot(u.left) && aboutSlot(u.right);
    const text = e.text(u);
    return text.includes(slot) || (text.includes(key) && /\bin\b|hasOwn/.test(text));
  };
  if (!aboutSlot(ifNode.test)) return undefined;
  // A step of a walk descends into the slot it filled (`node = node[key]`); a slot filled and left
  // (`if (parent[last] === undefined) parent[last] = []` on a table another function walked to) is the write itself.
  const obj = unwrap(a.left.object);
  if (within && obj.type === 'Identifier' && !descendsInto(e, within, obj.name, slot)) return undefined;
  return a;
}

/** `name = …name[key]…` or a recursive `walk(name[key], rest)` somewhere in `root`: the walk moves on to the slot. */
function descendsInto(e: TaintEngine, root: Node, name: string, slot: string): boolean {
  const self = root.id?.name;
  let found = false;
  walk(root, [{
    AssignmentExpression(x) {
      if (!found && x.operator === '=' && x.left.type === 'Identifier' && x.left.name === name && e.text(x.right).includes(slot)) found = true;
    },
    CallExpression(c) {
      const callee = unwrap(c.callee);
      if (!found && callee.type === 'Identifier' && callee.name === self && c.arguments.some((arg: Node) => e.text(unwrap(arg)) === slot)) found = true;
    },
  }]);
  return found;
}

/** `Foo.prototype`, `x.__proto__`, `Object.getPrototypeOf(x)`: objects every instance inherits from. */
function isSharedPrototype(node: Node): boolean {
  const u = unwrap(node);
  if (u.type === 'CallExpression') return /^(Object|Reflect)\.getPrototypeOf$/.test(memberPath(u.callee) ?? '');
  const name = u.type === 'MemberExpression' ? propertyName(u) : undefined;
  return name === 'prototype' || name === '__proto__';
}

export function evalJsx(e: TaintEngine, node: Node, frame: Frame): void {
  const visit = (n: Node) => {
    if (n.type === 'JSXAttribute') {
      const attr = n.name?.name;
      const value = n.value?.type === 'JSXExpressionContainer' ? n.value.expression : undefined;
      if (!value || value.type === 'JSXEmptyExpression') return;
      if (attr === 'dangerouslySetInnerHTML') {
        const html = objectProperty(value, '__html');
        if (html) reportSink(e, 'xss', evaluate(e, html, frame), n, 'dangerouslySetInnerHTML', frame);
        else evaluate(e, value, frame);
        return;
      }
      if (attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formAction') {
        const v = evaluate(e, value, frame);
        // javascript: URLs from the user run script when clicked.
        if (navigableUrl(v)) reportSink(e, 'xss', navigablePart(v), n, `${attr} attribute`, frame);
        return;
      }
      evaluate(e, value, frame);
      return;
    }
    if (n.type === 'JSXExpressionContainer') {
      if (n.expression.type !== 'JSXEmptyExpression') evaluate(e, n.expression, frame);
      return;
    }
    if (n.type === 'JSXSpreadAttribute') {
      evaluate(e, n.argument, frame);
      return;
    }
    for (const k of ['openingElement', 'children', 'attributes']) {
      const c = n[k];
      if (Array.isArray(c)) c.forEach((x) => isNode(x) && visit(x));
      else if (isNode(c)) visit(c);
    }
  };
  visit(node);
}

/** `process.env.NODE_ENV !== 'production' && err.stack`: details only outside production. */
function envCheck(test: Node): boolean {
  const text = memberPath(test) ?? '';
  const n = unwrap(test);
  const src = n.type === 'BinaryExpression' ? `${memberPath(n.left) ?? ''} ${memberPath(n.right) ?? ''}` : text;
  return /NODE_ENV|isDev|isDevelopment|isProduction|isProd|DEBUG|debug/.test(src);
}

/**
 * `this.pool = new Pool()`, `this.repo = new UserRepo()`, `this.find = function…`: what every method
 * of the class (or every user of a constructor function's instances) sees under that name.
 */
function rememberThisField(e: TaintEngine, self: Value | undefined, prop: string, value: Value, frame: Frame): void {
  const cls = self?.cls ? e.classes.get(self.cls) : undefined;
  // A constructor function's `this.find = function…` (also one with prototype methods): a member of every instance.
  if (value.fn !== undefined && frame.fnId !== undefined && (!self || (cls && cls.methods.get('constructor') === frame.fnId && e.fns[frame.fnId]!.node.type === 'FunctionDeclaration'))) {
    const members = e.thisMembers.get(frame.fnId) ?? new Map<string, number>();
    members.set(prop, value.fn);
    e.thisMembers.set(frame.fnId, members);
  }
  if (cls) {
    if (value.api || value.ref) cls.fieldValues.set(prop, { taints: [], ...(value.api ? { api: value.api } : {}), ...(value.ref ? { ref: value.ref } : {}) });
    // Constructor injection: `constructor(db) { this.db = db }` — instances know what was passed.
    const t = value.taints.length === 1 ? value.taints[0]! : undefined;
    if (t && t.param !== undefined && t.path.length <= 2 && (frame.fnName.endsWith('.constructor') || cls.methods.get('constructor') === frame.fnId)) {
      cls.paramFields.set(prop, t.param);
      // (`constructor({ db })`, awilix's injection: the field is a member of the parameter.)
      if (t.path.length) (cls.paramFieldPaths ??= new Map()).set(prop, t.path);
      else cls.paramFieldPaths?.delete(prop);
    }
  }
}

/** A field stored on `this` somewhere in the class; the constructor runs first so its stores are seen. */
function classField(e: TaintEngine, cls: ClassInfo, name: string): Value | undefined {
  const ctor = cls.methods.get('constructor');
  if (ctor !== undefined && !e.summaries.has(ctor) && !e.inProgress.has(ctor)) summaryOf(e, ctor);
  return cls.fieldValues.get(name);
}

/** Shell template tags that quote each substitution as one word: Bun's `$`, zx's `$`, execa's `$`. */
const SHELL_TEMPLATE_TAGS = /^(bun|Bun|zx|execa)\.\$$/;
/** A shell's `-c` (`sh -c `, `bash -lc `) right before a substitution: that word is run as a command line. */
const SHELL_C_BEFORE = /(^|[\s;&|(])(\/(usr\/)?bin\/)?(sh|bash|zsh|dash|ksh)\s+(-\w*c)\s+$/;

/**
 * `` $`convert ${file} out.png` ``: the tag quotes each substitution, so input stays one argument.
 * It is a command still where that word is the program (`` $`${tool} --version` ``), a shell's `-c`
 * command line (`` $`sh -c ${script}` ``), or passed raw (Bun's `${{ raw: text }}`).
 */
function shellTemplate(e: TaintEngine, node: Node, values: Value[], frame: Frame): void {
  let before = '';
  node.quasi.expressions.forEach((x: Node, i: number) => {
    before += node.quasi.quasis[i]?.value?.cooked ?? '';
    const expr = unwrap(x);
    const raw = expr.type === 'ObjectExpression' ? objectProperty(expr, 'raw') : undefined;
    // (The command this word is in: the text since the last `;`, `&`, `|` or line break.)
    const command = before.slice(before.search(/[^;&|\n]*$/));
    const label = `the \`$\` shell template (${e.text(node.tag)})`;
    if (raw) reportSink(e, 'command', readMember(e, values[i]!, 'raw', raw, frame), x, `${label}, raw`, frame);
    else if (/^\s*$/.test(command) || SHELL_C_BEFORE.test(before)) reportSink(e, 'command', values[i]!, x, label, frame);
    before += '\u0000'; // (a word already, whatever it holds)
  });
}

