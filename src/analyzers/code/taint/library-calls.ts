/** Calls to code we cannot see: modelled library behaviour (propagators, compiled templates, validation schemas, JSON.parse, string methods). */
import { type Node, isFunction, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { resolveValue } from '../frontend/js/bindings.js';
import type { CallSite } from '../models/sinks.js';
import { PROPAGATING_METHODS, SAFE_METHODS, sanitizerRow } from '../models/sanitizers.js';
import { ROUTE_DATA_WRAPPERS } from '../models/sources.js';
import { ALL_KINDS, DECODED_TOKEN, EMPTY, LENGTH_BOUNDED, RESOLVED_AGAINST_BASE, isRequestPath, sameOriginStart, TUPLE_REST, type Taint, type Value, allTaints, isTainted, isTaintedByInput, mask, QUOTE_PATTERN, quoteMarked, readField, sanitize, union } from './values.js';
import { conditionGuards } from './guards.js';
import { validatorProof } from './functions.js';
import { importedSummary } from './imported-calls.js';
import { importedNarrowedFields } from './validated-dtos.js';
import type { Frame } from './frames.js';
import { assignVar, elementOf } from './statements.js';
import { positioned } from './expressions.js';
import type { TaintEngine } from './engine.js';
import { nameReader, viewOf } from './views.js';
import { inertCodeGroups } from '../frontend/js/regex.js';

/** Calls whose result is a normalised path (no `..` segments left). */
/** Calls that percent-decode their input (`%0a` becomes a newline). */

/** Calls that turn text into the data it spells out, like JSON.parse (their unsafe forms are also js/unsafe-deserialization sinks). */
const DESERIALIZER = /^(node-serialize\.unserialize|serialize-to-js\.deserialize|js-yaml\.(load|safeLoad)|yaml\.parse|json5\.parse|secure-json-parse\.parse|@hapi\/bourne\.parse|destr)$/;
const PERCENT_DECODING = /^(decodeURIComponent|decodeURI|unescape|querystring\.(parse|unescape)|qs\.parse|URLSearchParams)$/;
/** AdonisJS's application paths: `app.makePath(…parts)` and the folder helpers join their parts below the app's root. */
const ADONIS_APP_PATH = /^@adonisjs\/core\/services\/app(\.default)?\.(makePath|tmpPath|publicPath|configPath|startPath|viewsPath|migrationsPath|seedersPath|languageFilesPath|factoriesPath|httpControllersPath|modelsPath|servicesPath|middlewarePath|eventsPath|listenersPath|mailsPath|validatorsPath|policiesPath|commandsPath|providersPath|exceptionsPath)$/;

export const NORMALIZING = /^(path\.(join|resolve|normalize|posix\.join|win32\.join|posix\.resolve|posix\.normalize)|fs\.realpathSync|fs\.realpath|fs\.promises\.realpath|fs\/promises\.realpath|realpathSync)$/;

/** A string argument known in full: a literal, or a value built only from constant text. */
function constantText(node: Node, v: Value | undefined): string | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return literal;
  return v && !isTainted(v) && v.prefix !== undefined && v.text === v.prefix ? v.prefix : undefined;
}

/** `fs.realpath` in its sync, promise and callback forms (fs-extra's returns a promise without a callback). */
export const REALPATH = /^(fs|graceful-fs|fs-extra|fs\.promises|fs\/promises)\.(realpath|realpathSync)(\.native)?$/;

/**
 * What `realpath(p)` yields: the same path with links and `..` resolved. It reads what `p` names,
 * so it carries `p`'s data; normalised, so a prefix check on it means containment.
 */
export function realpathOf(v: Value): Value {
  return { taints: allTaints(v), stringy: true, normalized: true };
}

/** `process.cwd()`, or a variable or option named `cwd` (`options.cwd`, `this.cwd`, `opts.cwd || process.cwd()`). */
function isWorkingDirectory(e: TaintEngine, node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'LogicalExpression') return isWorkingDirectory(e, n.left) && isWorkingDirectory(e, n.right);
  if (n.type === 'CallExpression') return qualifiedName(n.callee, e.input.modules, e.aliases) === 'process.cwd';
  if (n.type === 'Identifier') return n.name === 'cwd';
  return n.type === 'MemberExpression' && !n.computed && propertyName(n) === 'cwd';
}

/** The request's own URL (`request.url`, `req.nextUrl`), used as the base of a relative URL. */
function sameSiteBase(v: Value): boolean {
  const taints = allTaints(v);
  // (Also the whole URL read from it, `req.nextUrl.href`; its `origin` is no request data at all: expressions.ts readMember.)
  return taints.length > 0 && taints.every((t) => t.source && /(^|\.)(url|nextUrl|originalUrl|href|origin)$/.test(t.source.label)
    && (t.path.length === 0 || (t.path.length === 1 && t.path[0] === 'href')));
}

