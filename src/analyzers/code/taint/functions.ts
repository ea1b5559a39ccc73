/** Functions: symbolic runs that produce summaries, and the parameters frameworks fill with request data. */
import { firebaseParams } from './firebase.js';
import { runsUnderAzureFunctions } from './azure.js';
import { hookContext, isHookContextParam, isHookFunction, runsUnderFeathers, serviceMethodParams } from './feathers.js';
import { type Node, calleeProperty, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { UPLOAD_TYPES, ADONIS_CONTEXT_TYPES, TSED_CONTEXT_TYPES, CONTROLLER_PARAM_DECORATORS, CONTROLLER_PARAM_MODULES, SCALAR_CONVERTING_MODULES, HONO_MODULE, LOOPBACK_MODULE, LOOPBACK_NARROW_PARAMS, KOA_CONTEXT_NAMES, NEST_NARROWING_PIPES, NEST_PARAM_DECORATORS, NEXT_ROUTE_HANDLERS, REQUEST_PARAM_NAMES, REQUEST_TYPES, REQUEST_TYPE_NAMESPACES, RESPONSE_PARAM_NAMES } from '../models/sources.js';
import { ALL_KINDS, EMPTY, type Taint, type Value, allTaints, isTainted, mask, union } from './values.js';
import { applySchema, zodObjectSchema } from './library-calls.js';
import { conditionGuards } from './guards.js';
import { type FunctionSummary, GRAPHQL_FIELD_KEY, ROUTE_NARROWING_KEY, addReturn, emptySummary } from './summaries.js';
import { Scope, type Frame, type FnInfo } from './frames.js';
import { hoist, execBlock, bindPattern } from './statements.js';
import { evaluate, queuedJob, requestField } from './expressions.js';
import { grpcCall, isGrpcCallType, kafkaPayload } from './message-handlers.js';
import { redwoodJobArgKey } from './redwood.js';
import { sinkValue, reportSink } from './sinks.js';
import type { TaintEngine } from './engine.js';
import { angularRoute, isAngularHttpClient, isAngularRoute } from './calls.js';
import { honoContext } from './framework-calls.js';
import { qwikEntryParams, qwikRequestEvent } from './qwik.js';
import { escapesNothingOrBadly, keepsDoubleQuote } from './escapers.js';
import { sanitizerRow } from '../models/sanitizers.js';
import { dtoNarrowing } from './validated-dtos.js';
import { declaredParamApis, declaredParamClasses } from './declared-types.js';
import { ACTION_PARAMS } from './moleculer.js';
import { ACTION_THIS, actionInputs } from './sails.js';
import { isRestifyErrorListener } from './restify.js';

/** Analyse a function with its parameters as symbols; memoised. */
export function summaryOf(e: TaintEngine, id: number): FunctionSummary {
  const cached = e.summaries.get(id);
  if (cached) return cached;
  const info = e.fns[id]!;
  if (e.inProgress.has(id)) return emptySummary(info.name); // recursion: assume nothing
  e.inProgress.add(id);
  const params = info.node.params.map((_p: Node, i: number): Value => ({
    taints: [{ param: i, path: [], sanitized: 0, whole: true, steps: [] }],
  }));
  const { summary, returned } = runFunction(e, { ...info, closure: ownParamsOnly(e, info.closure) }, params, true);
  e.inProgress.delete(id);
  e.summaries.set(id, summary);
  const proves = validatorProof(e, id);
  if (proves) summary.proves = proves;
  if (isErrorMiddleware(info.node)) summary.errorHandler = true;
  // (Named like one itself, or the module it is in is: `require('./quote')(args)` calls it by its file.)
  const row = sanitizerRow(info.name) ?? sanitizerRow(/([\w-]+)\.[cm]?[jt]sx?$/.exec(e.input.path)?.[1] ?? '');
  const distrust = row ? escapesNothingOrBadly(info.node, row.kinds, e.input.program, row.literal) : undefined;
  if (distrust) summary.untrustedEscaper = distrust;
  else if (row && row.kinds & mask('xss') && keepsDoubleQuote(info.node)) summary.keepsQuotes = true;
  const asserts = assertionProof(e, id);
  if (asserts) summary.asserts = asserts;
  // A function returning a library object (`async function getDb() { return client.db() }`), for other files.
  const returnedApi = returned.awaited?.api ?? returned.api;
  if (returnedApi && !isTainted(returned)) e.returnedApis.set(id, returnedApi);
  // A factory of an object of closures: its methods, for other files (TaintEngine.returnedMethods).
  const methods = [...(returned.fields ?? [])].filter(([, f]) => f.fn !== undefined && f.fn !== id);
  if (methods.length) e.returnedMethods.set(id, new Map(methods.slice(0, 24).map(([k, f]) => [k, f.fn!])));
  // A handler factory: keep what the returned function does, for `app.get(path, factory())`.
  const inner = returned.fn ?? returned.awaited?.fn;
  if (inner !== undefined && inner !== id) e.returnedFunctions.set(id, { fn: inner, awaited: returned.fn === undefined });
  const wrapped = inner !== undefined ? forwardedParam(info.node, e.fns[inner]!.node) : undefined;
  if (wrapped !== undefined) summary.returnsCallable = wrapped;
  if (inner !== undefined && inner !== id && !e.inProgress.has(inner)) {
    const handler = summaryOf(e, inner);
    if (handler.sinks.length > 0) summary.returnsHandler = { ...handler, returnsHandler: undefined };
  }
  return summary;
}

/**
 * The closure a nested function is summarised in, without the enclosing functions' parameters:
 * a summary's parameter numbers are its own, and `settings.dir` captured from a factory
 * `(settings) => ({ save(name) { … } })` is not `save`'s first argument. (Run inline, where the
 * enclosing function runs, a closure still sees them.)
 */
function ownParamsOnly(e: TaintEngine, closure: Scope): Scope {
  if (closure === e.moduleScope) return closure;
  // Filled name by name as the function reads its closure: a generated file's one big function
  // holds thousands of variables and thousands of nested functions, and copying every variable for
  // every nested function made a 400 kB emscripten file take 2.4 s.
  const layer = new Scope(closure);
  const decided = new Set<string>();
  layer.resolve = (name) => {
    if (decided.has(name)) return false;
    decided.add(name);
    for (let s: Scope | undefined = closure; s && s !== e.moduleScope; s = s.parent) {
      const v = s.vars.get(name) ?? (s.resolve !== undefined && s.resolve(name) ? s.vars.get(name) : undefined);
      if (v === undefined) continue;
      if (!holdsOuterParam(v, 0)) return false;
      layer.vars.set(name, withoutParams(v, 0));
      return true;
    }
    return false;
  };
  return layer;
}

const isOuterParam = (t: Taint): boolean => t.param !== undefined && !t.source;

/**
 * `v` without the enclosing functions' parameters. Parts that carry none are shared rather than
 * copied (a generated file's `Module` object has hundreds of fields and is read by thousands of
 * nested functions); the value itself is always a new object with its own field map, as a variable
 * of the summary's own.
 */
function withoutParams(v: Value, depth: number): Value {
  const out: Value = { ...v, taints: v.taints.some(isOuterParam) ? v.taints.filter((t) => !isOuterParam(t)) : v.taints };
  if (depth < 6 && v.fields) out.fields = new Map([...v.fields].map(([k, f]) => [k, holdsOuterParam(f, depth + 1) ? withoutParams(f, depth + 1) : f]));
  if (depth < 6 && v.awaited && holdsOuterParam(v.awaited, depth + 1)) out.awaited = withoutParams(v.awaited, depth + 1);
  return out;
}

/** Whether withoutParams would change anything in `v` (read without building taint lists). */
function holdsOuterParam(v: Value, depth: number): boolean {
  if (v.taints.some(isOuterParam)) return true;
  if (depth >= 6) return false;
  if (v.fields) for (const f of v.fields.values()) if (holdsOuterParam(f, depth + 1)) return true;
  return !!v.awaited && holdsOuterParam(v.awaited, depth + 1);
}

/**
 * The parameter of `outer` that `inner` calls with all of its own arguments (`(...args) => fn(...args)`,
 * `function () { return fn.apply(this, arguments) }`): `inner` stands for that parameter.
 */
function forwardedParam(outer: Node, inner: Node): number | undefined {
  const names = outer.params.map((p: Node) => (p.type === 'Identifier' ? p.name : undefined));
  const rest = inner.params.length === 1 && inner.params[0].type === 'RestElement' && inner.params[0].argument.type === 'Identifier' ? inner.params[0].argument.name : undefined;
  const allArgs = (n: Node | undefined): boolean => !!n && ((n.type === 'Identifier' && (n.name === 'arguments' || n.name === rest)) || (n.type === 'SpreadElement' && allArgs(n.argument)));
  // `fn(req, res, next)` with exactly the returned function's own parameters (an async route wrapper).
  const own = inner.params.map((p: Node) => (p.type === 'Identifier' ? p.name : undefined));
  const passesOwn = (args: Node[]) => args.length > 0 && args.length === own.length && args.every((a, k) => { const u = unwrap(a); return u.type === 'Identifier' && own[k] !== undefined && u.name === own[k]; });
  let found: number | undefined;
  walk(inner.body, [{
    CallExpression(c) {
      const callee = unwrap(c.callee);
      // fn(...args), fn(...args, callback) / fn.apply(this, arguments) / fn.call(this, ...args)
      const direct = callee.type === 'Identifier' && ((c.arguments[0] && unwrap(c.arguments[0]).type === 'SpreadElement' && allArgs(unwrap(c.arguments[0]))) || passesOwn(c.arguments)) ? callee.name : undefined;
      const method = callee.type === 'MemberExpression' && !callee.computed ? propertyName(callee) : undefined;
      const viaApply = method && /^(apply|call)$/.test(method) && unwrap(callee.object).type === 'Identifier' && allArgs(c.arguments[1] && unwrap(c.arguments[1])) ? unwrap(callee.object).name : undefined;
      const called = direct ?? viaApply;
      const i = called === undefined ? -1 : names.indexOf(called);
      if (i >= 0 && found === undefined) found = i;
    },
  }]);
  return found;
}

/** Frameworks whose handlers take a request context named `ctx` (Strapi's controllers, policies and middlewares get Koa's). */
const CONTEXT_FRAMEWORKS = ['koa', '@midwayjs/koa', 'egg', 'telegraf', 'grammy', 'moleculer', '@strapi/strapi'];
/** Imports of those frameworks or of Koa's middleware family (`koa-send`, `@koa/router`). */
const CONTEXT_FRAMEWORK_IMPORT = /^(koa|koa-[\w.-]+|@koa\/[\w.-]+|@midwayjs\/koa|egg|telegraf|grammy|moleculer|@strapi\/strapi)$/;
/**
 * A `ctx` first parameter is a request context in code that may run under such a framework: the file
 * imports one, its package.json declares one, or there is no package.json to say. In a package that
 * declares none (mongoose, an ORM), `ctx` is the library's own context object.
 */
function contextFrameworkIn(e: TaintEngine): boolean {
  return !e.input.declaredRanges?.manifest?.() || e.runsUnder('ctx', CONTEXT_FRAMEWORK_IMPORT, CONTEXT_FRAMEWORKS);
}

/** Express error middleware, `(err, req, res, next)`: the request is its second parameter, the first an error. */
export function isErrorMiddleware(fn: Node): boolean {
  const second = fn.params.length === 4 ? paramName(fn.params[1]) : undefined;
  return second !== undefined && REQUEST_PARAM_NAMES.test(second);
}

/**
 * Run a function body. `symbolic` parameters stand for "whatever the caller passes"; framework
 * typing (request objects, decorators, server actions) overrides them with sources.
 */
export function runFunction(e: TaintEngine, info: FnInfo, args: Value[], symbolic: boolean, thisValue?: Value, sharedSummary?: FunctionSummary, inLambda = false, returnsElsewhere = false): { summary: FunctionSummary; returned: Value } {
  const fn = info.node;
  const scope = new Scope(info.closure);
  scope.fnId = info.id;
  const frame = e.newFrame(scope, info.name);
  if (info.guards?.size) frame.guards = new Map(info.guards);
  if (sharedSummary) {
    frame.summary = sharedSummary;
    frame.inline = true;
  } else if (symbolic) e.summaryOwners.set(frame.summary, info.id);
  if (returnsElsewhere) frame.returnsElsewhere = true;
  frame.paramNames = fn.params.map((p: Node) => paramName(p));
  frame.fnId = info.id;
  frame.lambda = inLambda;
  // A Sails action's `fn` runs with the request and the response as `this.req` / `this.res`.
  if (e.sailsActions?.has(fn)) scope.vars.set('this', ACTION_THIS);
  else if (e.qwikEntries.get(fn)?.kind === 'server') scope.vars.set('this', qwikRequestEvent(e, fn));
  else if (thisValue) scope.vars.set('this', thisValue);
  else if (info.cls) scope.vars.set('this', { taints: [], cls: info.cls.name });
  else if (e.thisValues.has(info.id)) scope.vars.set('this', e.thisValues.get(info.id)!);
  // A Blaze helper's `this`: the data context, a document of the client's collections.
  if (e.meteorEntries?.get(fn) === 'helper') scope.vars.set('this', e.source(fn, 'Blaze data context (`this` of a template helper)', 'database', false));
  const typed = frameworkParams(e, info);
  if (typed.some((t) => t !== undefined)) frame.frameworkFilled = typed.map((t) => t !== undefined);
  if (typed.some((t) => t?.kind === 'lambdaEvent')) frame.lambda = true;
  // An Azure Functions v4 handler's returned object is the HTTP response, as a Lambda handler's.
  if (e.azureHandlers.get(fn) === 'v4') frame.lambda = true;
  const declared = declaredParamApis(e, fn);
  const classes = declaredParamClasses(e, fn);
  fn.params.forEach((p: Node, i: number) => {
    const param = p.type === 'TSParameterProperty' ? p.parameter : p;
    const t = typed[i];
    const given = args[i];
    const informative = !!given && (isTainted(given) || !!given.kind || !!given.fields);
    // Symbolic parameters keep their parameter taint even when typed, so summaries still see them;
    // a callback's known arguments (a message event, a request) win over typing by name.
    // (A parameter called `e` of a callback a model gave arguments to, `list.map((e) => …)`, is no error.)
    let v = symbolic ? (t ? union(t, given ?? EMPTY) : given ?? EMPTY) : informative ? given! : given && t?.kind === 'error' ? given : t ?? given ?? EMPTY;
    // `(db: Pool)`, `@param {Pool} db`: a package's object, whoever passes it (unless the value says
    // what it is). In a summary it stands for itself, not for a caller's argument: what a call on it
    // returns (`db.promise()`) is the package's object too, not a value derived from the parameter.
    const api = declared[i];
    if (api && !v.api && !v.ref && !v.cls && !v.kind && v.fn === undefined) v = symbolic ? { ...v, taints: [], api } : { ...v, api };
    bindPattern(e, param, v, frame, p);
    // `(orders: OrderService)`, `({ orderService }: { orderService: OrderService })`: an instance of
    // that class, unless what was passed says otherwise (the parameter taint stays, for summaries).
    for (const [local, cls] of classes[i] ?? []) {
      const bound = frame.scope.vars.get(local);
      if (bound && !bound.api && !bound.ref && !bound.cls && !bound.kind && bound.fn === undefined && !bound.fields) frame.scope.vars.set(local, { ...bound, cls, instance: true });
    }
  });
  if (fn.body?.type === 'BlockStatement') {
    hoist(e, fn.body.body, frame);
    execBlock(e, fn.body.body, frame);
  } else if (fn.body) {
    const v = evaluate(e, fn.body, frame);
    if (frame.lambda) lambdaResponse(e, fn.body, v, frame);
    frame.returns.push(v);
    recordReturn(e, v, frame, fn.body);
  }
  const returned = union(...frame.returns);
  const result = fn.async ? { taints: returned.taints, fields: returned.fields, awaited: returned.awaited ?? returned, kind: returned.kind } : returned;
  return { summary: frame.summary, returned: result };
}

/** `return { statusCode, headers, body }` from a Lambda handler is the HTTP response. */
export function lambdaResponse(e: TaintEngine, arg: Node, v: Value, frame: Frame): void {
  // h3 sends a handler's returned string as text/html (objects as JSON).
  if (e.h3Handlers.size && frame.fnId !== undefined && e.h3Handlers.has(e.fns[frame.fnId]!.node)) {
    if (v.stringy || v.awaited?.stringy) reportSink(e, 'xss', v.awaited ?? v, arg, 'the HTML an h3 handler returns', frame);
    return;
  }
  const obj = unwrap(arg);
  if (obj.type !== 'ObjectExpression') return;
  const prop = (o: Node, name: string): Node | undefined => unwrap(o).type === 'ObjectExpression' ? unwrap(o).properties.find((p: Node) => p.type === 'Property' && propertyName(p) === name) : undefined;
  const headers = objectProperty(obj, 'headers');
  const headerText = headers ? e.text(headers) : '';
  // Azure Functions sends `jsonBody` as JSON, `body` as it is.
  const azure = runsUnderAzureFunctions(e);
  const what = azure ? 'Azure Functions' : 'Lambda';
  for (const key of azure ? ['body', 'jsonBody'] : ['body']) {
    const body = v.fields?.get(key);
    if (!body) continue;
    const bodyNode = prop(obj, key) ?? obj;
    reportSink(e, 'errorInfo', body, bodyNode, `the ${what} response body`, frame);
    if (key === 'body' && /text\/html/i.test(headerText)) reportSink(e, 'xss', body, bodyNode, `the ${what} HTML response body`, frame);
  }
  const hv = v.fields?.get('headers');
  const locName = hv?.fields?.has('Location') ? 'Location' : 'location';
  const location = hv?.fields?.get(locName);
  const locNode = (headers && prop(headers, locName)) ?? obj;
  if (location) sinkValue(e, 'redirect', location, { call: locNode, name: 'Location', method: 'Location', args: [], argValues: [] }, 0, frame);
}

/** Returned objects with more fields than this record their parameters as the whole return. */
const MAX_RETURNED_FIELDS = 8;

export function recordReturn(e: TaintEngine, v: Value, frame: Frame, at: Node): void {
  if (frame.returnsElsewhere) return;
  const value = v.awaited ? union(v, v.awaited) : v;
  // A compiled template of a view file: its callers render that view (the one they name, for a pattern).
  if ((value.kind === 'template' || value.kind === 'rawTemplate') && value.view && !frame.summary.returnsTemplate) {
    const nameParam = value.view.includes('*') ? value.viewName?.find((t) => t.param !== undefined)?.param : undefined;
    frame.summary.returnsTemplate = { view: value.view, raw: value.kind === 'rawTemplate', ...(nameParam !== undefined ? { nameParam } : {}) };
  }
  if (value.fields && !frame.inline) recordReturnedFields(e, value.fields, frame, at);
  for (const t of value.keyedBy ?? []) {
    const list = (frame.summary.returnsKeyedBy ??= []);
    if (t.param !== undefined && list.length < 4 && !list.some((k) => k.param === t.param)) list.push({ param: t.param, path: t.path });
  }
  // An object built here (`{ sql, values }`): each parameter under the field that holds it.
  const byField = value.fields && value.fields.size <= MAX_RETURNED_FIELDS && !value.awaited;
  if (byField) {
    for (const [k, f] of value.fields!) {
      for (const t of allTaints(f)) if (t.param !== undefined) addReturn(frame.summary, { param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, field: k, ...(f.stringy ? { stringy: true } : {}) });
    }
  }
  const shadowed = value.fields && !value.awaited ? [...value.fields].filter(([, f]) => f.shadows).map(([k]) => k).slice(0, 16) : [];
  for (const t of allTaints(value)) {
    if (t.param !== undefined && byField && !value.taints.includes(t)) continue;
    const own = shadowed.length && value.taints.includes(t) ? { shadowed } : {};
    if (t.param !== undefined) addReturn(frame.summary, { param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, ...own, ...(value.stringy ? { stringy: true } : {}), ...(value.normalized ? { normalized: true } : {}), ...(value.slashesCollapsed ? { slashesCollapsed: true } : {}) });
    else if (t.source) {
      if (frame.inline || !value.fields || value.stringy || value.taints.includes(t)) frame.summary.returnsBareSources = true;
      if (frame.summary.returnsSources.length >= 8) continue;
      frame.summary.returnsSources.push({ ...t, steps: [...t.steps, e.step(at, `returned from ${frame.fnName}()`)] });
      if (value.stringy || v.awaited?.stringy) frame.summary.returnsText = true;
    }
  }
}

/** Fields of a returned object whose sources a summary keeps (FunctionSummary.returnsFields); at the cap, some may be missing. */
export const MAX_RETURNED_SOURCE_FIELDS = 24;

/** Sources under each field of a returned object (two levels), for a page that reads them by name (FunctionSummary.returnsFields). */
function recordReturnedFields(e: TaintEngine, fields: Map<string, Value>, frame: Frame, at: Node): void {
  const out = (frame.summary.returnsFields ??= {});
  const step = e.step(at, `returned from ${frame.fnName}()`);
  const keep = (key: string, v: Value) => {
    const taints = allTaints(v).filter((t) => t.source);
    if (!taints.length || Object.keys(out).length >= MAX_RETURNED_SOURCE_FIELDS) return;
    const before = out[key] ?? [];
    if (before.length < 4) out[key] = [...before, ...taints.slice(0, 4 - before.length).map((t) => ({ ...t, steps: [...t.steps.slice(-6), step] }))];
  };
  for (const [k, f] of fields) {
    if (f.fields?.size && !f.taints.length) for (const [k2, f2] of f.fields) keep(`${k}.${k2}`, f2);
    else keep(k, f);
  }
}

function socketServerFile(e: TaintEngine): boolean {
  const declared = e.input.declaredRanges;
  if (!declared || (declared('socket.io') === undefined && declared('ws') === undefined)) return false;
  return ![...e.input.modules.specifiers].some((s) => /^socket\.io-client$/.test(s));
}

/**
 * A resolver's arguments: what the client sent, checked against the schema's types. An argument the
 * SDL (this file's, or another's through the link step) declares with an any-value scalar (`filter:
 * JSON`) may be any object, operators included.
 */
function graphqlArguments(e: TaintEngine, fn: Node, param: Node): Value {
  const args = e.source(param, 'GraphQL arguments', 'request', false);
  const field = e.resolverFields.get(fn);
  const anyValue = field === undefined ? undefined : e.input.linkInput?.[`${GRAPHQL_FIELD_KEY}${field}`]?.anyValueArgs ?? e.graphqlAnyValueArgs[field];
  // Arguments the SDL declares `Int`, `Float` or `Boolean` (also inside an input type): a number or a boolean.
  const scalars = field === undefined ? undefined : e.input.linkInput?.[`${GRAPHQL_FIELD_KEY}${field}`]?.scalarArgs ?? e.graphqlScalarArgs[field];
  if (!anyValue?.length && !scalars?.length) return args;
  const fields = new Map((anyValue ?? []).map((a): [string, Value] => [a, e.source(param, `GraphQL argument \`${a}\` (a JSON scalar: any object)`, 'request', true)]));
  for (const path of scalars ?? []) {
    const [head, inner] = path.split('.') as [string, string | undefined];
    if (inner === undefined) fields.set(head, { taints: [], shadows: true });
    else {
      const obj = fields.get(head) ?? { ...e.source(param, `GraphQL arguments.${head}`, 'request', false), fields: new Map<string, Value>() };
      obj.fields!.set(inner, { taints: [], shadows: true });
      fields.set(head, obj);
    }
  }
  return { ...args, fields };
}

/**
 * A GraphQL argument declared with a JSON scalar (`@Args('filter', { type: () => GraphQLJSON })`,
 * `@Arg('where', () => GraphQLJSONObject)`): the client sends any object, operators included.
 */
function jsonScalarArgument(e: TaintEngine, decorator: string, call: Node): boolean {
  if ((decorator !== 'Args' && decorator !== 'Arg') || call.type !== 'CallExpression') return false;
  return call.arguments.slice(1).some((a: Node) => {
    const type = unwrap(a).type === 'ObjectExpression' ? objectProperty(a, 'type') : a;
    return !!type && /\bGraphQLJSON(Object)?\b|\bJSON(Object)?(Resolver|Scalar)?\b/.test(e.text(type));
  });
}

/**
 * A GraphQL argument declared as a number or boolean scalar (`@Args('id', { type: () => Int })`,
 * `@Arg('ids', () => [Float])`, `GraphQLInt`): the server rejects anything else before the resolver runs.
 */
function numericScalarArgument(e: TaintEngine, decorator: string, call: Node): boolean {
  if (decorator !== 'Args' && decorator !== 'Arg') return false;
  return call.arguments.slice(1).some((a: Node) => {
    const type = unwrap(a).type === 'ObjectExpression' ? objectProperty(a, 'type') : a;
    const m = type && /^\(\s*\)\s*=>\s*\[?\s*(Int|Float|Boolean|GraphQLInt|GraphQLFloat|GraphQLBoolean)\s*\]?$/.exec(e.text(unwrap(type)).trim());
    if (!m) return false;
    const module = e.input.modules.bindings.get(m[1]!)?.module;
    return module === undefined ? /^(Boolean)$/.test(m[1]!) : /^(@nestjs\/graphql|type-graphql|graphql)$/.test(module);
  });
}

/** routing-controllers', tsoa's, inversify-express-utils' and Ts.ED's decorators, when imported from them. */
function controllerDecorator(e: TaintEngine, name: string): ((typeof CONTROLLER_PARAM_DECORATORS)[string] & { narrowed?: boolean }) | undefined {
  // LoopBack 4: `@param.query.string('q')`, `@param({ name: 'q', in: 'query' })`, `@requestBody()`.
  const head = name.split('.')[0]!;
  if ((head === 'param' || name === 'requestBody') && LOOPBACK_MODULE.test(e.input.modules.bindings.get(head)?.module ?? '')) {
    return { object: name === 'requestBody' || name.endsWith('.object'), label: `@${name}()`, narrowed: LOOPBACK_NARROW_PARAMS.test(name) };
  }
  const model = CONTROLLER_PARAM_DECORATORS[name];
  const b = model ? e.input.modules.bindings.get(name) : undefined;
  return b && CONTROLLER_PARAM_MODULES.test(b.module) ? model : undefined;
}

/**
 * `@Param('id') id: number` with routing-controllers, tsoa or Ts.ED: these read the parameter's
 * declared type (emitted decorator metadata) and convert or validate the value to a number or
 * boolean before the action runs. (NestJS does so only with a transforming pipe: not here.)
 */
function convertedToScalar(e: TaintEngine, decorator: string, param: Node): boolean {
  const type = param.typeAnnotation?.typeAnnotation?.type;
  if (type !== 'TSNumberKeyword' && type !== 'TSBooleanKeyword') return false;
  return SCALAR_CONVERTING_MODULES.test(e.input.modules.bindings.get(decorator.split('.')[0]!)?.module ?? '');
}

/** `@Param('id', ParseIntPipe)`: a pipe from @nestjs/common that leaves a number, boolean, UUID or enum member. */
function narrowingPipe(e: TaintEngine, args: Node[]): boolean {
  return args.some((a) => {
    const n = unwrap(a);
    const ref = n.type === 'NewExpression' ? unwrap(n.callee) : n;
    if (ref.type !== 'Identifier' || !NEST_NARROWING_PIPES.test(ref.name)) return false;
    const b = e.input.modules.bindings.get(ref.name);
    return b?.module === '@nestjs/common' && b.name === ref.name;
  });
}

/**
 * LoopBack 4's `@inject(RestBindings.Http.REQUEST) req`, `@inject(RestBindings.Http.RESPONSE) res`:
 * the Express request and response of the call, whatever the parameter is called or where it sits.
 */
function loopbackHttpBinding(e: TaintEngine, call: Node): 'request' | 'response' | undefined {
  if (call.type !== 'CallExpression' || !call.arguments[0]) return undefined;
  const m = /^(\w+)\.Http\.(REQUEST|RESPONSE)$/.exec(memberPath(unwrap(call.arguments[0])) ?? '');
  if (!m || !LOOPBACK_MODULE.test(e.input.modules.bindings.get(m[1]!)?.module ?? '')) return undefined;
  return m[2] === 'REQUEST' ? 'request' : 'response';
}

/** Parameters that frameworks fill with request data, whatever the caller. */
export function frameworkParams(e: TaintEngine, info: FnInfo): (Value | undefined)[] {
  const fn = info.node;
  const out: (Value | undefined)[] = [];
  const names = fn.params.map((p: Node) => paramName(p));
  fn.params.forEach((p: Node, i: number) => {
    const param = p.type === 'TSParameterProperty' ? p.parameter : p;
    // NestJS: @Body() dto, @Query('q') q, @Param('id') id
    for (const d of param.decorators ?? p.decorators ?? []) {
      const expr = unwrap(d.expression);
      const dname = expr.type === 'CallExpression' ? memberPath(expr.callee) : memberPath(expr);
      const injected = dname === 'inject' ? loopbackHttpBinding(e, expr) : undefined;
      if (injected) {
        out[i] = { taints: [], kind: injected };
        continue;
      }
      const model = dname ? NEST_PARAM_DECORATORS[dname] ?? controllerDecorator(e, dname) : undefined;
      if (!model) continue;
      const arg = expr.type === 'CallExpression' ? stringValue(expr.arguments[0]) : undefined;
      const label = arg ? `${model.label.slice(0, -1)}'${arg}')` : model.label;
      out[i] = dname === 'Req' || dname === 'Request' || ('request' in model && model.request)
        ? { taints: [], kind: 'request' }
        : (expr.type === 'CallExpression' && (narrowingPipe(e, expr.arguments) || numericScalarArgument(e, dname!, expr))) || ('narrowed' in model && model.narrowed) || convertedToScalar(e, dname!, param) ? EMPTY
        : withNarrowedFields(e.source(param, label, 'request', (model.object && !arg) || jsonScalarArgument(e, dname!, expr)), !arg ? dtoNarrowing(e, param) : undefined);
    }
    if (out[i]) return;
    // TypeScript: `(input: Request)`, `(e: APIGatewayProxyEvent)`, `({ query }: express.Request)`.
    const typed = requestTypeOf(e, param);
    const typeName = param.typeAnnotation?.typeAnnotation?.typeName?.name;
    if (typeName && isAngularRoute(e, typeName)) {
      out[i] = angularRoute(e, param);
      return;
    }
    if (typeName && isAngularHttpClient(e, typeName)) {
      out[i] = { taints: [], kind: 'httpClient' };
      return;
    }
    if (typed) {
      out[i] = typed === 'honoContext' ? honoContext({ taints: [], kind: 'request' }) : typed === 'adonisContext' ? adonisContext(e, param) : typed === 'tsedContext' ? tsedContext() : { taints: [], kind: typed };
      return;
    }
    const upload = uploadTypeOf(e, param);
    if (upload) {
      const label = names[i] ?? 'upload';
      out[i] = { taints: [], fields: new Map(upload.clientFields.map((f): [string, Value] => [f, e.source(param, `${label}.${f} (${upload.type})`, 'request', f === 'fields')])) };
      return;
    }
    const name = names[i];
    if (!name) return;
    if (i === 0 && /^(err|error|e|ex|exception)$/.test(name) && fn.params.length <= 3) out[i] = errorValue(e, param);
    else if (REQUEST_PARAM_NAMES.test(name)) out[i] = { taints: [], kind: 'request' };
    else if (KOA_CONTEXT_NAMES.test(name) && i === 0 && contextFrameworkIn(e)) out[i] = { taints: [], kind: 'request' };
    else if (RESPONSE_PARAM_NAMES.test(name) && i > 0) out[i] = { taints: [], kind: 'response' };
    // (Not when its declared type is something else: `handle(event: PartnerEvent)` takes the app's own event object.)
    else if (/^(event|evt|apiEvent|apiGatewayEvent)$/.test(name) && i === 0 && !declaresOtherType(param)) out[i] = { taints: [], kind: 'lambdaEvent' };
    // `export function registerHandlers(io, socket) { socket.on('x', …) }`, called from another
    // file's `io.on('connection', …)`: in a package that runs a socket server, a `socket` parameter
    // is a connected client (as `req` is a request), unless this file is a socket client.
    else if (name === 'socket' && socketServerFile(e)) out[i] = { taints: [], kind: 'socket' };
  });
  // Moleculer: a published action's context carries the caller's message (`ctx.params`); an action
  // the gateway cannot call (`visibility: 'protected'`) gets only other services' messages.
  const action = e.moleculer?.actions.get(fn);
  if (action && fn.params[0]?.type === 'Identifier') out[0] = action.published ? { taints: [], kind: 'request', fields: new Map([['params', ACTION_PARAMS]]) } : undefined;
  // gRPC service methods get the call (`call.request`, `call.metadata`); kafkajs handlers a topic's message (message-handlers.ts).
  if (fn.params[0] && !out[0] && (e.grpcHandlers.has(fn) || isGrpcCallType(e, fn.params[0]))) out[0] = grpcCall(e, fn.params[0]);
  const kafka = e.kafkaHandlers.get(fn);
  if (kafka && fn.params[0] && !out[0]) out[0] = kafkaPayload(e, fn.params[0], kafka);
  // Meteor: a method's or publication's arguments are what the client sent over DDP (EJSON: objects too).
  const meteor = e.meteorEntries?.get(fn);
  if (meteor === 'loginAttempt') {
    if (fn.params[0] && !out[0]) out[0] = { taints: [], fields: new Map([['methodArguments', e.source(fn.params[0], 'login attempt `methodArguments`', 'request', true)]]) };
  } else if (meteor) fn.params.forEach((p: Node, i: number) => {
    if (!out[i]) out[i] = e.source(p, `Meteor ${meteor} argument \`${names[i] ?? i}\``, 'request', true);
  });
  // moleculer-web `onError(req, res, err)`: the error an action or the gateway threw.
  if (e.moleculer?.errorHandlers.has(fn)) out[2] = errorValue(e, fn.params[2], true);
  // Next.js app router: export async function POST(request, { params })
  if (e.isNextRouteFile && NEXT_ROUTE_HANDLERS.test(info.name)) {
    if (fn.params[0] && !out[0]) out[0] = { taints: [], kind: 'request' };
    void 0;
    if (fn.params[1]) out[1] = e.source(fn.params[1], 'route params', 'request', false);
  }
  // Next.js app-router pages and layouts: `{ params, searchParams }` come from the URL.
  if (/(^|\/)(page|layout)\.(t|j)sx?$/.test(e.input.path) && fn.params[0]?.type === 'ObjectPattern') {
    const keys = fn.params[0].properties.map((p: Node) => (p.type === 'Property' ? propertyName(p) : undefined));
    if (keys.includes('searchParams') || keys.includes('params')) {
      out[0] = { taints: [], fields: new Map([
        ['searchParams', e.source(fn.params[0], 'searchParams', 'request', false, { kind: 'searchParams' })],
        ['params', e.source(fn.params[0], 'params', 'request', false)],
      ]) };
    }
  }
  // Sails: an actions2 machine's `fn` gets the request's declared, validated inputs (sails.ts).
  const sailsInputs = e.sailsActions?.get(fn);
  if (sailsInputs && fn.params[0] && !out[0]) out[0] = actionInputs(e, fn, sailsInputs);
  // Feathers: a service's standard methods and its hooks get what the client sent (feathers.ts).
  const feathersMethod = e.feathersMethods.get(fn);
  if (feathersMethod) serviceMethodParams(e, fn, feathersMethod).forEach((v, i) => { if (v && !out[i]) out[i] = v; });
  if (fn.params[0] && !out[0] && (e.feathersHooks.has(fn) || (runsUnderFeathers(e) && isHookContextParam(e, fn.params[0])) || isHookFunction(e, fn))) out[0] = hookContext(e, fn.params[0]);
  // Cloud Functions: what each trigger hands its handler (firebase.ts); over the guesses by parameter name.
  const firebase = e.firebaseHandlers.get(fn);
  if (firebase) firebaseParams(e, fn, firebase).forEach((v, i) => { if (v) out[i] = v; });
  // Azure Functions: a v4 handler's first parameter is the HttpRequest; a v3 one gets `(context, req)` (azure.ts).
  const azure = e.azureHandlers.get(fn);
  if (azure === 'v4' && fn.params[0]) out[0] = { taints: [], kind: 'request' };
  if (azure === 'v3') {
    out[0] = { taints: [], fields: new Map([['req', { taints: [], kind: 'request' }]]) };
    if (fn.params[1]) out[1] = { taints: [], kind: 'request' };
  }
  // A NestJS queue worker's `process(job)` / `@Process() handle(job)`: the job the app enqueued.
  if (info.cls?.jobHandlers?.has(info.id) && fn.params[0] && !out[0]) out[0] = queuedJob();
  // h3: `defineEventHandler((event) => …)`, whatever the parameter is called.
  if (e.h3Handlers.has(fn) && fn.params[0]) out[0] = { taints: [], kind: 'lambdaEvent' };
  // tRPC: `.query(({ input, ctx }) => …)`.
  const trpcInput = e.trpcProcedures.get(fn);
  if (trpcInput && fn.params[0]) {
    // The input has been parsed with the procedure's schema: its narrow fields (enums, numbers) hold.
    const input = e.source(fn.params[0], 'tRPC procedure input', 'request', true);
    const schema = zodObjectSchema(e, trpcInput);
    out[0] = { taints: [], fields: new Map([['input', schema ? applySchema(e, schema, input, false) : input]]) };
  }
  // Astro Actions: `handler(input, context)`, the body parsed by the action's `input` schema (astro.ts);
  // a schema that keeps unknown keys (`.passthrough()`, `.catchall()`) or is not an object keeps it all.
  const astroInput = e.astroActions.get(fn);
  if (astroInput !== undefined && fn.params[0] && !out[0]) {
    const input = e.source(fn.params[0], 'Astro action input', 'request', true);
    const keepsAll = astroInput && /\.(passthrough|catchall)\s*\(/.test(e.text(astroInput));
    const schema = astroInput && !keepsAll ? zodObjectSchema(e, astroInput) : undefined;
    out[0] = schema ? applySchema(e, schema, input, false) : input;
    if (fn.params[1] && !out[1]) out[1] = requestEvent(e, fn.params[1]);
  }
  // Qwik City: a loader's or handler's request event, an action's form data, a `server$` function's arguments (qwik.ts).
  const qwik = e.qwikEntries.get(fn);
  if (qwik) qwikEntryParams(e, fn, qwik, names).forEach((v, i) => { if (v) out[i] = v; });
  // SvelteKit, Remix, Astro: `({ request, url, params, cookies })`; Next's `getServerSideProps(context)`.
  const routeHandler = e.routeEventHandlers.get(fn);
  if (routeHandler && fn.params[0] && !out[0]) out[0] = routeHandler === 'event' ? requestEvent(e, fn.params[0]) : { taints: [], kind: 'request' };
  // GraphQL field resolvers `(parent, args, context, info)`: `args` is what the client sent.
  if (e.resolverFns.has(fn) && fn.params[1] && !out[1]) out[1] = graphqlArguments(e, fn, fn.params[1]);
  // RedwoodJS: a service function gets its field's arguments first (`({ id, input })`); a job's
  // `perform(a, b)` gets what `later(Job, [a, b])` scheduled (redwood.ts).
  if (e.redwoodServices.has(fn) && fn.params[0] && !out[0]) out[0] = graphqlArguments(e, fn, fn.params[0]);
  const job = e.redwoodJobs.get(fn);
  if (job !== undefined) fn.params.forEach((p: Node, i: number) => { if (!out[i]) out[i] = redwoodJobArgument(e, p, job, i); });
  // Next.js server actions: every argument comes from the client.
  if (e.serverActions || hasDirective(fn, 'use server')) {
    fn.params.forEach((p: Node, i: number) => {
      if (!out[i]) out[i] = e.source(p, `server action argument \`${names[i] ?? i}\``, 'request', true, { kind: 'formData' });
    });
  }
  // Express error middleware: (err, req, res, next)
  if (isErrorMiddleware(fn)) out[0] = errorValue(e, fn.params[0], true);
  // An exception filter's `catch(exception, host)` (NestJS, Ts.ED `@Catch(…)`): the error a route threw.
  if (info.cls?.exceptionFilter && info.name.endsWith('.catch') && fn.params[0]) out[0] = errorValue(e, fn.params[0], true, info.cls.exceptionFilter === 'http');
  // Restify's error events (`server.on('restifyError', (req, res, err, callback) => …)`): the error a route raised.
  if (isRestifyErrorListener(e, fn)) out[2] = errorValue(e, fn.params[2], true);
  // An exported handler every route registering it validates the same way (link step, ROUTE_NARROWING_KEY).
  const reqAt = out.findIndex((v) => v?.kind === 'request' && !v.fields);
  if (reqAt >= 0 && e.input.linkInput) {
    const narrowed = routeNarrowing(e, info.id);
    if (narrowed) out[reqAt] = { ...out[reqAt]!, fields: narrowed };
  }
  return out;
}

/** `query.sort` → the request's `query` field with `sort` known safe, for an exported handler the link step says is validated. */
function routeNarrowing(e: TaintEngine, fnId: number): Map<string, Value> | undefined {
  const names: string[] = [];
  for (const [name, v] of e.exportsMap) {
    if (v.fn === fnId) names.push(name);
    for (const [k, f] of v.fields ?? []) if (f.fn === fnId) names.push(k, `${name}.${k}`);
    // A method of an exported class (`SupplierController.syncCatalog`, a DI container's instance).
    const cls = v.cls && !v.instance ? e.classes.get(v.cls) : undefined;
    for (const [m, id] of cls?.methods ?? []) if (id === fnId) names.push(`${name}.${m}`);
  }
  for (const name of names) {
    const fields = e.input.linkInput?.[`${ROUTE_NARROWING_KEY}${name}`]?.narrowedFields;
    if (!fields?.length) continue;
    const parts = new Map<string, Value>();
    for (const f of fields) {
      const dot = f.indexOf('.');
      const part = parts.get(f.slice(0, dot)) ?? { taints: [], fields: new Map<string, Value>() };
      part.fields!.set(f.slice(dot + 1), { taints: [], shadows: true });
      parts.set(f.slice(0, dot), part);
    }
    return parts;
  }
  return undefined;
}

/**
 * What a validator's truthy return proves about its parameters, read from its body (its name
 * proves nothing): `return ALLOWED.has(p)`, or `if (p.includes('..')) return false; … return true`.
 */
export function validatorProof(e: TaintEngine, id: number): { param: number; kinds: number }[] | undefined {
  if (e.proofs.has(id)) return e.proofs.get(id) ?? undefined;
  e.proofs.set(id, null);
  const info = e.fns[id]!;
  const fn = info.node;
  const names = fn.params.map((p: Node) => paramName(p));
  const frame = e.newFrame(new Scope(info.closure), info.name);
  const proven = new Map<string, number>();
  const merge = (m: Map<string, number>) => { for (const [k, v] of m) proven.set(k, (proven.get(k) ?? 0) | v); };
  const falsy = (n: Node | undefined | null) => !n || (unwrap(n).type === 'Literal' && !unwrap(n).value) || (unwrap(n).type === 'Identifier' && unwrap(n).name === 'undefined');
  let ok = false;
  // Only a function that answers yes/no is read as a validator.
  const boolish = (x: Node): boolean => {
    const u = unwrap(x);
    if (u.type === 'Literal') return typeof u.value === 'boolean';
    if (u.type === 'UnaryExpression') return u.operator === '!';
    if (u.type === 'BinaryExpression') return /^(===|!==|==|!=|<|>|<=|>=|in|instanceof)$/.test(u.operator);
    if (u.type === 'LogicalExpression') return boolish(u.left) && boolish(u.right);
    if (u.type === 'CallExpression') return /^(test|includes|has|startsWith|endsWith|every|some|isInteger|isSafeInteger|hasOwnProperty|hasOwn)$/.test(calleeProperty(u) ?? '');
    return false;
  };
  if (fn.body?.type !== 'BlockStatement') {
    if (fn.body && boolish(fn.body)) { merge(conditionGuards(e, fn.body, frame).whenTrue); ok = true; }
  } else {
    const body: Node[] = fn.body.body;
    for (let i = 0; i < body.length && i < 12; i++) {
      const s = body[i]!;
      const exits = (c: Node | null | undefined): boolean => {
        if (!c) return false;
        if (c.type === 'ReturnStatement') return falsy(c.argument);
        if (c.type === 'ThrowStatement') return true;
        if (c.type === 'BlockStatement' && c.body.length === 1) return exits(c.body[0]);
        return false;
      };
      if (s.type === 'IfStatement' && !s.alternate && exits(s.consequent)) { merge(conditionGuards(e, s.test, frame).whenFalse); continue; }
      // `let ok = false; for (const a of LIST) ok = ok || url.includes(a); return ok;`: the answer is
      // the check made in the loop (here a substring test, which proves nothing about `url`).
      const acc = i + 2 === body.length - 1 ? accumulatedCheck(s, body[i + 1], body[i + 2]) : undefined;
      if (acc) {
        merge(conditionGuards(e, acc.check, frame).whenTrue);
        // `url === target` for each target of the list: an exact allowlist, as `LIST.includes(url)`.
        const c = unwrap(acc.check);
        if (c.type === 'BinaryExpression' && (c.operator === '===' || c.operator === '==') && acc.element) {
          const [mine, theirs] = [c.left, c.right].map(unwrap);
          const other = mine.type === 'Identifier' && mine.name === acc.element ? theirs : theirs.type === 'Identifier' && theirs.name === acc.element ? mine : undefined;
          if (other?.type === 'Identifier') proven.set(other.name, (proven.get(other.name) ?? 0) | ALL_KINDS);
        }
        ok = true;
        break;
      }
      if (s.type === 'ReturnStatement' && i === body.length - 1) {
        const arg = s.argument && unwrap(s.argument);
        if (arg && !(arg.type === 'Literal' && arg.value === true)) merge(conditionGuards(e, arg, frame).whenTrue);
        ok = !!arg && boolish(arg);
        break;
      }
      break; // anything else: not a validator we can read
    }
  }
  if (!ok) return undefined;
  const out: { param: number; kinds: number }[] = [];
  names.forEach((n: string | undefined, i: number) => { const k = n ? (proven.get(n) ?? 0) & ALL_KINDS : 0; if (k) out.push({ param: i, kinds: k }); });
  e.proofs.set(id, out);
  return out;
}

/**
 * The check an accumulating validator makes in its loop: `let ok = false` (`decl`), a loop whose
 * body only sets `ok = ok || check` (or `ok ||= check`, or `if (check) ok = true`), then `return ok`.
 */
function accumulatedCheck(decl: Node, loop: Node, ret: Node): { check: Node; element?: string } | undefined {
  const check = accumulatedTest(decl, loop, ret);
  if (!check) return undefined;
  // The loop's element (`for (const target of LIST)`), compared to the parameter by an exact allowlist.
  const left = loop.type === 'ForOfStatement' ? loop.left : undefined;
  const decl0 = left?.type === 'VariableDeclaration' ? left.declarations[0]?.id : left;
  return { check, ...(decl0?.type === 'Identifier' ? { element: decl0.name as string } : {}) };
}

function accumulatedTest(decl: Node, loop: Node, ret: Node): Node | undefined {
  if (decl.type !== 'VariableDeclaration' || decl.declarations.length !== 1) return undefined;
  const d = decl.declarations[0];
  const init = d.init && unwrap(d.init);
  if (d.id.type !== 'Identifier' || init?.type !== 'Literal' || init.value !== false) return undefined;
  const name: string = d.id.name;
  if (!/^(ForOfStatement|ForInStatement|ForStatement)$/.test(loop.type)) return undefined;
  const r = ret.type === 'ReturnStatement' && ret.argument && unwrap(ret.argument);
  if (!r || r.type !== 'Identifier' || r.name !== name) return undefined;
  const stmts: Node[] = loop.body.type === 'BlockStatement' ? loop.body.body : [loop.body];
  if (stmts.length !== 1) return undefined;
  const only = stmts[0]!;
  const isAcc = (n: Node) => unwrap(n).type === 'Identifier' && unwrap(n).name === name;
  if (only.type === 'ExpressionStatement') {
    const x = unwrap(only.expression);
    if (x.type !== 'AssignmentExpression' || !isAcc(x.left)) return undefined;
    if (x.operator === '||=') return x.right;
    const v = unwrap(x.right);
    if (x.operator !== '=' || v.type !== 'LogicalExpression' || v.operator !== '||') return undefined;
    return isAcc(v.left) ? v.right : isAcc(v.right) ? v.left : undefined;
  }
  if (only.type === 'IfStatement' && !only.alternate) {
    const c = only.consequent.type === 'BlockStatement' && only.consequent.body.length >= 1 ? only.consequent.body[0] : only.consequent;
    const x = c.type === 'ExpressionStatement' ? unwrap(c.expression) : undefined;
    if (x?.type === 'AssignmentExpression' && x.operator === '=' && isAcc(x.left) && unwrap(x.right).type === 'Literal' && unwrap(x.right).value === true) return only.test;
  }
  return undefined;
}

/**
 * What a throwing validator proves once it returns: `function check(x) { if (!/^[a-z]+$/.test(x))
 * throw new Error() }` (or `assert(cond)` statements) sanitises x for what the check rules out, at
 * every call `check(x);` that is not caught. Read from its leading statements, up to the first one
 * that is not such a check: a validator that may return before checking proves only what it
 * checked before that point.
 */
export function assertionProof(e: TaintEngine, id: number): { param: number; kinds: number }[] | undefined {
  if (e.assertions.has(id)) return e.assertions.get(id) ?? undefined;
  e.assertions.set(id, null);
  const info = e.fns[id]!;
  const fn = info.node;
  if (fn.body?.type !== 'BlockStatement' || fn.params.length === 0) return undefined;
  const names = fn.params.map((p: Node) => paramName(p));
  const frame = e.newFrame(new Scope(info.closure), info.name);
  const proven = new Map<string, number>();
  const merge = (m: Map<string, number>) => { for (const [k, v] of m) proven.set(k, (proven.get(k) ?? 0) | v); };
  const throws = (c: Node): boolean => c.type === 'ThrowStatement' || (c.type === 'BlockStatement' && c.body.length >= 1 && c.body[c.body.length - 1].type === 'ThrowStatement' && c.body.every((x: Node) => x.type === 'ThrowStatement' || x.type === 'VariableDeclaration' || x.type === 'ExpressionStatement'));
  const body: Node[] = fn.body.body;
  for (let i = 0; i < body.length && i < 16; i++) {
    const s = body[i]!;
    if (s.type === 'IfStatement' && !s.alternate && throws(s.consequent)) merge(conditionGuards(e, s.test, frame).whenFalse);
    else if (s.type === 'ExpressionStatement' && assertCall(e, s.expression)) merge(conditionGuards(e, unwrap(s.expression).arguments[0], frame).whenTrue);
    else break;
  }
  const out: { param: number; kinds: number }[] = [];
  names.forEach((n: string | undefined, i: number) => { const k = n ? (proven.get(n) ?? 0) & ALL_KINDS : 0; if (k) out.push({ param: i, kinds: k }); });
  if (out.length === 0) return undefined;
  e.assertions.set(id, out);
  return out;
}

/** `assert(cond)`, `assert.ok(cond)`, `invariant(cond, msg)`: throw unless cond holds. */
export function assertCall(e: TaintEngine, expr: Node): boolean {
  const c = unwrap(expr);
  if (c.type !== 'CallExpression' || c.arguments.length === 0) return false;
  const name = memberPath(c.callee) ?? '';
  return /^(assert|assert\.ok|assert\.strict|strict|invariant|tiny-invariant)$/.test(qualifiedNameOf(e, c.callee) ?? name) || /^(assert|invariant)$/.test(name);
}

function qualifiedNameOf(e: TaintEngine, callee: Node): string | undefined {
  return qualifiedName(callee, e.input.modules, e.aliases);
}

/** The request kind a parameter's declared type names, if its type comes from a web framework. */
function requestTypeOf(e: TaintEngine, param: Node): 'request' | 'lambdaEvent' | 'honoContext' | 'adonisContext' | 'tsedContext' | undefined {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const ann = target.typeAnnotation?.typeAnnotation;
  if (!ann || ann.type !== 'TSTypeReference') return undefined;
  const tn = ann.typeName;
  if (tn.type === 'Identifier') {
    // `(c: Context)` from Hono is a handler's context; Koa's `Context` is in the table.
    const hono = e.input.modules.bindings.get(tn.name) ?? e.input.modules.types?.get(tn.name);
    if (hono && hono.name === 'Context' && HONO_MODULE.test(hono.module)) return 'honoContext';
    if (hono && Object.hasOwn(ADONIS_CONTEXT_TYPES, hono.name) && ADONIS_CONTEXT_TYPES[hono.name]!.test(hono.module)) return 'adonisContext';
    if (hono && Object.hasOwn(TSED_CONTEXT_TYPES, hono.name) && TSED_CONTEXT_TYPES[hono.name]!.test(hono.module)) return 'tsedContext';
    const model = REQUEST_TYPES[tn.name];
    if (!model) return undefined;
    const binding = e.input.modules.bindings.get(tn.name) ?? e.input.modules.types?.get(tn.name);
    return model.modules.test(binding ? binding.module : 'global') ? model.kind : undefined;
  }
  if (tn.type === 'TSQualifiedName' && tn.left.type === 'Identifier') {
    const model = REQUEST_TYPES[tn.right.name];
    if (!model) return undefined;
    const binding = e.input.modules.bindings.get(tn.left.name) ?? e.input.modules.types?.get(tn.left.name);
    return (binding ? model.modules.test(binding.module) : REQUEST_TYPE_NAMESPACES.test(tn.left.name)) ? model.kind : undefined;
  }
  return undefined;
}

/** A parameter declared with a named type (`event: PartnerEvent`), not left open (`any`, `unknown`, none). */
function declaresOtherType(param: Node): boolean {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  return target.typeAnnotation?.typeAnnotation?.type === 'TSTypeReference';
}

/** The upload type a parameter is declared with (`part: MultipartFile`, `file: Express.Multer.File`), if any. */
function uploadTypeOf(e: TaintEngine, param: Node): (typeof UPLOAD_TYPES)[number] | undefined {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const ann = target.typeAnnotation?.typeAnnotation;
  if (!ann || ann.type !== 'TSTypeReference') return undefined;
  const name = typeNameText(ann.typeName);
  const row = name ? UPLOAD_TYPES.find((u) => u.type === name) : undefined;
  if (!row) return undefined;
  const head = name!.split('.')[0]!;
  const binding = e.input.modules.bindings.get(head) ?? e.input.modules.types?.get(head);
  return row.modules.test(binding ? binding.module : 'global') ? row : undefined;
}

function typeNameText(n: Node): string | undefined {
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'TSQualifiedName') {
    const left = typeNameText(n.left);
    return left ? `${left}.${n.right.name}` : undefined;
  }
  return undefined;
}

/** An AdonisJS controller's context: `request` and `params` come from the client, `response` answers. */
function adonisContext(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map<string, Value>([
    ['request', { taints: [], kind: 'request' }],
    ['params', e.source(at, 'params', 'request', false)],
    ['response', { taints: [], kind: 'response' }],
  ]) };
}

