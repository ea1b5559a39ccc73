/** Calls a web framework gives meaning to: route registrations and the request their handlers get (with what validation narrows), upload parsers, request helpers (h3, Hono), the data file-routed pages load (SvelteKit, Nuxt, Remix), and job queues. */
import type { CallSite } from '../models/sinks.js';
import { EMPTY, TUPLE_REST, type Taint, type Value, union } from './values.js';
import { H3_MODULES, H3_SOURCE_CALLS, JOB_QUEUE_MODULES, NUXT_SERVER_PATH, ROUTE_METHODS, nuxtApiSpec, svelteKitLoadModules } from '../models/sources.js';
import { MAX_CALL_DEPTH } from './calls.js';
import { type Node, calleeProperty, isFunction, memberPath, objectProperty, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import { expressValidatorNarrowing } from './express-validator.js';
import { narrowSchemaFields } from './library-calls.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { runFunction } from './functions.js';

/** `router.route('/x')`, possibly followed by `.get(h)`/`.post(h)` calls. */
function routeChain(node: Node): boolean {
  let n = unwrap(node);
  for (let i = 0; i < 8 && n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression'; i++) {
    const m = propertyName(unwrap(n.callee)) ?? '';
    if (m === 'route') return n.arguments.length === 1;
    if (!ROUTE_METHODS.test(m)) return false;
    n = unwrap(unwrap(n.callee).object);
  }
  return false;
}

/** `app.get('/x', handler)`: a route registration (not `map.get(key)` or `headers.get('x')`). */
export function isRouteRegistration(call: Node, index: number): boolean {
  const recv = memberPath(call.callee.object) ?? '';
  if (/(^|\.)(headers|searchParams|params|query|map|cache|store|session|cookies|localStorage|sessionStorage|formData|url|Reflect|config)$/i.test(recv)) return false;
  const args: Node[] = call.arguments;
  // router.route('/x').get(h).post(h2): the path is given once, to route().
  if (index === 0 && args.length === 1) return propertyName(call.callee) === 'use' || routeChain(call.callee.object);
  const first = args[0] && unwrap(args[0]);
  return !!first && (first.type === 'Literal' || first.type === 'TemplateLiteral' || isFunction(first) || first.type === 'ArrayExpression' || first.type === 'Identifier' || first.type === 'MemberExpression');
}

/**
 * What a multipart parser hands its callbacks: busboy `on('file', (name, stream, info) => …)` (and
 * the older `(field, stream, filename, encoding, mimetype)`), `on('field', (name, value) => …)`;
 * formidable `form.parse(req, (err, fields, files) => …)`. Names, values and the client's file
 * names are the client's; the stream is the upload's bytes.
 */
export function uploadCallbackParams(e: TaintEngine, params: Node[], index: number, call: Node, method: string, names: (string | undefined)[]): Value[] | undefined {
  const specs = e.input.modules.specifiers;
  const label = (i: number) => names[i] ?? `argument ${i + 1}`;
  if ((specs.has('busboy') || specs.has('@fastify/busboy')) && method === 'on' && index === 1) {
    const event = stringValue(call.arguments[0]);
    if (event === 'file') return params.map((p, i) => (i === 1 ? EMPTY : e.source(p, `busboy file ${label(i)}`, 'request', i === 2 && params.length === 3)));
    if (event === 'field') return params.map((p, i) => (i < 2 ? e.source(p, `busboy field ${label(i)}`, 'request', false) : EMPTY));
  }
  if (specs.has('formidable') && method === 'parse' && index === 1 && params.length >= 2) {
    // (Labelled `fields`/`files` like a request's: a file object's `filepath` is the server's, its `originalFilename` the client's.)
    return params.map((p, i) => (i === 0 ? EMPTY : e.source(p, i === 1 ? 'fields' : 'files', 'request', true)));
  }
  return undefined;
}

/**
 * formidable 3's promise form, `const [fields, files] = await form.parse(req)`: the same fields and
 * files its callback would get (uploadCallbackParams), as a tuple.
 */
export function uploadParseResult(e: TaintEngine, site: CallSite): Value | undefined {
  if (site.method !== 'parse' || site.args.length !== 1 || site.argValues[0]?.kind !== 'request' || !e.input.modules.specifiers.has('formidable')) return undefined;
  const fields = e.source(site.call, 'fields', 'request', true);
  const files = e.source(site.call, 'files', 'request', true);
  return { taints: [], awaited: { taints: [], fields: new Map([['0', fields], ['1', files], [TUPLE_REST, union(fields, files)]]) } };
}

/** Electron's main-process IPC listeners: their arguments after the event come from a renderer. */
export const ELECTRON_IPC = /^electron\.ipcMain\.(handle|handleOnce|on|once)$/;

/** A SvelteKit page's `data`: the fields the sibling `+page.server.ts` / `+page.ts` `load` returned with sources in them. */
export function svelteKitPageData(e: TaintEngine): Value {
  const entries: [string, Taint[]][] = [];
  for (const spec of svelteKitLoadModules(e.input.path)) {
    const key = `${spec}#load`;
    e.importCalls.set(key, true);
    entries.push(...Object.entries(e.input.linkInput?.[key]?.returnsFields ?? {}));
  }
  return returnedFieldsValue(entries);
}

/**
 * A Nuxt page's fetch of its own API (`useFetch('/api/pages/…')`, `$fetch`): the stored content the
 * route's handler answers with (engine.ts apiRouteResponse), by field. `useFetch` gives
 * `{ data }`, a ref of the body; `$fetch` the body. Other URLs are not followed here.
 */
export function nuxtApiFetch(e: TaintEngine, name: string, args: Node[]): Value | undefined {
  if (!args[0] || NUXT_SERVER_PATH.test(e.input.path)) return undefined;
  // (Reads only: a POST's answer is not the page's content.)
  const method = args[1] && objectProperty(args[1], 'method');
  if (method && !/^get$/i.test(stringValue(method) ?? '')) return undefined;
  let url = unwrap(args[0]);
  // `useFetch(() => \`/api/pages/${slug.value}\`)`: a getter of the URL.
  if (isFunction(url) && url.body.type !== 'BlockStatement') url = unwrap(url.body);
  const text = url.type === 'TemplateLiteral' ? url.quasis.map((q: Node) => q.value.cooked ?? '').join('*') : stringValue(url);
  const spec = text === undefined ? undefined : nuxtApiSpec(text);
  if (!spec) return undefined;
  const key = `${spec}#default`;
  e.importCalls.set(key, true);
  e.extraRequests.add(spec);
  const body = returnedFieldsValue(Object.entries(e.input.linkInput?.[key]?.returnsFields ?? {}));
  if (name === '$fetch') return { taints: [], awaited: body };
  const result: Value = { taints: [], fields: new Map([['data', { taints: [], fields: new Map([['value', body]]) }]]) };
  return { ...result, awaited: result };
}

/** A returned object rebuilt from FunctionSummary.returnsFields (`key` or `key.inner` → taints). */
export function returnedFieldsValue(entries: [string, Taint[]][]): Value {
  const fields = new Map<string, Value>();
  for (const [path, taints] of entries) {
    const [k, k2] = path.split('.') as [string, string | undefined];
    const v = { taints: taints.map((t) => ({ ...t })) };
    if (k2 === undefined) fields.set(k, union(fields.get(k) ?? EMPTY, v));
    else {
      const inner = fields.get(k) ?? { taints: [], fields: new Map<string, Value>() };
      inner.fields?.set(k2, union(inner.fields.get(k2) ?? EMPTY, v));
      fields.set(k, inner);
    }
  }
  return { taints: [], fields };
}

/** A BullMQ/Bull/Bee-Queue queue: a field typed `Queue` from the package (NestJS `@InjectQueue()`), or a `new Queue(…)` of this file or imported from another. */
export function isJobQueue(e: TaintEngine, node: Node, value: Value | undefined): boolean {
  const typed = value?.cls?.startsWith('@import:') ? value.cls.slice('@import:'.length) : undefined;
  if (typed && JOB_QUEUE_MODULES.test((e.input.modules.bindings.get(typed) ?? e.input.modules.types?.get(typed))?.module ?? '')) return true;
  // A queue another project file creates and exports (`export const jobs = new Queue(…)`): its API path.
  const api = /^([^|]+)\|(Queue|default)?\(\)$/.exec(value?.api ?? '');
  if (api && JOB_QUEUE_MODULES.test(api[1]!)) return true;
  const def = unwrap(resolveValue(e.input.program, unwrap(node)).value);
  if (def.type !== 'NewExpression') return false;
  return /^(bullmq|bull|bee-queue)(\.Queue|\.default)?$/.test(qualifiedName(def.callee, e.input.modules, e.aliases) ?? '');
}

/**
 * What this route module's `loader` (or `action`) returns, run with the request event: the
 * component reads it with `useLoaderData()`. Only in a file-routed module whose handlers get a request.
 */
export function routeModuleData(e: TaintEngine, exportName: string): Value {
  const cached = e.routeModuleData.get(exportName);
  if (cached) return cached;
  e.routeModuleData.set(exportName, EMPTY);
  let fn: Node | undefined;
  for (const stmt of e.input.program.body as Node[]) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : undefined;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === exportName) fn = d;
    if (d?.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier' && v.id.name === exportName && v.init && isFunction(unwrap(v.init))) fn = unwrap(v.init);
  }
  if (!fn || !e.routeEventHandlers.has(fn) || e.callDepth > MAX_CALL_DEPTH) return EMPTY;
  const id = e.registerFunction(fn, e.moduleScope, exportName);
  if (e.inProgress.has(id)) return EMPTY;
  e.callDepth++;
  e.inProgress.add(id);
  try {
    const { returned } = runFunction(e, e.fns[id]!, [], false);
    const v = returned.awaited ?? returned;
    e.routeModuleData.set(exportName, v);
    return v;
  } finally {
    e.inProgress.delete(id);
    e.callDepth--;
  }
}