/** Names of parameters that say the caller passes a path below the library's own base URL. */
const PATH_PARAMETER = /^(path|pathname|endpoint|route|resource|uri|subpath|relativePath|urlPath|apiPath)$|Path$/;

/** The name a library source stands for: the field read from the parameter (`options.path`), else the parameter's own name. */
function libraryParameterName(t: Taint): string {
  if (t.path.length) return t.path[t.path.length - 1]!;
  return /^parameter `([^`]+)`/.exec(t.source?.label ?? '')?.[1] ?? '';
}

/** Entity managers and repositories of ORMs whose `create(…, data)` builds an entity from the data (models/apis.ts rows make them known). */
const ENTITY_FACTORY_API = /^(@mikro-orm\/[\w-]+|typeorm)\|/;

export function unknownCall(e: TaintEngine, site: CallSite, frame: Frame, isNew: boolean): Value {
  const { name, method, argValues, receiverValue } = site;
  // A DI container's instance of a class (`container.resolve(SupplierController)`, `Container.get(X)`).
  if (!isNew && DI_RESOLVE.test(method) && DI_CONTAINER.test(site.receiver ?? '') && site.args.length === 1) {
    const cls = unwrap(site.args[0]!);
    if (cls.type === 'Identifier' && e.classes.has(cls.name)) return { taints: [], cls: cls.name, instance: true };
    if (cls.type === 'Identifier' && /^[A-Z]/.test(cls.name) && e.input.modules.bindings.has(cls.name)) return { taints: [], cls: `@import:${cls.name}`, instance: true };
  }
  // new URL('/login?next=…', request.url): a path resolved against the request's own URL stays on
  // this site; only the query part carries the data.
  if (isNew && /^(URL|url\.URL)$/.test(name) && argValues.length === 2 && sameSiteBase(argValues[1]!)) {
    const rel = argValues[0]!;
    const path = rel.prefix ?? (isTainted(rel) ? undefined : '/');
    if (path !== undefined && (path === '/' || /^\/[^/\\]/.test(path))) {
      return sanitize({ taints: allTaints(rel).map((t) => ({ ...t, whole: false })), stringy: true }, mask('redirect', 'ssrf'));
    }
  }
  // new RegExp('^(a+)+$'): a fixed pattern, judged like a literal where it is applied (js/redos).
  if (name === 'RegExp' && site.args.length >= 1 && site.args.length <= 2) {
    const source = constantText(site.args[0]!, argValues[0]);
    const flags = site.args[1] ? constantText(site.args[1], argValues[1]) : '';
    if (source !== undefined && flags !== undefined) return { taints: [], regex: { source, flags } };
  }
  if (REALPATH.test(name)) {
    const out = realpathOf(argValues[0] ?? EMPTY);
    // The callback form returns nothing (its callback gets the path: taint/calls.ts); the others a promise or the path.
    // (Without a callback, `fs.realpath` is a promisified alias: `const realpath = promisify(fs.realpath)`.)
    if (/\.realpathSync(\.native)?$/.test(name)) return out;
    const callback = site.args.length > 1 && isFunction(unwrap(site.args[site.args.length - 1]!));
    return callback ? EMPTY : { taints: [], awaited: out };
  }
  // new URL(path, base) in a library, `path` a parameter meant as one: an absolute URL replaces the host.
  // (Inside a helper the library calls, its own parameter named as a path: the mark reaches callers through its summary.)
  const resolvesPath = (t: Taint) => (t.source?.category === 'library' && PATH_PARAMETER.test(libraryParameterName(t)))
    || (t.param !== undefined && !t.source && PATH_PARAMETER.test(t.path[t.path.length - 1] ?? frame.paramNames?.[t.param] ?? ''));
  if (isNew && /^(URL|url\.URL)$/.test(name) && argValues.length === 2 && allTaints(argValues[0]!).some(resolvesPath)) {
    const step = e.step(site.args[0]!, 'resolved against a base URL with new URL(): an absolute or `//host` value replaces the host');
    const resolved = allTaints(argValues[0]!).map((t) => (resolvesPath(t) ? { ...t, sanitized: t.sanitized | RESOLVED_AGAINST_BASE, steps: [...t.steps, step] } : t));
    return { taints: [...resolved, ...allTaints(argValues[1]!)].map((t) => ({ ...t, whole: false })), stringy: true };
  }
  // encodeURI / encodeurl percent-encode what may not appear in a URL (spaces, CR/LF, `<`, `"`) but
  // keep `:`, `/` and `?`: a URL stays the URL it was (still a redirect or request target).
  if (/^(encodeURI|encodeurl)$/.test(name) && argValues[0] && isTainted(argValues[0])) {
    const prefix = argValues[0].prefix;
    return sanitize({ taints: allTaints(argValues[0]).map((t) => ({ ...t, whole: false })), stringy: true, ...(prefix !== undefined ? { prefix } : {}) }, mask('log', 'nosql'));
  }
  // Known propagators: the result carries the arguments' data.
  if (ADONIS_APP_PATH.test(name) || /^(path\.(join|resolve|normalize|relative|format|posix\.join|win32\.join)|url\.(parse|resolve|format)|querystring\.(parse|unescape)|qs\.parse|decodeURIComponent|decodeURI|unescape|atob|Buffer\.from|String\.raw|util\.format|Object\.assign|Object\.keys|Object\.values|Object\.entries|Object\.fromEntries|Array\.from|Array\.of|structuredClone|format|sprintf|printf|URL|url\.URL|URLSearchParams|String|Promise\.resolve|Promise\.all|path\.dirname|lodash\.\w+|_\.\w+|(esprima|acorn|espree|meriyah|@babel\/parser|jsep)\.(parse|parseScript|parseModule|parseExpression|parseExpressionAt))$/.test(name)) {
    if (name === 'Object.assign' && receiverValue === undefined) {
      // Object.assign(target, …sources): the target now holds them too.
      const target = site.args[0] && unwrap(site.args[0]);
      const merged = union(...argValues);
      if (target?.type === 'Identifier' && isTainted(merged)) assignVar(e, target.name, merged, frame);
      return merged;
    }
    // AdonisJS `app.makePath('storage', dir)`: joined below the application root, none of its parts leads.
    const appPath = ADONIS_APP_PATH.test(name);
    const pathBuild = appPath || /^path\./.test(name);
    // A path resolved against the working directory (`path.resolve(cwd, p)`) is the caller's path
    // as they wrote it, relative or absolute: the working directory is no folder to stay inside.
    const relativeToCwd = (i: number) => i > 0 && site.args.slice(0, i).every((a) => isWorkingDirectory(e, a));
    // Percent-decoding gives back the CR/LF a request target could only carry encoded (`%0a`).
    const decoded = PERCENT_DECODING.test(name);
    // An absolute path (`path.resolve(p)`) starts with `/` or a drive: a program never reads it as an option.
    const absolute = /^path\.(posix\.|win32\.)?resolve$/.test(name) ? mask('argument') : 0;
    const taints = argValues.flatMap((v, i) => (pathBuild ? positioned(allTaints(v), !appPath && (i === 0 || relativeToCwd(i)), site.args[i]) : allTaints(v)))
      .map((t) => ({ ...t, whole: false, ...(decoded ? { sanitized: t.sanitized & ~mask('log') } : absolute ? { sanitized: t.sanitized | absolute } : {}) }));
    const text = argValues.map((v) => v.text).filter(Boolean).join(' ');
    const prefix = argValues[0]?.prefix !== undefined && !isTainted(argValues[0]!) ? argValues[0]!.prefix : undefined;
    const stringy = !/^(URLSearchParams|Object\.|Array\.|structuredClone|Promise\.)/.test(name);
    const out: Value = { taints, ...(text ? { text } : {}), ...(prefix !== undefined ? { prefix } : {}), stringy, ...(name === 'URLSearchParams' ? { kind: 'searchParams' as const } : {}), ...(appPath || NORMALIZING.test(name) ? { normalized: true } : {}) };
    return name.startsWith('Promise.') ? { taints: [], awaited: out } : out;
  }
  if (/^(handlebars|Handlebars|ejs|pug|jade|lodash|_|dot|doT|hogan\.js|Hogan)\.(compile|template)$/.test(name)) {
    // A compiled template: calling it puts its data into HTML, escaped unless escaping is off.
    const opts = site.args[1] ? e.text(site.args[1]) : '';
    const read = site.args[0] ? viewOf(site.args[0], nameReader(e, frame)) : undefined;
    const view = read ?? (argValues[0]?.view ? { view: argValues[0].view, ...(argValues[0].viewName ? { viewName: argValues[0].viewName } : {}) } : {});
    return { taints: [], kind: /noEscape\s*:\s*true|escape\s*:\s*false|autoescape\s*:\s*false/.test(opts) ? 'rawTemplate' : 'template', ...view };
  }
  // Validation schemas (zod, joi, yup): remember what each field accepts.
  if (SCHEMA_OBJECT.test(name) && site.args[0]) {
    return { taints: [], kind: 'schema', schema: schemaShape(e, site.args[0]) };
  }
  if (receiverValue?.kind === 'schema') {
    // (Other methods, `.strict()`, `.required()`, `.extend()` …, keep the shape.)
    return PARSE_METHODS.test(method) ? parseResult(method, name, applySchema(e, receiverValue, argValues[0] ?? EMPTY, false)) : receiverValue;
  }
  // A schema the code was handed (`validate(schema)` middleware, `schema: ZodTypeAny`): what it
  // accepts is decided elsewhere, so what it returns is what it was given, in the library's shape.
  // (Not for log lines: request schemas take identifiers, emails and enums far more often than
  // free text with line breaks, and which one this is cannot be seen here.)
  if (!receiverValue?.kind && !receiverValue?.api && !receiverValue?.ref && SCHEMA_RECEIVER.test(site.receiver ?? '') && site.args.length >= 1 && PARSE_METHODS.test(method) && method !== 'validate') {
    return parseResult(method, name, sanitize(argValues[0] ?? EMPTY, mask('log')));
  }
  if (/^(joi|Joi)\.attempt$/.test(name) && argValues[1]?.kind === 'schema') return applySchema(e, argValues[1], argValues[0] ?? EMPTY, false);
  // JSON.parse and the other deserialisers (YAML, JSON5, node-serialize…): the data is the text's, objects included.
  if (name === 'JSON.parse' || DESERIALIZER.test(name)) {
    // Text safe only as text can become an operator object again; text trusted for everything (a
    // signed webhook body) parses to trusted data.
    const reopen = (t: Taint) => ((t.sanitized & ALL_KINDS) === ALL_KINDS ? t.sanitized : t.sanitized & ~mask('nosql'));
    // Text decoded from base64 and parsed (a JWS/JWT segment, an opaque cursor): its fields are what
    // whoever wrote the token put there (marked in the path, so a summary's caller sees it too).
    const token = name === 'JSON.parse' && base64Decoded(site.args[0]);
    // (A check of the encoded text, `/^[\w-]*$/`, says nothing about what it decodes to.)
    const taints = allTaints(argValues[0] ?? EMPTY).map((t) => ({ ...t, whole: true, sanitized: token ? t.sanitized & ~ALL_KINDS : reopen(t), source: t.source ? { ...t.source, mayBeObject: true } : t.source, ...(token ? { path: [...t.path, DECODED_TOKEN] } : {}) }));
    return taints.length ? { taints } : EMPTY;
  }
  // new Set(names): the set holds the list's elements (iterated like the list).
  if (isNew && name === 'Set' && argValues[0] && isTainted(argValues[0])) return { taints: allTaints(argValues[0]).map((t) => ({ ...t, whole: false })) };
  if (isNew) return EMPTY;
  // re.exec(text): the match and its groups are pieces of the text. A group that only takes digits,
  // operators and parentheses (a tokenizer's) is inert as code, whatever the text was.
  if (method === 'exec' && receiverValue?.regex && argValues[0] && isTainted(argValues[0])) {
    const taints = allTaints(argValues[0]).map((t) => ({ ...t, whole: false, path: [...t.path, 'exec()'] }));
    const inert = inertCodeGroups(receiverValue.regex.source, receiverValue.regex.flags);
    if (inert.size === 0) return { taints };
    const group = (i: number): Value => ({ ...sanitize({ taints: taints.map((t) => ({ ...t, path: [...t.path, String(i)] })) }, mask('code')), shadows: true });
    return { taints, fields: new Map([...inert].map((i): [string, Value] => [String(i), group(i)])) };
  }
  // list.filter((x) => ALLOWED.has(x)): the kept elements passed the check.
  if (/^(filter|find|findLast)$/.test(method) && receiverValue && isTainted(receiverValue) && site.args[0]) {
    const kept = keptByCheck(e, receiverValue, unwrap(site.args[0]), frame);
    if (kept) return method === 'filter' ? kept : elementOf(e, kept);
  }
  // arr.map(Number), arr.map((x) => escape(x)): the result is what the callback returns.
  if ((method === 'map' || method === 'flatMap') && receiverValue && isTainted(receiverValue) && site.args[0]) {
    const fnArg = unwrap(site.args[0]);
    const sanitizerRef = fnArg.type === 'Identifier' || fnArg.type === 'MemberExpression' ? qualifiedName(fnArg, e.input.modules, e.aliases) ?? '' : '';
    const row = sanitizerRef ? sanitizerRow(sanitizerRef) : undefined;
    if (row) return row.kinds === ALL_KINDS ? EMPTY : sanitize(elementOf(e, receiverValue), row.kinds);
    const returned = e.callbackReturns.get(site.call);
    if (returned) return { ...returned, stringy: false };
  }
  // rows.map((r) => ({ html: render(r.body) })) over rows from no source: the new elements carry what
  // the callback added (in a summary, also the parameters it read: `COLUMNS.map((c) => \`${c} = ${v}\`)`).
  if ((method === 'map' || method === 'flatMap') && receiverValue && !isTaintedByInput(receiverValue) && site.args[0] && isFunction(unwrap(site.args[0]))) {
    const returned = e.callbackReturns.get(site.call);
    if (returned && allTaints(returned).some((t) => t.source || t.param !== undefined)) return { ...returned, stringy: false };
  }
  // Remix `json(data)`, React Router `data(x)`: the loader's data, as the component will read it.
  if (ROUTE_DATA_WRAPPERS.test(name) && argValues[0]) return argValues[0];
  // keys.reduce((node, key) => node[key], root): an object reached by walking keys the user chose.
  if ((method === 'reduce' || method === 'reduceRight') && site.args[0]) {
    const keyedBy = e.callbackReturns.get(site.call)?.keyedBy;
    if (keyedBy?.length) return { taints: allTaints(argValues[1] ?? EMPTY).map((t) => ({ ...t, whole: false })), keyedBy };
  }
  // ['clone'].concat(args): the new list holds the arguments' data.
  if (method === 'concat' && receiverValue && !isTainted(receiverValue) && argValues.some((v) => isTainted(v))) {
    return { taints: argValues.flatMap((v) => allTaints(v)).map((t) => ({ ...t, whole: false })), ...(receiverValue.stringy ? { stringy: true } : {}) };
  }
  // An ORM's entity factory (MikroORM `em.create(Order, data)`, TypeORM `repo.create(data)` /
  // `manager.create(User, data)`): the new entity holds the data's fields, not yet saved.
  if (method === 'create' && argValues.length && ENTITY_FACTORY_API.test(receiverValue?.api ?? site.api ?? '')) {
    const data = argValues[argValues.length - 1]!;
    if (isTainted(data)) return { ...data, stringy: false };
  }
  // Method calls on tainted data return tainted data (strings, arrays, parsed params)…
  if (receiverValue && isTainted(receiverValue) && !SAFE_METHODS.has(method)) {
    const taints = allTaints(receiverValue).map((t) => ({ ...t, whole: false, path: PROPAGATING_METHODS.has(method) ? t.path : [...t.path, `${method}()`] }));
    const sanitized = replaceSanitizer(e, site) | (boundedCut(e, site) ? LENGTH_BOUNDED : 0);
    const stringy = /^(toString|trim|trimStart|trimEnd|toLowerCase|toUpperCase|slice|substring|substr|padStart|padEnd|join|concat|replace|replaceAll|normalize|charAt|repeat)$/.test(method);
    const v: Value = { taints: taints.map((t) => (stringy ? { ...t, sanitized: t.sanitized | mask('nosql') } : t)), stringy, text: receiverValue.text };
    const quotes = method === 'replace' || method === 'replaceAll' ? replaceQuoteMark(site, sanitized) : undefined;
    const marked = quotes === undefined ? v : quoteMarked(v, quotes);
    const collapsed = collapsesLeadingSlashes(site) ? samePathFromRequestTarget(marked) : marked;
    return sanitized ? sanitize(collapsed, sanitized) : collapsed;
  }
  // fetch(...) results and other promises: nothing we track.
  return EMPTY;
}