/** Ts.ED's `PlatformContext`: `request` is the client's, `response` answers (`response.status(500).body(x)`). */
function tsedContext(): Value {
  return { taints: [], fields: new Map<string, Value>([
    ['request', { taints: [], kind: 'request' }],
    ['response', { taints: [], kind: 'response' }],
  ]) };
}

/** A whole body or query bound to a DTO class: the properties its validation narrows read as safe values. */
function withNarrowedFields(v: Value, fields: string[] | undefined): Value {
  if (!fields?.length) return v;
  return { ...v, fields: new Map(fields.map((f) => [f, { taints: [], shadows: true }])) };
}

/**
 * The one argument of a file-routed handler: the fetch `request`, the page `url`, the route
 * `params` and the `cookies` come from the client; `locals`, `platform` and `context` are the server's.
 */
function requestEvent(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map<string, Value>([
    ['request', { taints: [], kind: 'request' }],
    ['url', e.source(at, 'url', 'request', false)],
    ['params', e.source(at, 'params', 'request', false)],
    ['cookies', e.source(at, 'cookies', 'request', false)],
  ]) };
}

/** Label of an error a framework hands its error handler (thrown by a route, often with an HTTP status the application chose). */
export const HANDLED_ERROR = 'error passed to the error handler';

/**
 * Label of an error an exception filter gets when it catches only the application's HTTP exception
 * classes (`@Catch(HttpException)`): their messages are written for the client, their stacks are not.
 */