/** The request itself as an argument (`json(req)`, `getRawBody(ctx.req)`). */
export const REQUEST_ARGUMENT = /^(req|request|(ctx|context|this)\.req)$/;

/** An h3 request helper (`getQuery(event)`, `await readBody(event)`): imported from h3, or a bare name in a Nuxt server file. */
export function h3Source(e: TaintEngine, name: string): { object: boolean; promise: boolean } | undefined {
  const bare = name.replace(H3_MODULES, '');
  const model = Object.hasOwn(H3_SOURCE_CALLS, bare) ? H3_SOURCE_CALLS[bare] : undefined;
  if (!model) return undefined;
  return bare !== name || e.h3Handlers.size > 0 || NUXT_SERVER_PATH.test(e.input.path) ? model : undefined;
}

/** A Hono handler's context `c`: it answers the request (`c.html()`, `c.redirect()`), and `c.req` is the request. */
export function honoContext(request: Value): Value {
  return { taints: [], kind: 'response', fields: new Map([['req', request]]) };
}

/**
 * The request a route handler receives: with `fastify.get(url, { schema }, handler)`, Fastify
 * rejects (or coerces) input that does not fit the schema before the handler runs, so a key
 * declared as a number, boolean, enum or UUID holds no free text; express-validator chains on the
 * route narrow their fields the same way (express-validator.ts).
 */