/**
 * The elements a filter callback keeps, when its test proves something about its parameter:
 * `(c) => ALLOWED.includes(c)` keeps allow-listed elements; `([column]) => COLUMNS.has(column)`
 * keeps pairs whose first item is allow-listed, the other items as they were (a tuple shape: the
 * checked positions as fields, the rest under TUPLE_REST, read back by array destructuring).
 */
function keptByCheck(e: TaintEngine, list: Value, fn: Node, frame: Frame): Value | undefined {
  // `cols.filter(isSortable)`: what the validator's body proves about its first parameter.
  if (fn.type === 'Identifier' || fn.type === 'MemberExpression') {
    const local = fn.type === 'Identifier' ? frame.scope.lookup(fn.name) : undefined;
    const proofs = local?.fn !== undefined ? validatorProof(e, local.fn) : importedSummary(e, fn, undefined, '', [])?.proves;
    const kinds = proofs?.find((p) => p.param === 0)?.kinds;
    return kinds ? sanitize(elementOf(e, list), kinds) : undefined;
  }
  if (!isFunction(fn) || fn.params.length === 0) return undefined;
  let test: Node | undefined = fn.body;
  if (test?.type === 'BlockStatement') {
    const only = test.body.length === 1 ? test.body[0] : undefined;
    test = only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
  }
  if (!test) return undefined;
  const proven = conditionGuards(e, test, frame).whenTrue;
  const param = unwrap(fn.params[0]);
  const element = elementOf(e, list);
  if (param.type === 'Identifier') {
    const kinds = proven.get(param.name);
    return kinds ? sanitize(element, kinds) : undefined;
  }
  if (param.type !== 'ArrayPattern') return undefined;
  const fields = new Map<string, Value>();
  param.elements.forEach((el: Node | null, i: number) => {
    const kinds = el?.type === 'Identifier' ? proven.get(el.name) : undefined;
    if (kinds) fields.set(String(i), sanitize(element, kinds));
  });
  if (fields.size === 0) return undefined;
  fields.set(TUPLE_REST, element);
  return { taints: [], fields };
}