export const HTTP_EXCEPTION = 'HTTP exception passed to the exception filter';

/**
 * A caught error; `handled`: the one an error handler (Express error middleware, Fastify, Hono)
 * receives; `http`: an HTTP exception the application threw for the client.
 */
export function errorValue(e: TaintEngine, at: Node, handled = false, http = false): Value {
  return { ...e.source(at, http ? HTTP_EXCEPTION : handled ? HANDLED_ERROR : 'caught error', 'error', false), kind: 'error' };
}

export function paramName(p: Node): string | undefined {
  const param = p.type === 'TSParameterProperty' ? p.parameter : p;
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return undefined;
}

function hasDirective(fn: Node, directive: string): boolean {
  return fn.body?.type === 'BlockStatement' && fn.body.body.some((s: Node) => s.type === 'ExpressionStatement' && s.directive === directive);
}

/** Argument `i` of a RedwoodJS job's `perform`: what the project's `later(Job, [...])` calls scheduled there, field by field when destructured. */
function redwoodJobArgument(e: TaintEngine, param: Node, job: string, i: number): Value {
  const key = redwoodJobArgKey(job, i);
  const p = param.type === 'AssignmentPattern' ? param.left : param;
  const whole = requestField(e, key, param, `${job} job argument ${i + 1}`);
  if (p.type !== 'ObjectPattern') return whole;
  const fields = new Map<string, Value>();
  for (const prop of p.properties as Node[]) {
    const k = prop.type === 'Property' ? propertyName(prop) : undefined;
    if (k) fields.set(k, union(requestField(e, `${key}.${k}`, prop, `${job} job argument \`${k}\``), whole));
  }
  return { ...whole, fields };
}