export function routeRequest(e: TaintEngine, call: Node): Value {
  const fields = new Map<string, Value>();
  if (e.input.modules.specifiers.has('express-validator') || e.input.modules.specifiers.has('express-validator/check')) {
    for (const [part, names] of expressValidatorNarrowing(e, call)) fields.set(part, { taints: [], fields: new Map([...names].map((n) => [n, { taints: [], shadows: true }])) });
  }
  const elysia = e.input.modules.specifiers.has('elysia');
  for (const arg of [...call.arguments as Node[], ...(elysia ? elysiaGuards(call) : [])]) {
    // (Each level may be a `const` of the file: `{ schema: { querystring: listQuery } }`.)
    const literal = (n: Node | undefined) => objectLiteralOf(e.input.program, n);
    const opts = literal(arg);
    if (!opts) continue;
    // Elysia takes the schemas in the route's hook object itself: `{ params: t.Object({ id: t.Numeric() }) }`.
    const schema = literal(objectProperty(opts, 'schema')) ?? (elysia ? opts : undefined);
    if (!schema) continue;
    for (const [part, field] of Object.entries(SCHEMA_PARTS)) {
      const partSchema = objectProperty(schema, part);
      const typeBox = typeBoxObject(e, partSchema);
      const props = typeBox ?? literal(objectProperty(literal(partSchema), 'properties'));
      if (!props) continue;
      const narrow = new Map<string, Value>();
      for (const p of props.properties) {
        const key = p.type === 'Property' ? propertyName(p) : undefined;
        if (!key) continue;
        if (typeBox ? narrowTypeBox(e, p.value) : narrowJsonSchema(literal(p.value))) narrow.set(key, { taints: [], shadows: true });
        // Free text, but never an object: Fastify rejects one before the handler runs (expressions.ts readMember).
        else if (!typeBox && stringValue(objectProperty(literal(p.value), 'type')) === 'string') narrow.set(key, { taints: [], stringy: true });
      }
      if (narrow.size) fields.set(field, { taints: [], fields: new Map([...(fields.get(field)?.fields ?? []), ...narrow]) });
    }
  }
  // `validate(schema, 'params')`, `zValidator('query', schema)`: a middleware that parses a request
  // part with an object schema (of this file or imported) and rejects what does not fit.
  for (const arg of call.arguments as Node[]) {
    const mw = unwrap(arg);
    if (mw.type !== 'CallExpression' || mw.arguments.length === 0 || mw.arguments.length > 2) continue;
    const [first, second] = mw.arguments as Node[];
    const target = stringValue(first) !== undefined ? stringValue(first) : second ? stringValue(second) : 'body';
    const schemaNode = stringValue(first) !== undefined ? second : first;
    const part = target && VALIDATED_PARTS[target];
    if (!part || !schemaNode) continue;
    const narrow = narrowSchemaFields(e, schemaNode);
    if (!narrow?.length) continue;
    fields.set(part, { taints: [], fields: new Map([...(fields.get(part)?.fields ?? []), ...narrow.map((n): [string, Value] => [n, { taints: [], shadows: true }])]) });
  }
  return fields.size ? { taints: [], kind: 'request', fields } : { taints: [], kind: 'request' };
}