/** Longest cut that still counts as short input for polynomial backtracking (see LENGTH_BOUNDED). */
const MAX_BOUNDED_CUT = 10_000;

/**
 * `s.slice(0, 100)`, `s.substr(i, 100)`, `buf.toString('utf8', off, off + 100)`: a piece of known
 * at most constant length, however long the input was.
 */
function boundedCut(e: TaintEngine, site: CallSite): boolean {
  const { method, args } = site;
  const range = method === 'toString' && args.length === 3 ? [args[1]!, args[2]!]
    : /^(slice|substring|subarray)$/.test(method) && args.length === 2 ? [args[0]!, args[1]!] : undefined;
  if (method === 'substr' && args.length === 2) {
    const n = unwrap(args[1]!);
    return n.type === 'Literal' && typeof n.value === 'number' && n.value <= MAX_BOUNDED_CUT;
  }
  if (!range) return false;
  const [a, b] = range.map((n) => unwrap(n));
  if (a!.type === 'Literal' && b!.type === 'Literal' && typeof a!.value === 'number' && typeof b!.value === 'number') return b!.value - a!.value <= MAX_BOUNDED_CUT;
  const start = e.text(a!).replace(/\s+/g, '');
  const m = /^(.+)\+(\d+)$/.exec(e.text(b!).replace(/\s+/g, ''));
  return !!m && m[1] === start && Number(m[2]) <= MAX_BOUNDED_CUT;
}

/** Object schemas of zod, joi and yup: `z.object({ … })`, `Joi.object({ … })`. */
/** tsyringe `container.resolve(X)`, typedi `Container.get(X)`, inversify `container.get(X)`, an injector's `get(X)`. */
const DI_RESOLVE = /^(resolve|get|getInstance)$/;
const DI_CONTAINER = /(^|\.)(container|Container|diContainer|injector|moduleRef)$/;
/** A receiver named as a validation schema (`schema`, `bodySchema`, `this.schema`, `schemas.userSchema`). */
const SCHEMA_RECEIVER = /(^|\.)(schema|\w+Schema)$/;
const SCHEMA_OBJECT = /^(zod\.z|zod|z|astro:schema\.z|astro:content\.z|astro\/zod\.z|joi|Joi|yup|Yup|@hapi\/joi)\.(object|strictObject)$/;

/**
 * The object schema an expression is, written in place or as a const of this file
 * (`.input(listInput)` with `const listInput = z.object({ … }).strict()`), else undefined.
 */
export function zodObjectSchema(e: TaintEngine, node: Node): Value | undefined {
  let n: Node = resolveValue(e.input.program, node).value;
  // Modifiers keep the shape: `.strict()`, `.partial()`, `.extend()`… down to the object itself.
  for (let i = 0; i < 8 && n.type === 'CallExpression'; i++) {
    const name = qualifiedName(n.callee, e.input.modules, e.aliases) ?? '';
    if (SCHEMA_OBJECT.test(name)) return n.arguments[0] ? { taints: [], kind: 'schema', schema: schemaShape(e, n.arguments[0]) } : undefined;
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    n = unwrap(callee.object);
  }
  return undefined;
}