/**
 * Elysia's `.guard({ params: t.Object(…) })` (without a callback) validates every route registered
 * after it on the same instance: the hook objects of the guards earlier in the route's chain.
 */
function elysiaGuards(call: Node): Node[] {
  const out: Node[] = [];
  let c = unwrap(call.callee);
  while (c.type === 'MemberExpression') {
    const inner = unwrap(c.object);
    if (inner.type !== 'CallExpression') break;
    if (calleeProperty(inner) === 'guard' && inner.arguments.length === 1) out.push(inner.arguments[0]);
    c = unwrap(inner.callee);
  }
  return out;
}

/**
 * TypeBox builds the same JSON schema with calls (`Type.Object({ id: Type.String({ format: 'uuid' }) })`,
 * from `@sinclair/typebox` or `@fastify/type-provider-typebox`): the properties object, when it is one.
 */
function typeBoxObject(e: TaintEngine, node: Node | undefined): Node | undefined {
  const call = node && unwrap(resolveValue(e.input.program, unwrap(node)).value);
  if (call?.type !== 'CallExpression' || typeBoxMethod(e, call) !== 'Object') return undefined;
  return objectLiteralOf(e.input.program, call.arguments[0]);
}

function typeBoxMethod(e: TaintEngine, call: Node): string | undefined {
  const name = qualifiedName(call.callee, e.input.modules, e.aliases) ?? '';
  // (Elysia re-exports TypeBox as `t`, with `t.Numeric()` for numbers parsed from strings.)
  return /^(@sinclair\/typebox|@fastify\/type-provider-typebox)\.Type\.(\w+)$/.exec(name)?.[2] ?? /^elysia\.t\.(\w+)$/.exec(name)?.[1];
}

/** A TypeBox field that holds no free text: a number, boolean, literal, enum, a string of a narrow format, or a union of those. */
function narrowTypeBox(e: TaintEngine, node: Node): boolean {
  const call = unwrap(resolveValue(e.input.program, unwrap(node)).value);
  if (call.type !== 'CallExpression') return false;
  const method = typeBoxMethod(e, call);
  const [first] = call.arguments as Node[];
  switch (method) {
    case 'Optional': case 'Readonly': return !!first && narrowTypeBox(e, first);
    case 'Integer': case 'Number': case 'Boolean': case 'Literal': case 'Enum': case 'Date': return true;
    // Elysia's own: numbers and booleans parsed from strings, an enum of literals.
    case 'Numeric': case 'BooleanString': case 'UnionEnum': return true;
    case 'String': return narrowJsonSchema(objectLiteralOf(e.input.program, first));
    case 'Union': return first?.type === 'ArrayExpression' && first.elements.length > 0 && first.elements.every((x: Node | null) => !!x && narrowTypeBox(e, x));
    default: return false;
  }
}

/** The request part a validation middleware names (`'query'`, Hono's `'json'`/`'param'`/`'form'`). */
export const VALIDATED_PARTS: Record<string, string> = { body: 'body', json: 'body', form: 'body', query: 'query', params: 'params', param: 'params', headers: 'headers', header: 'headers', cookies: 'cookies', cookie: 'cookies' };

/** `{ type: 'integer' }`, `{ enum: […] }`, `{ format: 'uuid' }` (a `pattern` is not read: what it admits depends on the sink). */
function narrowJsonSchema(spec: Node | undefined): boolean {
  if (spec?.type !== 'ObjectExpression') return false;
  const type = objectProperty(spec, 'type');
  if (type && /^(integer|number|boolean)$/.test(stringValue(type) ?? '')) return true;
  if (objectProperty(spec, 'enum') || objectProperty(spec, 'const')) return true;
  if (/^(uuid|date|date-time|time|ipv4|ipv6)$/.test(stringValue(objectProperty(spec, 'format')) ?? '')) return true;
  return false;
}

/** Request parts a Fastify route schema validates (`schema.params`, `querystring`, `body`, `headers`). */
const SCHEMA_PARTS: Record<string, string> = { params: 'params', querystring: 'query', query: 'query', body: 'body', headers: 'headers' };