/**
 * The narrow fields of an object schema: one written here (`zodObjectSchema`), or one another file
 * exports (its export summary's `narrowedFields`, asked for here so the link step hands it over).
 */
export function narrowSchemaFields(e: TaintEngine, node: Node): string[] | undefined {
  const local = zodObjectSchema(e, node);
  if (local) return [...(local.schema ?? [])].filter(([, how]) => how === 'narrow').map(([k]) => k);
  const n = unwrap(node);
  return n.type === 'Identifier' || n.type === 'MemberExpression' ? importedNarrowedFields(e, n) : undefined;
}

/** Per field of `z.object({ … })`: numbers, enums, uuids, anchored patterns are narrow; strings are strings. */
export function schemaShape(e: TaintEngine, arg: Node): Map<string, 'narrow' | 'string' | 'any'> {
  const shape = new Map<string, 'narrow' | 'string' | 'any'>();
  const obj = unwrap(arg);
  if (obj.type !== 'ObjectExpression') return shape;
  for (const p of obj.properties) {
    if (p.type !== 'Property') continue;
    const key = propertyName(p);
    if (!key) continue;
    const t = e.text(p.value);
    // `z.union([z.string(), z.number()])`: as wide as its widest member.
    if (/\b(union|or)\s*\(/.test(t) && /\.(string|any|unknown)\s*\(/.test(t)) shape.set(key, /\.(any|unknown)\s*\(/.test(t) ? 'any' : 'string');
    else if (/\.(number|int|integer|boolean|bool|enum|nativeEnum|literal|uuid|guid|cuid2?|ulid|date|isoDate|bigint|positive|negative|nonnegative|alphanum|token|hex|valid)\s*\(|\.coerce\.(number|boolean|date)\b|\.(regex|pattern)\s*\(\s*\/\^[^/]*\$\//.test(t)) shape.set(key, 'narrow');
    else if (/\.(string|email|url|uri|trim)\s*\(/.test(t)) shape.set(key, 'string');
    else shape.set(key, 'any');
  }
  return shape;
}

/** The validated value: only the schema's fields survive (unknown keys are stripped), each as narrow as its type. */
export function applySchema(e: TaintEngine, schema: Value, input: Value, promise: boolean): Value {
  const fields = new Map<string, Value>();
  for (const [key, how] of schema.schema ?? []) {
    const v = readField(input, key);
    fields.set(key, how === 'narrow' ? EMPTY : how === 'string' ? sanitize(v, mask('nosql')) : v);
  }
  const out: Value = { taints: [], fields };
  return promise ? { taints: [], awaited: out } : out;
}

/** A schema's methods that validate and return the value (zod, joi, yup). */
const PARSE_METHODS = /^(parse|parseAsync|validateSync|cast|validate|validateAsync|safeParse|safeParseAsync)$/;

/** What such a method returns around the parsed value, in its library's shape. */
function parseResult(method: string, name: string, parsed: Value): Value {
  switch (method) {
    case 'parseAsync': return { taints: [], awaited: parsed };
    // joi: { value, error }; yup: a promise of the value; joi's validateAsync: a promise of the value.
    case 'validate': return /^(yup|Yup)\b/.test(name) ? { taints: [], awaited: parsed } : { taints: [], fields: new Map([['value', parsed]]) };
    case 'validateAsync': return { taints: [], awaited: parsed };
    case 'safeParse': return { taints: [], fields: new Map([['data', parsed]]) };
    case 'safeParseAsync': return { taints: [], awaited: { taints: [], fields: new Map([['data', parsed]]) } };
    default: return parsed; // parse, validateSync, cast
  }
}

/** Protocol-relative starts a browser reads as another host (`//h`, `/\\h`, `\\h`, and longer runs). */
const PROTOCOL_RELATIVE_PROBES = ['//evil.example', '/\\evil.example', '\\evil.example', '\\/evil.example', '///evil.example', '/\\/evil.example'];

/**
 * `pathname.replace(/^[/\\]+/, '/')` (serve-static's fix for CVE-2015-1164): an anchored replacement that
 * turns any leading run of slashes and backslashes into one `/`. Told by trying the scanned file's
 * regex literal on fixed probe strings (never on its data): every protocol-relative start must come
 * out as `/` followed by something else.
 */
function collapsesLeadingSlashes(site: CallSite): boolean {
  if (site.method !== 'replace') return false;
  const re = site.args[0] && unwrap(site.args[0]);
  if (re?.type !== 'Literal' || !re.regex || !re.regex.pattern.startsWith('^') || re.regex.flags.includes('m')) return false;
  const repl = stringValue(site.args[1]);
  if (repl === undefined || !repl.startsWith('/') || repl.includes('$')) return false;
  let compiled: RegExp;
  try {
    compiled = new RegExp(re.regex.pattern, re.regex.flags);
  } catch {
    return false;
  }
  return PROTOCOL_RELATIVE_PROBES.every((p) => /^\/[^/\\]/.test(p.replace(compiled, repl)));
}

/**
 * A request path with its leading slashes collapsed is a path on this site: neither a redirect
 * elsewhere nor a `javascript:` link, whatever is appended to it. A helper's parameter is marked
 * for its callers to judge (calls.ts): a `?next=` value need not start with `/` at all, so
 * `https://evil.example` passes the replacement unchanged.
 */
function samePathFromRequestTarget(v: Value): Value {
  const taints = allTaints(v);
  if (taints.every((t) => t.param !== undefined)) return { ...v, slashesCollapsed: true };
  return taints.every(isRequestPath) ? sameOriginStart({ ...v, sameOrigin: true }) : v;
}

/** A class of the C0 control characters (`[\x00-\x1f]`, `[\u0000-\u001F]`, `\p{Cc}`): CR and LF among them. */
const CONTROL_RANGE = /\\(x00|u0000|0)-\\(x1[fF]|u001[fF])|\\p\{Cc?\}/;

/**
 * Names that hide a parent segment from a one-pass filter: `....//` and `..././` are `../` again
 * once the inner `../` is cut out, `..\` is a parent segment on Windows, and a filter that is
 * not global stops after the first match.
 */
const PARENT_SEGMENT_PROBES = ['../x', '../../x', '....//x', '..././x', '.../...//x', '....\\\\x', '..\\x', '..\\..\\x', 'a/../../x', 'a/..'];
const PARENT_SEGMENT = /(^|[\\/])\.\.([\\/]|$)/;
/** A path normalised first (`path.normalize(p).replace(/^(\.\.[/\\])+/, '')`) keeps its `..` segments only at the start. */
const NORMALIZED_PROBES = ['../x', '../../x', '..', '..\\x', '..\\..\\x'];

/**
 * `.replace(/\.\.\//g, '')` (one pass): told by trying the scanned file's regex literal on fixed
 * probe strings (never on its data). The replacement counts as a traversal sanitizer only when no
 * probe keeps a `..` segment afterwards (CodeQL's incomplete multi-character sanitization).
 */
function removesParentSegments(flags: string, pattern: string, repl: string, normalized: boolean): boolean {
  if (repl.includes('$')) return false;
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, flags);
  } catch {
    return false;
  }
  return (normalized ? NORMALIZED_PROBES : PARENT_SEGMENT_PROBES).every((p) => !PARENT_SEGMENT.test(p.replace(compiled, repl)));
}

/** `.replace(/[^a-z0-9]/g, '')` and friends: what does this replacement make safe? */
export function replaceSanitizer(e: TaintEngine, site: CallSite): number {
  if (site.method !== 'replace' && site.method !== 'replaceAll') return 0;
  const re = site.args[0] && unwrap(site.args[0]);
  // (Also a regex held in a constant: `const CONTROL = /[\u0000-\u001f]/g; s.replace(CONTROL, esc)`.)
  const src: string | undefined = re?.type === 'Literal' && re.regex ? re.regex.pattern : re?.type === 'Identifier' ? site.argValues[0]?.regex?.source : undefined;
  if (src === undefined) return 0;
  const repl = stringValue(site.args[1]) ?? '';
  let m = 0;
  if (/^\[\^[^\]]*\]\+?$/.test(src) && !/[./\\<>'"`;|&$]/.test(src.replace(/\\[wd]/g, ''))) m |= ALL_KINDS; // strip everything but a safe alphabet
  if (/^\\[DW]\+?$/.test(src)) m |= ALL_KINDS; // `\D`, `\W`: the same, written as a class escape (digits, word characters)
  if (/\\\.\\\.|\.\.\//.test(src) && removesParentSegments(re?.type === 'Literal' && re.regex ? re.regex.flags : site.argValues[0]?.regex?.flags ?? '', src, repl, !!site.receiverValue?.normalized)) m |= mask('path');
  if (/\\n|\\r/.test(src) || CONTROL_RANGE.test(src)) m |= mask('log');
  // `<` to an entity, or to a JavaScript escape (`\u003C`, `\x3C`: JSON put in a <script>, as
  // serialize-javascript does): either way no `<` is left to open a tag or close the script.
  if (/</.test(src) && /&lt;|&#|\\u003c|\\x3c/i.test(repl + e.text(site.call) + entityMapText(e, site.args[1]))) m |= mask('xss');
  if (/\[\.\*\+\?\^\$\{\}\(\)\|\[\\\]\\\\\]|\\\$&/.test(src + repl)) m |= mask('regex');
  if (repl === '\\$&') m |= mask('regex');
  return m;
}

/**
 * Whether a `.replace()` leaves `"` as it is in HTML it escapes (values.ts QUOTES_KEPT): true for
 * `.replace(/</g, '&lt;')` (or `/[&<>]/g`) unless a replacement before it in the chain took the
 * quotes; false for one that selects `"` itself (`/"/g`, `/[&<>"']/g`); undefined: no say.
 */
function replaceQuoteMark(site: CallSite, sanitized: number): boolean | undefined {
  // (A negated class, `/[^\w-]/g`, or `\W` selects `"` unless the class lets it through.)
  const selectsQuote = (call: Node) => {
    const pattern = call.arguments[0] && unwrap(call.arguments[0]);
    if (pattern?.type !== 'Literal') return false;
    if (!pattern.regex) return pattern.value === '"';
    const src: string = pattern.regex.pattern;
    if (/^\[\^[^\]]*\]\+?$/.test(src)) return !QUOTE_PATTERN.test(src);
    return /^\\W\+?$/.test(src) || QUOTE_PATTERN.test(src);
  };
  if (selectsQuote(site.call)) return false;
  if (!(sanitized & mask('xss'))) return undefined;
  for (let r = site.receiverNode && unwrap(site.receiverNode); r?.type === 'CallExpression'; r = unwrap(r.callee).type === 'MemberExpression' ? unwrap(unwrap(r.callee).object) : undefined) {
    if (/^replace(All)?$/.test(propertyName(unwrap(r.callee)) ?? '') && selectsQuote(r)) return undefined;
  }
  return true;
}

/**
 * `(c) => ENTITIES[c]` (or `?? c`, `|| c`): a replacement callback that looks each match up in a
 * table declared elsewhere in the file; the table's text says what it escapes to (`'<': '&lt;'`).
 */
function entityMapText(e: TaintEngine, arg: Node | undefined): string {
  const fn = arg && unwrap(arg);
  if (!fn || !isFunction(fn) || fn.body?.type === 'BlockStatement') return '';
  let body = unwrap(fn.body);
  if (body.type === 'LogicalExpression') body = unwrap(body.left);
  if (body.type !== 'MemberExpression' || !body.computed) return '';
  const table = resolveValue(e.input.program, body.object).value;
  return table.type === 'ObjectExpression' ? e.text(table) : '';
}

/** `Buffer.from(s, 'base64url').toString()`, `atob(s)`: text decoded from base64 on the spot. */
function base64Decoded(arg: Node | undefined): boolean {
  const n = arg && unwrap(arg);
  if (n?.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  if (callee.type === 'Identifier') return callee.name === 'atob';
  if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'toString') return false;
  const from = unwrap(callee.object);
  return from.type === 'CallExpression' && memberPath(unwrap(from.callee)) === 'Buffer.from' && /^base64(url)?$/.test(stringValue(from.arguments[1]) ?? '');
}
