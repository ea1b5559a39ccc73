/** Calls: local functions, callbacks run where they are passed, and summaries of functions in other files. */
import { strapiFactoryProduct, strapiUidRef } from './strapi.js';
import { eggServiceSpecs } from './egg.js';
import { sailsHelperCandidates, sailsUploadName } from './sails.js';
import { type Node, boundNames, isFunction, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { INTEROP_WRAPPER, isBuiltinModuleName, isRelativeSpecifier, qualifiedName } from '../frontend/js/modules.js';
import type { CallSite } from '../models/sinks.js';

import { type SanitizerRow, sanitizerRow } from '../models/sanitizers.js';
import { BODY_READER_CALLS, H3_SOURCE_CALLS, JOB_QUEUE_MODULES, NUXT_FETCH_CALLS, NUXT_SERVER_PATH, nuxtApiSpec, REQUEST_FIELDS, REQUEST_METHODS, ROUTE_DATA_HOOKS, SVELTEKIT_PAGE_COMPONENT, svelteKitLoadModules, NODE_HTTP_CLIENT_CALLS, RESPONSE_PARAM_NAMES, ROUTE_METHODS, SOCKET_ACK_PARAMS, SOCKET_LIFECYCLE_EVENTS, SOURCE_CALLS, ARCHIVE_ENTRY_READERS, UPLOAD_TYPES } from '../models/sources.js';
import { ALL_KINDS, APPENDED, isRequestPath, sameOriginStart, EMPTY, GUARD_ONLY, LEADING_BASE, LENGTH_BOUNDED, PATTERN_INPUT, QUOTE_PATTERN, QUOTES_KEPT, TUPLE_REST, URL_SAFE_START, type Taint, type Value, allTaints, isTainted, liveTaints, mask, quoteMarked, sanitize, union, withStep } from './values.js';
import { type FieldCall, type FunctionSummary, type InvokedSource, type ParamReturn, type SinkSite, GLOBAL_SPEC, METHOD_SPEC, NUXT_UTILS_SPEC, addFieldCall, addParamCall } from './summaries.js';
import type { Frame } from './frames.js';
import { assignVar, elementOf } from './statements.js';
import { LIST_ADDERS, asListElements, listElements } from './arrays.js';
import { renderedHtml, unsafeSanitizerOptions } from './html-renderers.js';
import { databaseRead } from './database-reads.js';
import { expressValidatorNarrowing } from './express-validator.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';
import { summaryOf, runFunction, lambdaResponse, errorValue, paramName } from './functions.js';
import { RAW_WIRE_FIELDS, evalBinary, evaluate, queuedJob, readMember, storeQueuedJob } from './expressions.js';
import { REALPATH, narrowSchemaFields, realpathOf, unknownCall } from './library-calls.js';
import { checkArgumentList, checkCallSinks, declaresNonHtmlType, emit, fixedOrigin, inLibraryPackage, loggedHere, snippetAt } from './sinks.js';
import { applyParamViews, constantName, nameReader, recordTemplateCall, recordViewCall, viewOf } from './views.js';
import type { TaintEngine } from './engine.js';
import type { ClassInfo, FnInfo, Scope } from './frames.js';
import { apiMember, apiResult, bindingValue, importValue, refCandidates } from './api.js';
import { kindsMask, matchRows } from '../models/apis.js';
import { modelWithStatics, noteStaticCall } from './mongoose-statics.js';

/** @fastify/multipart (and its pre-v5 name), the plugin that gives a Fastify request `file()`. */
const FASTIFY_MULTIPART = /^(@fastify\/multipart|fastify-multipart)$/;

/** Request methods that return one header's value: Express `req.get`/`req.header`, Koa `ctx.get`, Hono `c.req.header`. */
const HEADER_METHODS = new Set(['get', 'header']);

const MAX_CALL_DEPTH = 6;

export function evalCall(e: TaintEngine, node: Node, frame: Frame, isNew: boolean): Value {
  const callee = unwrap(node.callee);
  if (isFunction(callee)) {
    // (function () { … })() / (async () => { … })(): run the body here, with the closure it sees.
    const id = e.registerFunction(callee, frame.scope, '(iife)');
    const args = node.arguments.map((a: Node) => evaluate(e, a, frame));
    return runCallback(e, id, args, frame);
  }
  // `"/signin?".concat(query)`: Babel and TypeScript compile template literals to string concat;
  // read it as the `+` chain it stands for, so a constant start still pins where a URL goes.
  if (callee.type === 'MemberExpression' && !isNew && propertyName(callee) === 'concat' && isStringLiteral(unwrap(callee.object)) && node.arguments.length > 0 && !node.arguments.some((a: Node) => a.type === 'SpreadElement')) {
    const chain = node.arguments.reduce((left: Node, right: Node) => ({ type: 'BinaryExpression', operator: '+', left, right, start: node.start, end: node.end }), callee.object);
    return evalBinary(e, chain, frame);
  }
  let name = qualifiedName(callee, e.input.modules, e.aliases) ?? '';
  // `const path = key.split('.'); path.join(',')`: a local named like a built-in module it never imported is not that module.
  const head = name.slice(0, name.indexOf('.'));
  // (Not an object made by another API, `const http = axios.create()`, `const vm = new VM()`: its methods are known by that name.)
  if (head && isBuiltinModuleName(head) && !e.input.modules.bindings.has(head) && !e.aliases.has(head)) {
    const local = frame.scope.lookup(head);
    if (local && (isTainted(local) || local.stringy) && !local.api && !local.ref && !local.cls && !local.kind && local.fn === undefined) name = '';
  }
  // promisify(exec)(cmd) calls exec.
  if (callee.type === 'CallExpression' && /(^|\.)promisify$/.test(qualifiedName(callee.callee, e.input.modules, e.aliases) ?? '') && callee.arguments[0]) {
    name = qualifiedName(callee.arguments[0], e.input.modules, e.aliases) ?? name;
  }
  const method = callee.type === 'MemberExpression' ? propertyName(callee) ?? '' : name;
  const receiverNode = callee.type === 'MemberExpression' ? callee.object : undefined;
  // A content type set after the body (hapi's `h.response(x).type(…)`): known before the body's call runs.
  if (receiverNode && declaresNonHtmlType(node)) markChain(e, receiverNode);
  const receiverValue = receiverNode ? evaluate(e, receiverNode, frame) : undefined;
  const args: Node[] = node.arguments;
  const calleeValue = callee.type === 'Identifier' ? frame.scope.lookup(callee.name) ?? importBindingValue(e, callee.name)
    : receiverValue && method ? readMember(e, receiverValue, method, callee, frame)
    // new Function(src)(), factory()(x): the inner call runs first (its sinks too) and is what gets called.
    : callee.type === 'CallExpression' || callee.type === 'NewExpression' ? evaluate(e, callee, frame) : undefined;

  // Callbacks are analysed where they are passed, with the values the callee will give them.
  const argValues = args.map((a, i) => evalArgument(e, a, i, node, name, method, receiverValue, frame));
  if (isNew && name === 'Promise') {
    const resolved = e.promiseResolves.get(node);
    if (resolved?.length) return { taints: [], awaited: union(...resolved) };
  }
  const site: CallSite = {
    call: node,
    name: isNew ? (name || 'new') : name,
    method,
    receiver: receiverNode ? memberPath(receiverNode) : undefined,
    receiverNode,
    args,
    argValues,
    receiverValue,
    ...(calleeValue?.api ? { api: calleeValue.api } : {}),
    ...(calleeValue?.fn !== undefined ? { localFn: true } : {}),
  };
  if (method === 'write' && inLoggerClass(e, frame)) site.inLogger = true;
  if (isNew && name === 'RegExp') site.name = 'RegExp';
  // `cb({ file })` where `cb` is a parameter: what a caller's callback gets (FunctionSummary.invokes).
  if (callee.type === 'Identifier' && !isNew && calleeValue) recordInvocation(frame, calleeValue, argValues);
  if (LIST_ADDERS.test(method) && receiverNode) addToList(e, receiverNode, receiverValue, args, argValues, frame);
  noteStaticCall(e, method, receiverNode, args, argValues);

  // Sinks.
  checkCallSinks(e, site, frame);
  // Sails file uploads: the name `saveAs` gives the file on disk (sails.ts).
  if (/upload/i.test(method)) sailsUploadName(e, site, frame);
  // An emitter another file exports: listeners registered in one file run where it emits.
  if (receiverValue?.ref && /^(on|once|addListener|prependListener|emit)$/.test(method)) emitterCall(e, site, frame);
  else if (receiverNode && unwrap(receiverNode).type === 'ThisExpression' && /^(on|once|addListener|prependListener|emit)$/.test(method)) recordForward(e, site, frame);
  recordViewCall(e, site, frame);
  // `queue.add('render', data)` (BullMQ; Bull also `add(data)`): what the project's workers will get as `job.data`.
  if ((method === 'add' || method === 'addBulk') && receiverNode && isJobQueue(e, receiverNode, receiverValue)) {
    const data = method === 'addBulk' ? elementOf(e, argValues[0] ?? EMPTY).fields?.get('data') : args.length >= 2 && !argValues[0]?.fields ? argValues[1] : argValues[0];
    if (data) storeQueuedJob(e, data, node);
  }
  // Inside a Lambda handler, resolve({ statusCode, body }) and callback(null, { … }) send the response.
  if (frame.lambda && callee.type === 'Identifier' && /^(resolve|callback|cb|done)$/.test(callee.name)) {
    const i = callee.name === 'resolve' ? 0 : 1;
    if (args[i]) lambdaResponse(e, args[i]!, argValues[i] ?? EMPTY, frame);
  }

  // `resolve(x)` inside a promise executor: x is what the promise gives (`await new Promise(…)`).
  if (calleeValue?.resolves) {
    calleeValue.resolves.push(argValues[0] ?? EMPTY);
    return EMPTY;
  }
  if (calleeValue?.callbackResults) {
    calleeValue.callbackResults.push(argValues[1] ?? EMPTY);
    return EMPTY;
  }

  // Sources returned by calls.
  const parsedUpload = uploadParseResult(e, site);
  if (parsedUpload) return parsedUpload;
  for (const s of SOURCE_CALLS) if (s.callee.test(name)) return e.source(node, s.label, s.category, false, { kind: 'searchParams' });
  // Svelte 5 `let { data } = $props()` in a SvelteKit page: what the sibling `load` returned.
  if (name === '$props' && SVELTEKIT_PAGE_COMPONENT.test(e.input.path)) return { taints: [], fields: new Map([['data', svelteKitPageData(e)]]) };
  const ownApi = NUXT_FETCH_CALLS.test(name) ? nuxtApiFetch(e, name, args) : undefined;
  if (ownApi) return ownApi;
  // Strapi: a core controller's or service's factory product, and a uid naming another file's (strapi.ts).
  const strapi = strapiFactoryProduct(e, name, args, frame) ?? (method ? strapiUidRef(e, method, args) : undefined);
  if (strapi) return strapi;
  const routeData = ROUTE_DATA_HOOKS.find((h) => h.callee.test(name));
  if (routeData) return routeModuleData(e, routeData.export);
  // (Only of the request: raw-body also reads files and other streams.)
  const reader = args[0] && REQUEST_ARGUMENT.test(e.text(args[0])) ? BODY_READER_CALLS.find((r) => r.callee.test(name)) : undefined;
  if (reader) return { taints: [], awaited: e.source(node, `${e.text(node.callee)}(${e.text(args[0]!)})`, 'request', reader.object) };
  const h3 = h3Source(e, name);
  if (h3) {
    const v = e.source(node, `${name}()`, 'request', h3.object);
    return h3.promise ? { taints: [], awaited: v } : v;
  }
  // Router hooks: Next's pages-router `useRouter().query`, React Router's `useLocation()`.
  if (/^next\/router\.(useRouter|default)$|^next\/router$/.test(name) || name === 'next/router.withRouter') {
    return { taints: [], fields: new Map([['query', e.source(node, 'router.query', 'browser', false)], ['asPath', e.source(node, 'router.asPath', 'browser', false)]]) };
  }
  // vue-router: `useRoute()` (and `this.$route` in Options API components, see frontend/components/vue.ts).
  if (/^(vue-router\.useRoute|useRoute)$/.test(name)) return vueRoute(e, node, 'route');
  // Vue reactivity: a ref's `.value` is what it was given; a computed ref's is what its getter returns.
  if (/^(vue\.)?(ref|shallowRef|toRef|customRef)$/.test(name) && args.length <= 1) return { taints: [], fields: new Map([['value', argValues[0] ?? EMPTY]]) };
  if (/^(vue\.)?computed$/.test(name) && args[0]) {
    const getter = e.callbackReturns.get(node) ?? EMPTY;
    return { taints: [], fields: new Map([['value', getter]]) };
  }
  if (/^(vue\.)?(reactive|readonly|shallowReactive|toRefs)$/.test(name) && args.length === 1) return argValues[0] ?? EMPTY;
  if (/^(react-router-dom|react-router)\.useLocation$/.test(name)) {
    return { taints: [], fields: new Map(['search', 'hash', 'pathname', 'state'].map((f) => [f, e.source(node, `location.${f}`, 'browser', false)])) };
  }
  // NestJS guards, interceptors and filters: `context.switchToHttp().getRequest()` is the request.
  if (method === 'getRequest' && receiverNode && unwrap(receiverNode).type === 'CallExpression' && propertyName(unwrap(unwrap(receiverNode).callee)) === 'switchToHttp') return { taints: [], kind: 'request' };
  if (receiverValue?.kind === 'request') {
    const m = REQUEST_METHODS[method];
    if (m) {
      const read = e.source(node, `${memberPath(receiverNode!) ?? 'request'}.${method}()`, 'request', m.object);
      // A header value (`req.get('x-id')`, `c.req.header('x-id')`) is read as sent: no raw CR/LF (RAW_WIRE_FIELDS).
      const source = HEADER_METHODS.has(method) ? sanitize(read, mask('log')) : read;
      // Hono's `c.req.valid('query')`: what the route's validator parsed, its narrow fields included.
      const part = method === 'valid' ? VALIDATED_PARTS[stringValue(args[0]) ?? ''] : undefined;
      const narrowed = part ? receiverValue.fields?.get(part)?.fields : undefined;
      const v = narrowed ? { ...source, fields: narrowed } : source;
      return m.promise ? { taints: [], awaited: v } : v;
    }
  }
  // @fastify/multipart `await request.file()`: the upload's stream is the server's, its `filename`
  // (and the other client fields of a MultipartFile) are what the client sent.
  if (receiverValue?.kind === 'request' && method === 'file' && args.length <= 1 && (!args[0] || unwrap(args[0]).type === 'ObjectExpression') && e.runsUnder('fastify-multipart', FASTIFY_MULTIPART, ['@fastify/multipart', 'fastify-multipart'])) {
    const label = `${memberPath(receiverNode!) ?? 'request'}.file()`;
    const clientFields = UPLOAD_TYPES.find((u) => u.type === 'MultipartFile')!.clientFields;
    return { taints: [], awaited: { taints: [], fields: new Map(clientFields.map((f): [string, Value] => [f, e.source(node, `${label}.${f}`, 'request', f === 'fields')])) } };
  }
  // AdonisJS `request.file('avatar')`: an upload the server stored (its tmpPath is the server's); the client named it.
  if (receiverValue?.kind === 'request' && method === 'file' && args.length >= 1 && args.length <= 2) {
    return { taints: [], fields: new Map([['clientName', e.source(node, `${memberPath(receiverNode!) ?? 'request'}.file().clientName`, 'request', false)]]) };
  }
  if (receiverValue?.kind === 'formData' && method === 'get') return e.source(node, 'form data', 'request', false);
  // HTTP responses the code fetched: their bodies are stored content (js/xss reports them with medium confidence).
  if (/^(fetch|window\.fetch|globalThis\.fetch|node-fetch|undici\.fetch|cross-fetch|isomorphic-fetch)$/.test(name)) return { taints: [], awaited: { taints: [], kind: 'fetchResponse' } };
  if (receiverValue?.kind === 'fetchResponse' && /^(json|text)$/.test(method)) return { taints: [], awaited: e.source(node, `${remoteLabel(receiverNode)}.${method}()`, 'remote', method === 'json', method === 'text' ? { stringy: true } : {}) };
  if (/^(got|got\.(get|post))$/.test(name)) {
    // got's body is text unless asked for JSON; from a URL the visitor chose it is whatever page they want.
    const json = args.some((a) => stringValue(objectProperty(a, 'responseType')) === 'json');
    // Its promise also parses the body itself, as a fetch response does: `got(url).json()`, `.text()`.
    return { taints: [], kind: 'fetchResponse', awaited: { taints: [], fields: new Map([['body', e.source(node, name, 'remote', json, json ? {} : { stringy: true })]]) } };
  }
  if (name === 'needle' && typeof stringValue(args[0]) === 'string' && !isFunction(unwrap(args[args.length - 1]!))) {
    // needle(method, url) without a callback is a promise of the response; its body is parsed JSON,
    // or the text of whatever page a visitor-chosen URL serves.
    const text = userChosenUrl(argValues[1]);
    return { taints: [], awaited: { taints: [], fields: new Map([['body', e.source(node, name, 'remote', !text, text ? { stringy: true } : {})]]) } };
  }
  if (/^(axios|axios\.(get|post|put|patch|delete|request)|ky\.(get|post))$/.test(name)) {
    // `responseType: 'text'` (or `axios.get<string>`): the body is a string, HTML if the server says so.
    // From a URL the visitor chose, the server is theirs: it says HTML, and axios hands over the text.
    const text = args.some((a) => stringValue(objectProperty(a, 'responseType')) === 'text') || e.text(node.typeArguments ?? node.typeParameters ?? node).trim() === '<string>'
      || userChosenUrl(argValues[0]?.fields?.get('url') ?? argValues[0]);
    return { taints: [], awaited: { taints: [], fields: new Map([['data', e.source(node, name, 'remote', !text, text ? { stringy: true } : {})]]) } };
  }
  if (SUPERAGENT_CALL.test(name) || (SUPERAGENT_BUILDERS.test(method) && superagentRequest(e, node))) {
    // superagent (and its builder calls, `.set()`, `.query()`…): `res.text` is the page as the
    // server sent it, `res.body` what superagent parsed of it (JSON, forms).
    return { taints: [], awaited: { taints: [], fields: new Map([['text', e.source(node, SUPERAGENT_LABEL, 'remote', false, { stringy: true })], ['body', e.source(node, SUPERAGENT_LABEL, 'remote', true)]]) } };
  }
  if (receiverValue?.kind === 'httpClient' && /^(get|post|put|patch|delete|request|jsonp)$/.test(method)) return { taints: [], awaited: e.source(node, `HttpClient.${method}()`, 'remote', true) };
  if (/^(\$|jQuery)\.(getJSON|get|post|ajax)$/.test(name)) return { taints: [], awaited: e.source(node, name, 'remote', true) };
  if (/^(process\.stdin|readline)\b/.test(name) && /^(read|question)$/.test(method)) return e.source(node, 'stdin', 'cli', false);

  // require('pg'), require('./db'): the module's API path / a reference to the file's exports.
  if (name === 'require' && !isNew && args.length === 1) {
    const spec = stringValue(args[0]);
    if (spec) return importValue(e, spec, '*');
  }
  // A compiler's interop wrapper, `__importDefault(require('fs'))` (even where the file defines it):
  // the module, whose `default` is a CommonJS package itself (a project file publishes its own `default`).
  if (!isNew && args.length === 1 && INTEROP_WRAPPER.test(method) && unwrap(args[0]!).type === 'CallExpression' && qualifiedName(unwrap(args[0]!).callee, e.input.modules, e.aliases) === 'require') {
    const spec = stringValue(unwrap(args[0]!).arguments[0]);
    if (spec) {
      const mod = importValue(e, spec, '*');
      return isRelativeSpecifier(spec) ? mod : { ...mod, fields: new Map([['default', mod]]) };
    }
  }
  // Modelled APIs (built-in rows and the user's `models:`).
  if (site.api) {
    for (const row of matchRows(e.models.sources, site.api)) {
      const v = e.source(node, row.label ?? `${site.name || method}()`, 'request', !!row.object);
      if (row.model) v.taints[0]!.source!.model = row.model;
      return v;
    }
    for (const row of matchRows(e.models.sanitizers, site.api)) return sanitize(argValues[row.arg ?? 0] ?? EMPTY, kindsMask(row.kinds));
  }

  // Markdown renderers: HTML out, the input's raw HTML in it unless the renderer escapes it.
  const rendered = calleeValue?.fn === undefined ? renderedHtml(e, site) : undefined;
  if (rendered) return rendered;

  // Sanitizers (a project's own module is named by its file: `require('./quote')` is `quote`).
  const ownModule = calleeValue?.fn === undefined && !isNew ? RELATIVE_MODULE.exec(name)?.[1] : undefined;
  const sanitizer = sanitizerRow(name) ?? (ownModule ? sanitizerRow(ownModule) : undefined);
  const verdict = sanitizer ? escaperVerdict(e, sanitizer, calleeValue, callee, receiverValue, method, argValues) : undefined;
  // A name only loosely tied to SQL (`escapeString` may escape a regex) whose body escapes no quote:
  // no escaper at all, so no note in the trace of flows of other kinds.
  const notLiteral = !!sanitizer?.literal && !!verdict?.distrust;
  const distrusted = notLiteral ? undefined : verdict?.distrust;
  // (Said in the trace: the name promises escaping the body does not deliver.)
  const noteDistrust = (v: Value): Value => (distrusted ? withStep(v, e.step(node, `passed to ${ownModule ?? name}(), named as an escaper but ${distrusted}`)) : v);
  if (sanitizer && !distrusted && !notLiteral) {
    if (sanitizer.kinds === ALL_KINDS) return EMPTY;
    const input = argValues[sanitizer.arg ?? 0] ?? EMPTY;
    // `sanitizeHtml(x, { allowedTags: false })`: configured to keep what makes HTML dangerous.
    if (sanitizer.kinds & mask('xss') && unsafeSanitizerOptions(e, site)) return withStep(input, e.step(node, `passed to ${name}() with options that let script through`));
    const marked = sanitizer.kinds & mask('xss') ? quoteMarked(input, verdict!.keepsQuotes) : input;
    const escaped = sanitize(marked, sanitizer.kinds);
    // `JSON.stringify(req.headers)`: the text holds every field of the object, credentials included
    // (not so for what a call made of it first: `JSON.stringify(redact(body))`).
    const arg = args[0] && unwrap(args[0]);
    return SERIALIZERS.test(name) && (arg?.type === 'Identifier' || arg?.type === 'MemberExpression') ? serializedWhole(escaped) : escaped;
  }

  // Functions we can see: local, class methods, or imported with a summary from the link step.
  if (calleeValue?.kind === 'template' || calleeValue?.kind === 'rawTemplate') {
    recordTemplateCall(e, calleeValue, argValues[0], site, frame);
    const data = union(...argValues);
    const out: Value = { taints: allTaints(data).map((t) => ({ ...t, whole: false })), stringy: true, text: '<html>' };
    return calleeValue.kind === 'template' ? sanitize(out, mask('xss')) : out;
  }
  const fnId = calleeValue?.fn;
  if (fnId !== undefined) {
    // A method of an instance that carries library objects or injected dependencies runs with them.
    // A recursive call (`this._walk(child)` inside `_walk`) takes the summary: running it inline
    // again at every level multiplies the runs by the call sites per body, exponentially.
    if (receiverValue?.fields && receiverValue.cls && instanceCarriesApis(receiverValue) && e.fns[fnId]!.cls && !e.methodsRunning.has(fnId)) {
      return runMethodOn(e, fnId, receiverValue, argValues, frame);
    }
    // A closure declared inside the running function and called there (`const criteria = () =>
    // ({ $where: `…${threshold}` })`): run where it is called, so what it returns keeps its shape
    // and the enclosing function's values (a summary knows only its own parameters). Only
    // closures nested in the caller's own body: siblings declared in a common wrapper (a bundle's
    // IIFE) calling each other would otherwise run inline inside one another, exponentially.
    // (Also a closure of the function being summarised that calls one of its callback parameters,
    // called from a listener inside it: `const emit = (n) => visit(n); z.on('entry', (e) => emit(e.fileName))`.)
    const inside = !isNew && callee.type === 'Identifier' && declaredInside(e, fnId, frame.fnId);
    const captured = !isNew && callee.type === 'Identifier' && !inside && callsCapturedCallback(e, fnId, frame);
    if ((inside || captured) && !e.fns[fnId]!.cls && !e.methodsRunning.has(fnId) && e.callDepth <= MAX_CALL_DEPTH) {
      e.methodsRunning.add(fnId);
      // (One level only: such siblings calling each other would otherwise run inside one another.)
      if (captured) e.runningCaptured = true;
      try {
        return runCallback(e, fnId, argValues, frame);
      } finally {
        e.methodsRunning.delete(fnId);
        if (captured) e.runningCaptured = false;
      }
    }
    const out = noteDistrust(applyLocal(e, fnId, site, frame));
    // `new Dao(db)` of a constructor function with prototype methods: an instance of that class.
    const protoClass = isNew ? e.fns[fnId]!.cls : undefined;
    const members = e.thisMembers.get(fnId);
    const memberFields = members ? new Map([...members].map(([k, id]): [string, Value] => [k, { taints: [], fn: id }])) : undefined;
    if (protoClass && e.fns[fnId]!.node.type === 'FunctionDeclaration') {
      const injected = injectedFields(protoClass, argValues).fields;
      const fields = new Map([...(memberFields ?? []), ...(injected ?? [])]);
      return union(out, { taints: [], cls: protoClass.name, ...(fields.size ? { fields } : {}) });
    }
    // `new Service(pool)` of a constructor function: an object with its `this.x = …` members.
    if (isNew && memberFields) return union(out, { taints: [], fields: memberFields });
    // `module.exports = factory()`, a UMD wrapper's `factory()`: the object of closures it returns.
    const returned = isNew ? undefined : e.returnedMethods.get(fnId);
    if (returned) return union(out, { taints: [], fields: new Map([...returned].map(([k, id]): [string, Value] => [k, { taints: [], fn: id }])) });
    // `const logAccess = accessLogger(config)`: the function the factory returns, called later.
    const made = isNew ? undefined : e.returnedFunctions.get(fnId);
    if (made) return union(out, made.awaited ? { taints: [], awaited: { taints: [], fn: made.fn } } : { taints: [], fn: made.fn });
    return out;
  }
  if (calleeValue?.cls && isNew) {
    const cls = e.classes.get(calleeValue.cls);
    const ctor = cls?.methods.get('constructor');
    if (ctor !== undefined) applyLocal(e, ctor, site, frame);
    return { taints: [], cls: calleeValue.cls, instance: true, ...injectedFields(cls, argValues) };
  }
  // A function another file's factory made: what it does with its arguments.
  if (calleeValue?.callSummary && !isNew) return applySummary(e, calleeValue.callSummary, site, frame);
  const imported = importedSummary(e, callee, receiverValue, method, argValues, calleeValue);
  if (imported) {
    // (Found by name only, the object is still the one the factory is given: see FieldCall.)
    if (receiverValue && !receiverValue.ref && !receiverValue.cls && method) recordFactoryParamCall(e, frame, receiverNode, method, argValues, node, site.name);
    const out = noteDistrust(applySummary(e, imported, site, frame));
    const result = isTainted(out) ? out : { ...union(out, apiResult(calleeValue, isNew)), ...ctorArgsOf(calleeValue, isNew, argValues) };
    // A factory's product (`accessLogger(config)`): calling it runs the function the factory returns.
    return imported.returnsHandler && !isNew ? { ...result, callSummary: imported.returnsHandler } : result;
  }
  // `this.repo.find(x)` where the constructor stored its parameter in `this.repo`: what the
  // instance was given is known only where it is created (maybe in another file).
  const injected = injectedFieldOf(e, receiverNode, frame);
  if (injected !== undefined) recordFieldCall(e, frame, injected.param, injected.path, method, argValues, node, site.name);
  else if (receiverValue && method) {
    recordFactoryParamCall(e, frame, receiverNode, method, argValues, node, site.name);
    recordParamCall(e, frame, receiverValue, method, argValues, node);
  }

  const out = unknownCall(e, site, frame, isNew);
  // Rows of the application's database: what users saved earlier (only raw view tags report them).
  const stored = isNew ? undefined : databaseRead(e, site);
  if (stored) return union(stored, out);
  // `db.collection('users')` on a handle we cannot trace (a DAO's constructor parameter): the
  // MongoDB driver's shape, so the result is followed as a collection (low confidence: by shape).
  if (!isNew && method === 'collection' && stringValue(args[0]) !== undefined && !receiverValue?.api && !receiverValue?.ref && !out.kind && out.fn === undefined) {
    return { ...out, api: MONGO_COLLECTION_BY_SHAPE };
  }
  // The text of a view file, remembered so a template compiled or rendered from it finds its view.
  if (/(^|\.)readFileSync$/.test(name) && args[0]) {
    const view = viewOf(args[0], nameReader(e, frame));
    if (view) return { ...out, ...view };
  }
  if ((calleeValue?.api || calleeValue?.ref) && !isTainted(out) && !out.kind && out.fn === undefined) return modelWithStatics(e, method, calleeValue?.api, args, { ...out, ...apiResult(calleeValue, isNew), ...ctorArgsOf(calleeValue, isNew, argValues) });
  return out;
}

/** The compiled template a function returns (FunctionSummary.returnsTemplate): a pattern's file is the one this call names. */
function returnedTemplate(t: NonNullable<FunctionSummary['returnsTemplate']>, site: CallSite): Value {
  const kind = t.raw ? 'rawTemplate' as const : 'template' as const;
  if (t.nameParam === undefined) return { taints: [], kind, view: t.view };
  const value = site.argValues[t.nameParam];
  const name = constantName(site.args[t.nameParam], value);
  if (name !== undefined) return { taints: [], kind, view: t.view.replace('*', name) };
  return { taints: [], kind, view: t.view, ...(value?.taints.length ? { viewName: value.taints } : {}) };
}

/** A project file's module called as a function (`require('./lib/quote')(args)`): its file name. */
const RELATIVE_MODULE = /^\.{1,2}\/(?:[^]*\/)?([\w-]+)(?:\.default)?$/;

/** Calls whose text spells out a whole object. */
const SERIALIZERS = /^(JSON\.stringify|util\.inspect|node:util\.inspect)$/;

function serializedWhole(v: Value): Value {
  if (!v.taints.some((t) => t.whole && t.path.length === 0)) return v;
  return { ...v, taints: v.taints.map((t) => (t.whole && t.path.length === 0 ? { ...t, serialized: true as const } : t)) };
}

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
function escaperVerdict(e: TaintEngine, row: SanitizerRow, calleeValue: Value | undefined, callee: Node, receiver: Value | undefined, method: string, argValues: Value[]): { distrust?: string; keepsQuotes: boolean } {
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
  // (`` ` `` and `\` are what a shell or an SQL string literal still reads; HTML has no use for them.)
  if (!(kinds & mask('command', 'sql'))) return undefined;
  let faulty: string | undefined;
  walk(fn, [{ Literal(n) { if (!faulty && n.regex) faulty = overlyWideRange(n.regex.pattern); } }]);
  return faulty ? `its class \`${faulty}\` also takes punctuation (${[...rangeChars(faulty)].filter((c) => !ALNUM.test(c)).join(' ')})` : undefined;
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

/** The function `fnId` is written inside the body of the running function `runningId`. */
function declaredInside(e: TaintEngine, fnId: number, runningId: number | undefined): boolean {
  if (runningId === undefined || runningId === fnId) return false;
  const inner = e.fns[fnId]!.node;
  const outer = e.fns[runningId]!.node;
  return inner.start > outer.start && inner.end <= outer.end;
}

/**
 * A closure written inside the function whose summary is being built, called from another closure
 * run inside it, that calls a parameter of that function it captured (a summary of its own would
 * not see that parameter: functions.ts ownParamsOnly). Run inline, the call is the summary's.
 */
function callsCapturedCallback(e: TaintEngine, fnId: number, frame: Frame): boolean {
  const owner = e.runningCaptured ? undefined : e.summaryOwners.get(frame.summary);
  if (owner === undefined || owner === frame.fnId || !declaredInside(e, fnId, owner)) return false;
  const info = e.fns[fnId]!;
  let names = e.calledNames.get(fnId);
  if (!names) {
    const found = new Set<string>();
    walk(info.node.body, [{ CallExpression(c) { if (c.callee.type === 'Identifier') found.add(c.callee.name); } }]);
    for (const p of info.node.params) found.delete(paramName(p) ?? '');
    e.calledNames.set(fnId, (names = found));
  }
  for (const n of names) {
    const v = info.closure.lookup(n);
    const t = v?.taints.length === 1 ? v.taints[0]! : undefined;
    if (t?.param !== undefined && t.whole && t.path.length === 0) return true;
  }
  return false;
}

const SUPERAGENT_LABEL = 'superagent';
/** Calls that configure a superagent request and return it (`superagent.get(u).set(…).query(…)`). */
const SUPERAGENT_BUILDERS = /^(set|query|send|type|accept|timeout|retry|auth|field|attach|withCredentials|redirects|ok|use|responseType|buffer|unset|agent|ca|cert|key|trustLocalhost|disableTLSCerts)$/;

const SUPERAGENT_CALL = /^superagent(\.(get|post|put|patch|delete|del|head|options))?$/;

/** A builder call on a superagent request (`superagent.get(u).set(…)`): walks the chain down to its start. */
function superagentRequest(e: TaintEngine, node: Node): boolean {
  let n = unwrap(node);
  for (let i = 0; i < 12 && n.type === 'CallExpression'; i++) {
    const callee = unwrap(n.callee);
    if (SUPERAGENT_CALL.test(qualifiedName(callee, e.input.modules, e.aliases) ?? '')) return true;
    if (callee.type !== 'MemberExpression' || !SUPERAGENT_BUILDERS.test(propertyName(callee) ?? '')) return false;
    n = unwrap(callee.object);
  }
  return false;
}

/** The API path given to `x.collection('name')` results whose receiver is unknown. */
const MONGO_COLLECTION_BY_SHAPE = 'mongodb|Db().collection()';

/** `args.push(x)`: the list a local variable holds now carries x's data (and remembers x for arrays.ts). */
function addToList(e: TaintEngine, receiverNode: Node, receiverValue: Value | undefined, args: Node[], argValues: Value[], frame: Frame): void {
  const r = unwrap(receiverNode);
  if (r.type !== 'Identifier') return;
  args.forEach((a, i) => { if (argValues[i] && e.listValues.size < 4096) e.listValues.set(a, argValues[i]!); });
  const added = asListElements(args, argValues).flatMap((v) => (v ? allTaints(v) : []));
  // Only plain lists: `router.push(url)` navigates, and library objects keep their API path.
  const plain = receiverValue && !receiverValue.kind && receiverValue.fn === undefined && !receiverValue.api && !receiverValue.ref && !receiverValue.cls && !/router|history|navigat/i.test(r.name);
  if (!added.length || !plain) return;
  // `crumbs.push({ name: part, href })` onto a list of such records: the list keeps its element's
  // shape (as elementOf reads it), so `c.href` holds what was stored under `href`, not every field's data.
  if (args.length > 0 && args.every(isPlainRecord) && receiverValue.taints.length === 0 && argValues.every((v) => v?.fields?.size && v.taints.length === 0)) {
    assignVar(e, r.name, union(receiverValue, ...argValues.map((v) => ({ taints: [], fields: v!.fields }))), frame);
    return;
  }
  assignVar(e, r.name, union(receiverValue, { taints: added }), frame);
}

/** An object literal of named fields only (no spread, no computed key): its fields are all it holds. */
function isPlainRecord(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'ObjectExpression' && n.properties.every((p: Node) => p.type === 'Property' && !p.computed && p.kind === 'init');
}

/** Link key of the listeners of `event` on another file's export (`./events#*` → `./events#default|on:report`). */
export function listenerKey(ref: string, event: string): string {
  const hash = ref.indexOf('#', 1);
  const key = ref.slice(hash + 1).replace(/^\*(?=$|\.)/, 'default');
  return `${ref.slice(0, hash)}#${key}|on:${event}`;
}

/**
 * `bus.on('report', handler)` and `bus.emit('report', data)` on an emitter another file exports:
 * the listener's summary is published (facts), and an emit with tainted data applies the summaries
 * of every listener the link step found for that emitter and event.
 */
function emitterCall(e: TaintEngine, site: CallSite, frame: Frame): void {
  const event = stringValue(site.args[0]);
  const ref = site.receiverValue?.ref;
  if (event === undefined || !ref) return;
  const key = listenerKey(ref, event);
  if (site.method === 'emit') {
    if (!site.argValues.slice(1).some((v) => isTainted(v))) return;
    e.importCalls.set(key, true);
    const summary = e.input.linkInput?.[key];
    if (summary) applySummary(e, summary, { ...site, args: site.args.slice(1), argValues: site.argValues.slice(1) }, frame);
    return;
  }
  const fn = site.argValues[1]?.fn;
  if (fn !== undefined && e.listeners.length < 32) e.listeners.push({ key, fn });
}

/** `this.emit('export', payload)` / `this.on('export', handler)` inside a method, with a parameter of it: see FunctionSummary.forwards. */
function recordForward(e: TaintEngine, site: CallSite, frame: Frame): void {
  const event = stringValue(site.args[0]);
  if (event === undefined) return;
  let param: number | undefined;
  if (site.method === 'emit') {
    const taints = site.argValues[1]?.taints ?? [];
    if (site.args.length === 2 && taints.length === 1 && taints[0]!.param !== undefined && !taints[0]!.source && taints[0]!.path.length === 0) param = taints[0]!.param;
  } else {
    const h = site.args[1] && unwrap(site.args[1]);
    const i = h?.type === 'Identifier' ? frame.paramNames?.indexOf(h.name) ?? -1 : -1;
    if (i >= 0) param = i;
  }
  if (param === undefined) return;
  const list = (frame.summary.forwards ??= []);
  if (list.length < 8 && !list.some((f) => f.event === event && f.param === param)) list.push({ param, event, listen: site.method !== 'emit' });
}

/** Calling an emitter's wrapper method (FunctionSummary.forwards) on another file's instance. */
function applyForwards(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  const ref = site.receiverValue?.ref;
  if (!ref || !summary.forwards?.length) return;
  for (const f of summary.forwards) {
    const key = listenerKey(ref, f.event);
    const v = site.argValues[f.param];
    if (!v) continue;
    if (f.listen) {
      if (v.fn !== undefined && e.listeners.length < 32) e.listeners.push({ key, fn: v.fn });
      continue;
    }
    if (!isTainted(v)) continue;
    e.importCalls.set(key, true);
    const listener = e.input.linkInput?.[key];
    if (listener) applySummary(e, listener, { ...site, args: site.args[f.param] ? [site.args[f.param]!] : [], argValues: [v] }, frame);
  }
}

/** `new Service(new Repo(db))` of another file's class: the instance remembers the objects it was given. */
function ctorArgsOf(calleeValue: Value | undefined, _isNew: boolean, args: Value[]): Partial<Value> {
  // (A factory's call, `makeService({ repo })`, gives its closures their objects the same way.)
  if (!calleeValue?.ref) return {};
  const known = (a: Value) => !!(a.ref || a.api || a.cls);
  const kept = (a: Value): Value => ({ taints: [], ...(a.ref ? { ref: a.ref } : {}), ...(a.api ? { api: a.api } : {}), ...(a.cls ? { cls: a.cls } : {}), ...(a.ctorArgs ? { ctorArgs: a.ctorArgs } : {}) });
  // An options object of dependencies (`new Service({ repo, pool })`): its known members.
  const members = (a: Value): Map<string, Value> | undefined => {
    if (known(a) || !a.fields) return undefined;
    const out = new Map([...a.fields].filter(([, f]) => known(f)).slice(0, 16).map(([k, f]): [string, Value] => [k, kept(f)]));
    return out.size ? out : undefined;
  };
  const ctorArgs = args.slice(0, 8).map((a): Value => {
    if (known(a)) return kept(a);
    const fields = members(a);
    return fields ? { taints: [], fields } : EMPTY;
  });
  return ctorArgs.some((a) => a !== EMPTY) ? { ctorArgs } : {};
}

/** The constructor parameter a `this.<field>` receiver holds (`constructor(repo) { this.repo = repo }`), and the path below it. */
function injectedFieldOf(e: TaintEngine, receiver: Node | undefined, frame: Frame): { param: number; path: string[] | undefined } | undefined {
  const r = receiver && unwrap(receiver);
  if (!r || r.type !== 'MemberExpression' || unwrap(r.object).type !== 'ThisExpression') return undefined;
  const self = frame.scope.lookup('this');
  const cls = self?.cls ? e.classes.get(self.cls) : undefined;
  const field = propertyName(r);
  const param = cls && field ? cls.paramFields.get(field) : undefined;
  return param === undefined ? undefined : { param, path: cls!.paramFieldPaths?.get(field!) };
}

/**
 * A closure's call on what its factory was given (`({ repo }) => ({ list(s) { return repo.find(s) } })`):
 * recorded as a constructor's field call is (parameters) and with the data it carries (sources);
 * where the factory's product is used with known objects, both continue into them.
 */
function recordFactoryParamCall(e: TaintEngine, frame: Frame, receiverNode: Node | undefined, method: string, args: Value[], call: Node, name: string): void {
  const given = factoryParamOf(e, receiverNode, frame);
  if (!given) return;
  recordFieldCall(e, frame, given.param, given.path, method, args, call, name);
  recordConcreteCall(e, frame, given.param, given.path ?? [], method, args, call, true);
}

/**
 * The parameter of the enclosing factory function that a closure's receiver names (`repo`, or
 * `{ repo }` destructured → ['repo']), when the closure does not declare that name itself.
 */
function factoryParamOf(e: TaintEngine, receiver: Node | undefined, frame: Frame): { param: number; path: string[] | undefined } | undefined {
  const r = receiver && unwrap(receiver);
  const info = frame.fnId !== undefined ? e.fns[frame.fnId] : undefined;
  if (r?.type !== 'Identifier' || !info) return undefined;
  // (Cheap checks first: this runs for every method call on a plain name.)
  const factory = enclosingFunction(e, info);
  if (!factory || factory.cls) return undefined;
  let found: { param: number; path: string[] | undefined } | undefined;
  for (const [i, p] of (factory.node.params as Node[]).entries()) {
    const param = p.type === 'AssignmentPattern' ? p.left : p;
    if (param.type === 'Identifier' && param.name === r.name) found = { param: i, path: undefined };
    else if (param.type === 'ObjectPattern') {
      for (const prop of param.properties) {
        const value = prop.type === 'Property' ? (prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value) : undefined;
        if (value?.type === 'Identifier' && value.name === r.name && !prop.computed) found = { param: i, path: [propertyName(prop)!] };
      }
    }
    if (found) break;
  }
  return found && !declaredNames(info.node).has(r.name) ? found : undefined;
}

/** The function a closure was made in: the nearest function body among the scopes it closes over. */
function enclosingFunction(e: TaintEngine, info: FnInfo): FnInfo | undefined {
  for (let s: Scope | undefined = info.closure; s; s = s.parent) if (s.fnId !== undefined && s.fnId !== info.id) return e.fns[s.fnId];
  return undefined;
}

/** Names a function declares itself (parameters, variables, functions and classes of its body), read once per function. */
const DECLARED = new WeakMap<Node, Set<string>>();
function declaredNames(fn: Node): Set<string> {
  const known = DECLARED.get(fn);
  if (known) return known;
  const out = new Set<string>();
  const bind = (p: Node | null | undefined): void => { for (const name of boundNames(p)) out.add(name); };
  (fn.params as Node[]).forEach(bind);
  if (fn.body) walk(fn.body, [{ VariableDeclarator(d) { bind(d.id); }, FunctionDeclaration(f) { if (f.id) out.add(f.id.name); }, ClassDeclaration(c) { if (c.id) out.add(c.id.name); } }]);
  DECLARED.set(fn, out);
  return out;
}

function recordFieldCall(e: TaintEngine, frame: Frame, ctorParam: number, ctorPath: string[] | undefined, method: string, args: Value[], call: Node, name: string): void {
  let site: SinkSite | undefined;
  args.forEach((v, arg) => {
    for (const t of allTaints(v)) {
      if (t.param === undefined) continue;
      if (!site) {
        const location = e.sinkLoc(call);
        site = { location, label: `${name || method}()`, snippet: snippetAt(e, location), suppression: e.input.suppressionAt?.(location.startLine), context: frame.fnName };
      }
      addFieldCall(frame.summary, { ctorParam, ...(ctorPath ? { ctorPath } : {}), method, arg, param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, site, stringy: !!v.stringy });
    }
  });
}

/**
 * `inventory.list(ctx.query.sort)` where `inventory` is (a member of) a parameter of the function
 * being summarised: the object is known only where the function is called (often in another file,
 * `hostRoutes({ inventory: new Inventory(db) })`), so the call is recorded with the data it carries.
 */
function recordParamCall(e: TaintEngine, frame: Frame, receiver: Value, method: string, args: Value[], call: Node): void {
  if (receiver.kind || receiver.api || receiver.ref || receiver.cls || receiver.fn !== undefined) return;
  const own = receiver.taints.find((t) => t.param !== undefined && !t.source && t.path.length <= 2);
  if (!own || receiver.taints.length !== 1) return;
  recordConcreteCall(e, frame, own.param!, own.path, method, args, call, false);
}

/** The untrusted data of a call on a parameter's object (or, `factory`, on one the enclosing factory was given). */
function recordConcreteCall(e: TaintEngine, frame: Frame, param: number, path: string[], method: string, args: Value[], call: Node, factory: boolean): void {
  args.forEach((v, arg) => {
    const concrete = allTaints(v).filter((t) => t.source && t.param === undefined && t.source.category !== 'library');
    if (!concrete.length) return;
    const step = e.step(call, `passed to ${memberPath(call.callee) ?? method}() of an object given to ${frame.fnName}()`);
    const location = e.loc(call);
    const at: SinkSite = { location, label: `${memberPath(call.callee) ?? method}()`, snippet: snippetAt(e, location), suppression: e.input.suppressionAt?.(location.startLine), context: frame.fnName };
    addParamCall(frame.summary, { param, path, method, arg, taints: concrete.slice(0, 4).map((t) => ({ ...t, steps: [...t.steps, step].slice(-12) })), at, ...(factory ? { factory } : {}) });
  });
}

/**
 * `method` of another file's export `ref` (a class instance or object handed in): records the
 * candidates the link step must summarise and applies the summary when it already has one.
 */
function applyLinkedMethod(e: TaintEngine, ref: string, method: string, inner: CallSite, frame: Frame): void {
  const found = linkedMethodSummary(e, ref, method);
  if (found) applySummary(e, found, inner, frame);
}

function linkedMethodSummary(e: TaintEngine, ref: string, method: string): FunctionSummary | undefined {
  const candidates = refCandidates(`${ref}.${method}`);
  for (const c of candidates) e.importCalls.set(c, true);
  return candidates.map((c) => e.input.linkInput?.[c]).find(Boolean);
}

/**
 * What a summary's recorded parameter calls do with the objects this call site gives: the method
 * of another file's class instance (through the link step), of a class or object of this file.
 */
function applyParamCalls(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame, factory = false): void {
  if (!summary.paramCalls?.length || e.callDepth > MAX_CALL_DEPTH) return;
  for (const pc of summary.paramCalls) {
    if (!pc.factory !== !factory) continue;
    let target = site.argValues[pc.param];
    if (!target) continue;
    for (const p of pc.path) target = readMember(e, target, p, site.call, frame);
    if (!target || isTainted(target)) continue;
    const argValues: Value[] = [];
    for (let i = 0; i < pc.arg; i++) argValues[i] = EMPTY;
    argValues[pc.arg] = { taints: pc.taints.map((t) => ({ ...t, steps: [...t.steps] })) };
    const inner: CallSite = { ...site, name: pc.method, method: pc.method, args: [], argValues, receiverValue: target, ...(pc.at ? { at: pc.at } : {}) };
    e.callDepth++;
    try {
      const local = target.cls ? e.classes.get(target.cls)?.methods.get(pc.method) : target.fields?.get(pc.method)?.fn;
      if (local !== undefined) applyLocal(e, local, inner, frame);
      else if (target.ref) applyLinkedMethod(e, target.ref, pc.method, inner, frame);
    } finally {
      e.callDepth--;
    }
  }
}

/**
 * `this.pool.raw(sql)` on a constructor parameter that the instance was given as a library object
 * (`new UserService(acme.createPool())` in another file): a sink if a model says so, reported at
 * the call inside the class.
 */
function fieldCallSinks(e: TaintEngine, fc: FieldCall, api: string, v: Value, frame: Frame): void {
  if (!fc.site) return;
  for (const row of matchRows(e.models.sinks, apiMember(api, fc.method))) {
    if (!row.args.includes(fc.arg)) continue;
    const site: SinkSite = { ...fc.site, ...(row.model ? { model: row.model } : {}) };
    for (const t of liveTaints(v, row.kind)) emit(e, row.kind, t, site, frame, fc.stringy ?? !!v.stringy);
  }
}

/**
 * A method of another file's class called `this.<field>.<method>(param)` on a constructor
 * parameter: at `service.search(x)`, the instance's constructor arguments say what that field is
 * (`new Service(new Repo(db))`), so the call continues into that object's method.
 */
function applyFieldCalls(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  const instance = site.receiverValue?.ctorArgs;
  if (!instance || !summary.fieldCalls?.length || e.callDepth > MAX_CALL_DEPTH) return;
  for (const fc of summary.fieldCalls) {
    let target: Value | undefined = instance[fc.ctorParam];
    for (const p of fc.ctorPath ?? []) target = target?.fields?.get(p);
    const arg = site.argValues[fc.param];
    if (!target || !arg || !isTainted(arg)) continue;
    let v = arg;
    for (const p of fc.path) v = readMember(e, v, p, site.call, frame);
    v = sanitize(v, fc.sanitized & ALL_KINDS);
    if (!isTainted(v)) continue;
    const step = e.step(site.args[fc.param] ?? site.call, `passed to ${summary.name}(), which calls ${fc.method}() on an object its constructor was given`);
    const argValues: Value[] = [];
    argValues[fc.arg] = { ...v, taints: allTaints(v).map((t) => ({ ...t, steps: [...t.steps, step, ...fc.steps].slice(-12) })) };
    for (let i = 0; i < fc.arg; i++) argValues[i] ??= EMPTY;
    const inner: CallSite = { ...site, name: fc.method, method: fc.method, args: [], argValues, receiverValue: target };
    e.callDepth++;
    try {
      const local = target.cls ? e.classes.get(target.cls)?.methods.get(fc.method) : undefined;
      if (local !== undefined) applyLocal(e, local, inner, frame);
      else if (target.api && !target.ref) fieldCallSinks(e, fc, target.api, argValues[fc.arg]!, frame);
      else if (target.ref) applyLinkedMethod(e, target.ref, fc.method, inner, frame);
    } finally {
      e.callDepth--;
    }
  }
}

function importBindingValue(e: TaintEngine, name: string): Value | undefined {
  const b = e.input.modules.bindings.get(name);
  return b ? bindingValue(e, b) : undefined;
}

/** Constructor parameters stored on `this` (`this.db = db`) that received a library object or a project export. */
function injectedFields(cls: ClassInfo | undefined, args: Value[]): Partial<Value> {
  if (!cls || cls.paramFields.size === 0) return {};
  const fields = new Map<string, Value>();
  for (const [field, i] of cls.paramFields) {
    let a: Value | undefined = args[i];
    for (const p of cls.paramFieldPaths?.get(field) ?? []) a = a?.fields?.get(p);
    if (a && (a.api || a.ref) && !isTainted(a)) fields.set(field, { taints: [], ...(a.api ? { api: a.api } : {}), ...(a.ref ? { ref: a.ref } : {}) });
  }
  return fields.size ? { fields } : {};
}

function instanceCarriesApis(v: Value): boolean {
  for (const f of v.fields!.values()) if (f.api || f.ref) return true;
  return false;
}

/** Run a method with `this` bound to a known instance; flows of the caller's parameters join the caller's summary. */
function runMethodOn(e: TaintEngine, fnId: number, self: Value, args: Value[], frame: Frame): Value {
  if (e.callDepth > MAX_CALL_DEPTH) return EMPTY;
  e.callDepth++;
  e.methodsRunning.add(fnId);
  try {
    return runFunction(e, e.fns[fnId]!, args, false, self, frame.summary, frame.lambda).returned;
  } finally {
    e.methodsRunning.delete(fnId);
    e.callDepth--;
  }
}

export function evalArgument(e: TaintEngine, arg: Node, index: number, call: Node, name: string, method: string, receiver: Value | undefined, frame: Frame): Value {
  const a = unwrap(arg);
  if (a.type === 'SpreadElement') {
    if (ROUTE_METHODS.test(method) && call.callee.type === 'MemberExpression' && isRouteRegistration(call, index)) registeredHandlers(e, a, call, frame, 0);
    return evaluate(e, a.argument, frame);
  }
  const fnValue = isFunction(a) ? { taints: [], fn: e.registerFunction(a, frame.scope) } : undefined;
  // Hapi/Fastify route objects: { method, path, handler }
  if (a.type === 'ObjectExpression' && /(^|\.)(route)$/.test(name)) {
    const handler = objectProperty(a, 'handler');
    if (handler && isFunction(unwrap(handler))) runCallback(e, e.registerFunction(unwrap(handler), frame.scope, 'handler'), [{ taints: [], kind: 'request' }, { taints: [], kind: 'response' }], frame);
  }
  const v = fnValue ?? evaluate(e, arg, frame);
  if (v.fn === undefined) {
    // Handlers the router gets as something other than an inline function: middleware arrays,
    // `factory()` results, handlers imported from another file.
    if (ROUTE_METHODS.test(method) && call.callee.type === 'MemberExpression' && isRouteRegistration(call, index)) registeredHandlers(e, arg, call, frame, 0);
    return v;
  }
  const params = needleCallback(e, v.fn, index, call, name, frame) ?? realpathCallback(e, index, call, name, frame) ?? callbackParams(e, v.fn, index, call, name, method, receiver);
  // (A queue worker's processor returns the job's result to the queue, not to the function that made the worker.)
  if (params) e.callbackReturns.set(call, runCallback(e, v.fn, params, frame, e.libraryRun && fnValue ? frame.scope : undefined, params[0]?.fields?.get('data')?.kind === 'jobData'));
  // An inline callback to a call we do not model (new Promise, db.query's callback, useEffect):
  // run it here so it sees the variables around it.
  // What it returns is kept for models that need it (Vue's `computed(() => …)`).
  // (Run again for a library's caller, with this run's variables: the first run saw its own.)
  else if (fnValue && !e.analyzedInline.has(v.fn)) e.callbackReturns.set(call, runCallback(e, v.fn, [], frame));
  else if (fnValue && e.libraryRun) e.callbackReturns.set(call, runCallback(e, v.fn, [], frame, frame.scope));
  return v;
}

/** A string literal, or a compiled template's `"".concat(…)` (chained: `"".concat(a, "/x?").concat(q)`). */
function isStringLiteral(n: Node): boolean {
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propertyName(n.callee) === 'concat') return isStringLiteral(unwrap(n.callee.object));
  return (n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateLiteral';
}

/** Run (local) or apply (summary) the handlers a route registration argument stands for, with a request. */
function registeredHandlers(e: TaintEngine, arg: Node, call: Node, frame: Frame, depth: number): void {
  if (depth > 3) return;
  const a = unwrap(arg.type === 'SpreadElement' ? arg.argument : arg);
  // (What the route's validation narrows is read once per registration, for every handler in it.)
  let route: Value | undefined;
  const routeValue = () => (route ??= routeRequest(e, call));
  const request = (): Value[] => (e.honoFile ? [honoContext(routeValue()), EMPTY] : [routeValue(), { taints: [], kind: 'response' }, EMPTY]);
  // A summary reads fields of its parameter: hand it the request's fields, labelled `req.<field>`
  // (with what the route's validation narrows).
  const requestFields = (): Value[] => {
    const narrow = routeValue().fields;
    return [
      { taints: [], fields: new Map(Object.entries(REQUEST_FIELDS).map(([k, f]) => {
        const read = e.source(call, `req.${k}`, 'request', f.object);
        const src = RAW_WIRE_FIELDS.has(k) ? sanitize(read, mask('log')) : read;
        const known = narrow?.get(k)?.fields;
        return [k, known ? { ...src, fields: known } : src];
      })) },
      { taints: [], kind: 'response' }, EMPTY,
    ];
  };
  // (`receiver`: the object a handler is a method of, `controller.list`; made by a factory given
  // known objects, its calls on them continue there: applyFieldCalls.)
  const apply = (summary: FunctionSummary | undefined, receiver?: Value) => {
    if (!summary) return;
    const given = receiver?.ctorArgs && summary.fieldCalls?.length ? { receiverValue: receiver } : {};
    // (An error middleware's error is its own file's business: that file reads it as one.)
    const site: CallSite = { call, name: summary.name, method: summary.name, args: [], argValues: summary.errorHandler ? [EMPTY, ...requestFields()] : requestFields(), ...given };
    if (summary.sinks.length || given.receiverValue) applySummary(e, summary, site, frame);
    // Request data it passes to the objects its factory was given.
    if (receiver?.ctorArgs && summary.paramCalls?.some((pc) => pc.factory)) applyParamCalls(e, summary, { ...site, argValues: receiver.ctorArgs }, frame, true);
  };
  if (isFunction(a)) {
    const id = e.registerFunction(a, frame.scope, 'handler');
    if (!e.analyzedInline.has(id)) runCallback(e, id, request(), frame);
    return;
  }
  if (a.type === 'ArrayExpression') {
    for (const el of a.elements as (Node | null)[]) if (el) registeredHandlers(e, el, call, frame, depth + 1);
    return;
  }
  if (a.type === 'CallExpression') {
    // `makeHandler(opts)`: a local factory, or one imported from another file.
    const callee = unwrap(a.callee);
    const local = callee.type === 'Identifier' ? frame.scope.lookup(callee.name) : undefined;
    const factory = local?.fn !== undefined ? summaryOf(e, local.fn) : linkedSummary(e, callee);
    apply(factory?.returnsHandler);
    // `asyncHandler(controller.approve)`: a wrapper that calls what it is given registers that handler.
    const wrapped = factory?.returnsCallable !== undefined ? a.arguments[factory.returnsCallable] : undefined;
    if (wrapped && wrapped.type !== 'SpreadElement') registeredHandlers(e, wrapped, call, frame, depth + 1);
    return;
  }
  if (a.type === 'Identifier' || a.type === 'MemberExpression') {
    const local = a.type === 'Identifier' ? frame.scope.lookup(a.name) : undefined;
    if (local?.fn !== undefined) {
      if (!e.analyzedInline.has(local.fn)) runCallback(e, local.fn, request(), frame);
      return;
    }
    // `const handler = createHandler(root)` with the factory in another file.
    if (local?.callSummary) {
      apply(local.callSummary);
      return;
    }
    // `controller.list` of an object another file's factory made (`require('./controller')(deps)`),
    // or of another file's class a DI container made (`container.resolve(SupplierController)`).
    const owner = a.type === 'MemberExpression' ? evaluate(e, a.object, frame) : undefined;
    const name = a.type === 'MemberExpression' ? propertyName(a) : undefined;
    recordHandlerRoute(e, a, routeValue(), owner, name);
    apply(linkedSummary(e, a) ?? (owner?.ref && name ? linkedMethodSummary(e, owner.ref, name) : undefined), owner);
  }
}

/**
 * An imported handler registered here: which request fields this route's validation narrows, for
 * the handler's own file (it reads `req` as a request of any route; ROUTE_NARROWING_KEY). Several
 * registrations of one handler keep what all of them narrow.
 */
function recordHandlerRoute(e: TaintEngine, handler: Node, route: Value, owner?: Value, method = ''): void {
  const narrow = route.fields;
  // (Keys typed only as strings still hold text: not handed over as narrow.)
  const fields = [...(narrow ?? [])].flatMap(([part, v]) => [...(v.fields ?? [])].filter(([, f]) => !f.stringy || f.shadows).map(([n]) => `${part}.${n}`));
  for (const key of importCandidates(e, handler, owner?.cls?.startsWith('@import:') ? owner : undefined, method)) {
    const before = e.handlerRoutes.get(key);
    e.handlerRoutes.set(key, before ? before.filter((f) => fields.includes(f)) : fields);
  }
}

/** The summary of another file's function, asking the link step for it whatever the arguments. */
function linkedSummary(e: TaintEngine, callee: Node): FunctionSummary | undefined {
  const candidates = importCandidates(e, callee, undefined, '');
  for (const c of candidates) e.importCalls.set(c, true);
  const link = e.input.linkInput;
  if (!link) return undefined;
  for (const c of candidates) if (link[c]) return link[c];
  return undefined;
}

/** What a callback receives, for the callers we model; undefined = analyse on its own later. */
export function callbackParams(e: TaintEngine, fnId: number, index: number, call: Node, name: string, method: string, receiver: Value | undefined): Value[] | undefined {
  const info = e.fns[fnId]!;
  const nparams = info.node.params.length;
  const names = info.node.params.map((p: Node) => paramName(p));
  // (A callback whose only parameter is named as a response, `client.get(url, (res) => …)`, gets a
  // response: an HTTP client's call, not a route's handler.)
  const getsResponse = nparams === 1 && RESPONSE_PARAM_NAMES.test(names[0] ?? '') && names[0] !== 'h';
  if (ROUTE_METHODS.test(method) && call.callee.type === 'MemberExpression' && !NODE_HTTP_CLIENT_CALLS.test(name) && !getsResponse && isRouteRegistration(call, index)) {
    if (nparams === 4) return [errorValue(e, info.node.params[0], true), { taints: [], kind: 'request' }, { taints: [], kind: 'response' }, EMPTY];
    if (e.honoFile) return [honoContext(routeRequest(e, call)), EMPTY];
    return [routeRequest(e, call), { taints: [], kind: names[1] === 'next' ? undefined : 'response' }, EMPTY];
  }
  // Hono's error and not-found handlers: `app.onError((err, c) => …)`, `app.notFound((c) => …)`.
  if (e.honoFile && index === 0 && call.callee.type === 'MemberExpression') {
    if (method === 'onError') return [errorValue(e, info.node.params[0] ?? call, true), honoContext({ taints: [], kind: 'request' })];
    if (method === 'notFound') return [honoContext({ taints: [], kind: 'request' })];
  }
  // Fastify's error handler: `fastify.setErrorHandler((error, request, reply) => …)`.
  if (method === 'setErrorHandler' && index === 0 && call.callee.type === 'MemberExpression') return [errorValue(e, info.node.params[0] ?? call, true), { taints: [], kind: 'request' }, { taints: [], kind: 'response' }];
  // Queue workers: BullMQ `new Worker(name, (job) => …)`, Bull `queue.process([name,] [concurrency,] (job) => …)`.
  // `jobs.process(fn)` on another file's export: ask the link step what it is (a queue it creates?),
  // as for a call with request data, so a later round knows `fn` is that queue's worker.
  if (method === 'process' && receiver?.ref && index === call.arguments.length - 1) for (const c of refCandidates(receiver.ref)) e.importCalls.set(c, true);
  if ((index === 1 && /^(bullmq\.Worker|bullmq\.default\.Worker)$/.test(name)) || (method === 'process' && index === call.arguments.length - 1 && call.callee.type === 'MemberExpression' && isJobQueue(e, call.callee.object, receiver))) return [queuedJob()];
  // Multipart parsers: busboy's `file`/`field` events, formidable's `form.parse(req, (err, fields, files) => …)`.
  const upload = uploadCallbackParams(e, info.node.params, index, call, method, names);
  if (upload) return upload;
  // An archive reader's entries: `zipfile.on('entry', (entry) => …)` in a file that uses yauzl,
  // `extract.on('entry', (header, stream, next) => …)` with tar-stream. (Known by the file's
  // imports: the reader itself usually arrives through a callback or a promise.)
  if (index === 1 && nparams > 0 && /^(on|once|addListener|prependListener)$/.test(method) && stringValue(call.arguments[0]) === 'entry' && [...e.input.modules.specifiers].some((s) => ARCHIVE_ENTRY_READERS.test(s))) {
    return [e.source(info.node.params[0], names[0] ?? 'entry', 'archive', false)];
  }
  // Electron: what a renderer sends over IPC (`ipcMain.handle('read', (event, path) => …)`). A
  // renderer shows web content; one script injection there and these arguments are the attacker's.
  if (index === 1 && ELECTRON_IPC.test(name)) {
    const channel = stringValue(call.arguments[0]) ?? '…';
    return info.node.params.map((p: Node, i: number) => (i === 0 ? EMPTY : e.source(p, `ipcMain '${channel}' ${names[i] ?? `argument ${i}`}`, 'request', true)));
  }
  // `new Promise((resolve, reject) => …)`: the executor's `resolve` collects the promise's value.
  if (index === 0 && name === 'Promise' && call.type === 'NewExpression') {
    const resolved: Value[] = [];
    e.promiseResolves.set(call, resolved);
    return [{ taints: [], resolves: resolved }, EMPTY];
  }
  // A plain Node request is a stream of its body: `req.on('data', (chunk) => …)` (http.createServer
  // handlers, body-reading helpers written by hand).
  if (receiver?.kind === 'request' && /^(on|once|addListener)$/.test(method) && index === 1 && stringValue(call.arguments[0]) === 'data') {
    return [e.source(info.node.params[0] ?? call, 'request body', 'request', false)];
  }
  // socket.io / ws: `io.on('connection', (socket) => …)`, `wss.on('connection', (ws, req) => …)`.
  if ((method === 'on' || method === 'once') && index === 1 && stringValue(call.arguments[0]) === 'connection') return [{ taints: [], kind: 'socket' }, { taints: [], kind: 'request' }];
  // A connected client's messages: `socket.on('chat', (msg, ack) => …)`, `ws.on('message', (data) => …)`.
  if (receiver?.kind === 'socket' && (method === 'on' || method === 'once') && index === 1) {
    const event = stringValue(call.arguments[0]);
    if (event === undefined || SOCKET_LIFECYCLE_EVENTS.test(event)) return undefined;
    const last = nparams - 1;
    return info.node.params.map((p: Node, i: number) => (i > 0 && i === last && SOCKET_ACK_PARAMS.test(names[i] ?? '')
      ? EMPTY
      : e.source(p, `socket message '${event}'`, 'request', event !== 'message' && event !== 'data')));
  }
  // vue-router navigation guards: the target route's query, params and hash come from the URL.
  if (/^(beforeEach|beforeResolve|afterEach)$/.test(method) && index === 0 && /(^|\.)(router|\$router)$/i.test(memberPath(call.callee.object ?? call) ?? '')) {
    return [vueRoute(e, info.node.params[0] ?? call, 'to'), vueRoute(e, info.node.params[1] ?? call, 'from')];
  }
  if (receiver && (method === 'then' || method === 'finally') && index === 0) return [receiver.awaited ?? receiver];
  // jQuery's ajax helpers: `$.getJSON(url, (data) => …)`, `$.ajax({ … }).done((data) => …)`.
  if (/^(\$|jQuery)\.(getJSON|get|post)$/.test(name) && index > 0) return [e.source(info.node.params[0] ?? call, name, 'remote', true)];
  if (receiver?.awaited && method === 'done' && index === 0) return [receiver.awaited];
  // RxJS: `source$.subscribe((value) => …)` receives what the observable carries.
  if (receiver && method === 'subscribe' && index === 0 && isTainted(receiver)) return [receiver.awaited ?? receiver];
  if (receiver && method === 'catch' && index === 0) return [errorValue(e, info.node.params[0] ?? call)];
  if (receiver && /^(map|forEach|filter|find|some|every|flatMap|findLast|sort)$/.test(method) && index === 0) return [elementOf(e, receiver), EMPTY];
  // text.replace(re, (match, ...groups) => …): the callback sees pieces of the text.
  if (receiver && isTainted(receiver) && (method === 'replace' || method === 'replaceAll') && index === 1) return info.node.params.map(() => elementOf(e, receiver));
  if (receiver && method === 'reduce' && index === 0) return [EMPTY, elementOf(e, receiver)];
  if (/(^|\.)addEventListener$/.test(name) && index === 1 && stringValue(call.arguments[0]) === 'message') return [messageEvent(e, info.node.params[0] ?? call)];
  if (/^(process\.stdin\.on|process\.stdin\.once)$/.test(name) || (method === 'on' && /^(line|data)$/.test(stringValue(call.arguments[0]) ?? '') && /stdin|rl|readline|input/i.test(memberPath(call.callee.object ?? call) ?? ''))) {
    return [e.source(info.node.params[0] ?? call, 'stdin', 'cli', false)];
  }
  if (method === 'question' && index === 1) return [e.source(info.node.params[0] ?? call, 'user input (readline)', 'cli', false)];
  return undefined;
}

/**
 * needle's callback `(err, resp, body)`: the fetched body (also `resp.body`). needle parses JSON
 * replies; from a URL the visitor chose, the reply is whatever page they serve, as text.
 */
function needleCallback(e: TaintEngine, fnId: number, index: number, call: Node, name: string, frame: Frame): Value[] | undefined {
  if (!/^needle(\.(get|post|put|patch|delete|head|request))?$/.test(name) || index === 0 || index !== call.arguments.length - 1) return undefined;
  const urlArg = call.arguments[name === 'needle' || name === 'needle.request' ? 1 : 0];
  const text = !!urlArg && userChosenUrl(evaluate(e, urlArg, frame));
  const params = e.fns[fnId]!.node.params;
  const body = e.source(params[2] ?? params[1] ?? call, name, 'remote', !text, text ? { stringy: true } : {});
  return [EMPTY, { taints: [], fields: new Map([['body', body]]) }, body];
}

/** `fs.realpath(p, (err, resolved) => …)`: the callback gets p resolved. */
function realpathCallback(e: TaintEngine, index: number, call: Node, name: string, frame: Frame): Value[] | undefined {
  if (!REALPATH.test(name) || index === 0 || index !== call.arguments.length - 1) return undefined;
  return [EMPTY, realpathOf(evaluate(e, call.arguments[0], frame))];
}

function markChain(e: TaintEngine, receiver: Node): void {
  let n: Node | undefined = unwrap(receiver);
  for (let i = 0; i < 8 && n && n.type === 'CallExpression'; i++) {
    e.nonHtmlResponses.add(n);
    const c = unwrap(n.callee);
    n = c.type === 'MemberExpression' ? unwrap(c.object) : undefined;
  }
}

/** A URL from the request whose origin is not pinned by constant text before it. */
function userChosenUrl(v: Value | undefined): boolean {
  if (!v || (v.prefix !== undefined && fixedOrigin(v.prefix, 'ssrf'))) return false;
  return liveTaints(v, 'ssrf').some((t) => t.source?.category === 'request');
}

function remoteLabel(receiver: Node | undefined): string {
  const text = receiver ? memberPath(receiver) : undefined;
  return text && text.length <= 40 ? text : 'fetch()';
}

/** A vue-router route: the URL's query, params, hash and path are the visitor's to choose. */
export function vueRoute(e: TaintEngine, at: Node, name: string): Value {
  return { taints: [], fields: new Map(['query', 'params', 'hash', 'fullPath', 'path', 'href'].map((f) => [f, e.source(at, `${name}.${f}`, 'browser', false)])) };
}

/**
 * SvelteKit's current page: `$page` (the `page` store of `$app/stores`, auto-subscribed in a
 * component) or `page` of `$app/state` (Svelte 5). Its URL and route parameters are the address
 * the visitor opened; `data`, `form` and `status` are the app's own.
 */
export function sveltePage(e: TaintEngine, at: Node, name: string): Value | undefined {
  const store = name.startsWith('$');
  const b = e.input.modules.bindings.get(store ? name.slice(1) : name);
  if (b?.name !== 'page' || b.module !== (store ? '$app/stores' : '$app/state')) return undefined;
  const part = (f: string) => e.source(at, `page.url.${f}`, 'browser', false);
  const url = new Map<string, Value>(['hash', 'search', 'href', 'pathname'].map((f) => [f, part(f)]));
  url.set('searchParams', { ...part('searchParams'), kind: 'searchParams' });
  return { taints: [], fields: new Map([['url', { ...e.source(at, 'page.url', 'browser', false), fields: url }], ['params', e.source(at, 'page.params', 'browser', false)]]) };
}

/**
 * Angular's `ActivatedRoute`: query and path parameters, fragment and URL (snapshot or observable)
 * come from the URL; `data`, `routeConfig` and `component` are the app's own.
 */
/** Angular's `HttpClient`, injected by type. */
export function isAngularHttpClient(e: TaintEngine, typeName: string): boolean {
  if (typeName !== 'HttpClient') return false;
  const binding = e.input.modules.bindings.get(typeName) ?? e.input.modules.types?.get(typeName);
  return binding?.module === '@angular/common/http';
}

export function isAngularRoute(e: TaintEngine, typeName: string): boolean {
  if (typeName !== 'ActivatedRoute' && typeName !== 'ActivatedRouteSnapshot') return false;
  const binding = e.input.modules.bindings.get(typeName) ?? e.input.modules.types?.get(typeName);
  return binding?.module === '@angular/router';
}

export function angularRoute(e: TaintEngine, at: Node): Value {
  const parts = ['queryParamMap', 'paramMap', 'queryParams', 'params', 'fragment', 'url'];
  const fields = (prefix: string) => new Map(parts.map((f) => [f, e.source(at, `${prefix}.${f}`, 'browser', false)]));
  return { taints: [], fields: new Map([...fields('route'), ['snapshot', { taints: [], fields: fields('route.snapshot') }]]) };
}

export function messageEvent(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map([['data', e.source(at, 'postMessage data', 'browser', true)]]) };
}

export function messageHandler(e: TaintEngine, v: Value, frame: Frame): void {
  if (v.fn !== undefined) runCallback(e, v.fn, [messageEvent(e, e.fns[v.fn]!.node)], frame);
}

/**
 * Run a callback where it is passed. It shares the enclosing function's summary: a parameter of
 * the enclosing function that reaches a sink inside the callback is the enclosing function's flow.
 */
export function runCallback(e: TaintEngine, fnId: number, params: Value[], frame: Frame, closure?: Scope, returnsElsewhere = false): Value {
  if (e.callDepth > MAX_CALL_DEPTH) return EMPTY;
  e.callDepth++;
  try {
    e.analyzedInline.add(fnId);
    const info = e.fns[fnId]!;
    return runFunction(e, { ...info, ...(closure ? { closure } : {}), guards: frame.guards }, params, false, undefined, frame.summary, frame.lambda, returnsElsewhere).returned;
  } finally {
    e.callDepth--;
  }
}

export function applyLocal(e: TaintEngine, fnId: number, site: CallSite, frame: Frame): Value {
  return applySummary(e, summaryOf(e, fnId), site, frame);
}

/**
 * Apply a summary at a call site: sinks inside the callee become flows (or entries of the caller's
 * own summary). When the callee passes the argument to its sink unchanged (a wrapper such as
 * `db.query = (sql, p) => pool.query(sql, p)`), the finding belongs where the dangerous value is
 * built — this call — so it is reported here; otherwise at the sink inside the callee.
 */
/**
 * Markup written into the page by a package's internal helper (`mount(el, html) { el.innerHTML = html }`):
 * in a library's run the helper is the package's own sink, reported there as if it were exported.
 */
const DOM_MARKUP = /\.(innerHTML|outerHTML)$|insertAdjacentHTML|document\.write/;

/** A command line written at the call (`run(\`lsof -i :${port}\`)`, `'kill ' + pid`), not a variable holding one. */
function builtHere(arg: Node | undefined): boolean {
  const a = arg && unwrap(arg);
  return !!a && (a.type === 'TemplateLiteral' || (a.type === 'BinaryExpression' && a.operator === '+'));
}

export function applySummary(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): Value {
  const callStep = (i: number) => e.step(site.args[i] ?? site.call, `passed to ${summary.name}() as argument ${i + 1}`);
  for (const s of summary.sinks) {
    const arg = site.argValues[s.param];
    if (!arg) continue;
    if ((s.kind === 'log' || s.kind === 'logData') && loggedHere(site, s.param)) continue;
    let v = arg;
    for (const p of s.path) v = readMember(e, v, p, site.call, frame);
    // A check here on the field the callee uses (`if (!isIdentifier(o.name)) throw …; build(o)`) holds inside it too.
    const argPath = s.path.length && frame.guards.size && site.args[s.param] ? memberPath(unwrap(site.args[s.param]!)) : undefined;
    const checked = argPath ? (frame.guards.get(`${argPath}.${s.path.join('.')}`) ?? 0) & ~GUARD_ONLY : 0;
    if (checked) v = sanitize(v, checked);
    // A length bound checked by the caller protects a polynomial regex inside the callee too.
    let live = liveTaints(v, s.kind).filter((t) => !(s.kind === 'redos' && s.sink.backtracking !== 'exponential' && t.sanitized & LENGTH_BOUNDED));
    // A regex compiled from a library's pattern parameter: the other parameters built into it configure the pattern (sinks.ts reportSink).
    if (s.kind === 'regex' && allTaints(v).some((t) => t.sanitized & PATTERN_INPUT)) live = live.filter((t) => t.source?.category !== 'library');
    if (live.length === 0) continue;
    // Query and HTML wrappers take text built by the caller; the fix belongs there.
    // (A filter the caller did not build, such as a request object passed on whole, becomes a query
    // in the callee: reported at its sink, as any other flow into a service method.)
    // (In a package, its own query method's driver call in this file is where every statement its
    // public methods build reaches the database: reported there, as the package's own sink.)
    const ownDriverCall = s.kind === 'sql' && site.localFn === true && s.sink.location.path === e.input.path && inLibraryPackage(e);
    // So do command runners (`run(cmd)` → `exec(cmd)`) given a command line built here.
    const passThrough = !s.stringy && !s.nested && !s.sink.fragment && !s.sink.objectExpanded && s.path.length === 0 && ((s.kind === 'sql' && !ownDriverCall) || (s.kind === 'xss' && !(e.libraryRun && DOM_MARKUP.test(s.sink.label))) || (s.kind === 'nosql' && (!!v.fields || !!v.stringy)) || (s.kind === 'command' && builtHere(site.args[s.param])));
    const sinkSite: SinkSite = passThrough
      ? site.at
        ? { ...site.at, label: `${site.at.label} → ${s.sink.label}` }
        : { location: e.loc(site.call), label: `${site.name || summary.name}() → ${s.sink.label}`, suppression: e.input.suppressionAt?.(e.loc(site.call).startLine), context: frame.fnName }
      : s.sink;
    for (const t of live) {
      // Where the callee put the argument (the base of a path it builds, or after it) composes with
      // where the caller put the parameter's value: appended on either side is appended; passed on
      // whole, the caller's position stands.
      const sanitized = s.sanitized & APPENDED ? (t.sanitized & ~LEADING_BASE) | APPENDED : s.stringy && !(t.sanitized & APPENDED) ? t.sanitized | (s.sanitized & LEADING_BASE) : t.sanitized;
      // (A check inside the callee that the bound value is a string holds for the caller's value too.)
      const merged: Taint = { ...t, sanitized: s.sink.objectExpanded ? sanitized | (s.sanitized & mask('nosql')) : sanitized, whole: t.whole && s.whole, steps: passThrough ? [...t.steps] : [...t.steps, callStep(s.param), ...s.steps] };
      // (The statement text the caller built, for the audit of a parameter built into it: emit().)
      emit(e, s.kind, merged, sinkSite, frame, s.stringy || !!v.stringy, ownDriverCall ? v.text : undefined);
    }
  }
  const results: Value[] = [];
  for (const r of summary.returns) {
    const arg = site.argValues[r.param];
    if (!arg || !isTainted(arg)) continue;
    let v = arg;
    for (const p of r.path) v = readMember(e, v, p, site.call, frame);
    // Text the callee built around the argument: a string now, no longer the caller's object.
    if (r.stringy) v = { taints: allTaints(v).map((t) => ({ ...t, whole: false })), stringy: true };
    // (HTML escaping in the callee: whether it left quotes decides, as where the escaper is called here.)
    if (r.sanitized & mask('xss')) v = quoteMarked(v, (r.sanitized & QUOTES_KEPT) !== 0);
    const out = withStep(sanitize(v, r.sanitized), e.step(site.call, `returned from ${summary.name}()`));
    results.push(r.field !== undefined ? { taints: [], fields: new Map([[r.field, out]]) } : out);
  }
  applyFieldCalls(e, summary, site, frame);
  applyParamCalls(e, summary, site, frame);
  applyParamViews(e, summary, site, frame);
  if (summary.returnsTemplate) results.push(returnedTemplate(summary.returnsTemplate, site));
  applyInvocations(e, summary, site, frame);
  applyForwards(e, summary, site, frame);
  // `git(args)` where the callee runs `execFileSync('git', args)`: this caller's list, element by element.
  for (const a of summary.argumentLists ?? []) {
    const list = site.argValues[a.param] && isTainted(site.argValues[a.param]!) ? listElements(e, site.args[a.param], frame) : undefined;
    if (list) checkArgumentList(e, a.program, list, site.call, `${a.program} argument list, run by ${summary.name}()`, frame);
  }
  if (summary.returnsSources.length) results.push({ taints: summary.returnsSources.map((t) => ({ ...t })), ...(summary.returnsText ? { stringy: true } : {}) });
  // An object the callee reached by walking the caller's keys.
  const keyedBy = (summary.returnsKeyedBy ?? []).flatMap((k) => liveTaints(site.argValues[k.param] ?? EMPTY, 'prototype').map((t) => ({ ...t, steps: [...t.steps, callStep(k.param)] })));
  if (keyedBy.length) results.push({ taints: [], keyedBy });
  // `promisify(fn)`-like wrappers of the project: the result is the function they were given.
  const wrapped = summary.returnsCallable !== undefined ? site.argValues[summary.returnsCallable] : undefined;
  if (wrapped && (wrapped.fn !== undefined || wrapped.ref)) results.push({ taints: [], ...(wrapped.fn !== undefined ? { fn: wrapped.fn } : {}), ...(wrapped.ref ? { ref: wrapped.ref } : {}) });
  if (!results.length) return EMPTY;
  // A path the callee joined or resolved from its arguments on every way out (`path.join(dir, name)`).
  const path = summary.returns.length > 0 && summary.returns.every((r) => r.normalized) && !summary.returnsSources.length;
  const out = withShadowedFields(summary, site, union(...results));
  // A helper that collapses a path's leading slashes, given the request path: a same-site path.
  const collapsed = summary.returns.length > 0 && summary.returns.every((r) => r.slashesCollapsed) && !summary.returnsSources.length;
  if (collapsed && isTainted(out) && allTaints(out).every(isRequestPath)) return sameOriginStart({ ...out, sameOrigin: true });
  return path ? { ...out, normalized: true } : out;
}

/**
 * The caller's object returned whole after the callee wrote some of its fields (ParamReturn.shadowed):
 * those fields read as the callee's other returns say (or clean), on every way out that returns it.
 */
function withShadowedFields(summary: FunctionSummary, site: CallSite, v: Value): Value {
  let names: string[] | undefined;
  for (const r of summary.returns) {
    if (r.field !== undefined || r.path.length || !isTainted(site.argValues[r.param] ?? EMPTY)) continue;
    names = (names ?? r.shadowed ?? []).filter((k) => r.shadowed?.includes(k));
  }
  if (!names?.length) return v;
  const fields = new Map(v.fields ?? []);
  for (const k of names) fields.set(k, { ...(fields.get(k) ?? { taints: [] }), shadows: true });
  return { ...v, fields };
}

/** Callback parameters a function calls, and with which of its parameters' data, at most. */
const MAX_INVOKED_PARAMS = 4;
const MAX_FLOWS_PER_ARGUMENT = 8;

/**
 * A parameter called as a function in a summary run: what each of its arguments carries of the
 * parameters, and of the untrusted data the function read itself (also where a closure run inside
 * it calls the parameter it captured: inline runs share the enclosing summary).
 */
function recordInvocation(frame: Frame, callee: Value, argValues: Value[]): void {
  const own = callee.taints.length === 1 ? callee.taints[0]! : undefined;
  if (own?.param === undefined || own.path.length > 0 || !own.whole) return;
  const args = argValues.map(parameterFlows);
  const sources = argValues.map(sourceFlows);
  const handsSources = sources.some((a) => a.length > 0);
  if (!handsSources && !args.some((a) => a.length > 0)) return;
  const list = (frame.summary.invokes ??= []);
  const known = list.find((x) => x.param === own.param);
  if (!known) {
    if (list.length < MAX_INVOKED_PARAMS) list.push({ param: own.param, args, ...(handsSources ? { sources } : {}) });
    return;
  }
  // Called in several places (`cb(null, a)` on one path, `cb(err)` on another): any of them.
  args.forEach((flows, i) => {
    const at = (known.args[i] ??= []);
    for (const f of flows) if (at.length < MAX_FLOWS_PER_ARGUMENT && !at.some((x) => x.param === f.param && x.field === f.field && x.path.join('.') === f.path.join('.'))) at.push(f);
  });
  if (!handsSources) return;
  const given = (known.sources ??= []);
  sources.forEach((flows, i) => {
    const at = (given[i] ??= []);
    for (const f of flows) if (at.length < MAX_FLOWS_PER_ARGUMENT && !at.some((x) => x.field === f.field && sameSource(x.taint, f.taint))) at.push(f);
  });
}

const sameSource = (a: Taint, b: Taint): boolean => a.source?.location.path === b.source?.location.path && a.source?.location.startLine === b.source?.location.startLine
  && a.source?.location.startColumn === b.source?.location.startColumn && a.path.join('.') === b.path.join('.');

/** The parameters' data a value holds, itself or in a field of an object built here (`{ file, stat }`). */
function parameterFlows(v: Value): ParamReturn[] {
  const out: ParamReturn[] = [];
  for (const t of v.taints) if (t.param !== undefined) out.push({ param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps });
  for (const [field, f] of v.fields ?? []) for (const t of allTaints(f)) if (t.param !== undefined) out.push({ param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, field });
  return out.slice(0, MAX_FLOWS_PER_ARGUMENT);
}

/**
 * The untrusted data a value holds, itself or in a field of an object built here (`{ name, size }`).
 * (Not a library's own parameters: handed back to the caller's callback they are the caller's.)
 */
function sourceFlows(v: Value): InvokedSource[] {
  if (!v.taints.length && !v.fields) return [];
  const out: InvokedSource[] = [];
  const keep = (t: Taint) => t.source !== undefined && t.param === undefined && t.source.category !== 'library';
  for (const t of v.taints) if (keep(t)) out.push({ taint: t });
  for (const [field, f] of v.fields ?? []) for (const t of allTaints(f)) if (keep(t)) out.push({ taint: t, field });
  return out.slice(0, MAX_FLOWS_PER_ARGUMENT);
}

/**
 * The caller's own callback, run again with what the callee hands it: of the caller's arguments,
 * and the untrusted data the callee read itself.
 */
function applyInvocations(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  for (const inv of summary.invokes ?? []) {
    const callback = site.argValues[inv.param];
    if (callback?.fn === undefined) continue;
    const handed = () => e.step(site.call, `handed to the callback of ${summary.name}()`);
    const params = inv.args.map((flows) => union(...flows.map((r): Value => {
      let v = site.argValues[r.param];
      if (!v || !isTainted(v)) return EMPTY;
      for (const p of r.path) v = readMember(e, v, p, site.call, frame);
      const given = withStep(r.sanitized ? sanitize(v, r.sanitized) : v, handed());
      return r.field !== undefined ? { taints: [], fields: new Map([[r.field, given]]) } : given;
    })));
    (inv.sources ?? []).forEach((flows, i) => {
      if (!flows.length) return;
      const step = handed();
      const read = flows.map(({ taint, field }): Value => {
        const given: Value = { taints: [{ ...taint, steps: [...taint.steps, step] }] };
        return field !== undefined ? { taints: [], fields: new Map([[field, given]]) } : given;
      });
      params[i] = union(params[i] ?? EMPTY, ...read);
    });
    if (params.some((p) => p && isTainted(p))) runCallback(e, callback.fn, [...params].map((p) => p ?? EMPTY), frame);
  }
}

export function importedSummary(e: TaintEngine, callee: Node, receiver: Value | undefined, method: string, argValues: Value[], calleeValue?: Value): FunctionSummary | undefined {
  const candidates = importCandidates(e, callee, receiver, method);
  // `this.users.find(id)`, `daos.userDao.find(id)`: a value known to be another file's export.
  if (calleeValue?.ref) for (const c of refCandidates(calleeValue.ref)) if (!candidates.includes(c)) candidates.push(c);
  // `dataSources.reviews.matching(filter)` on an object nothing here tells the type of (a GraphQL
  // context, a DI container), with request data: the one class method of the project by that name.
  if (candidates.length === 0 && receiver && unknownObject(receiver) && UNIQUE_METHOD.test(method) && !COMMON_METHODS.has(method) && argValues.some(carriesRequestData)) candidates.push(`${METHOD_SPEC}#${method}`);
  if (candidates.length === 0) return undefined;
  const tainted = argValues.some((v) => isTainted(v));
  for (const c of candidates) e.importCalls.set(c, (e.importCalls.get(c) ?? false) || tainted);
  const link = e.input.linkInput;
  if (!link) return undefined;
  for (const c of candidates) if (link[c]) return link[c];
  return undefined;
}

/** Globals of the browser and of common page libraries: never another script's own global. */
const BROWSER_GLOBALS = new Set(['window', 'self', 'globalThis', 'document', 'location', 'history', 'navigator', 'console', 'JSON', 'Math', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Promise', 'Date', 'RegExp', 'Error', 'Map', 'Set', 'Symbol', 'Reflect', 'Intl', 'URL', 'URLSearchParams', 'localStorage', 'sessionStorage', 'performance', 'crypto', 'caches', 'indexedDB', 'customElements', 'screen', 'parent', 'top', 'opener', 'frames', '$', 'jQuery', '_', 'angular', 'Vue', 'React', 'ReactDOM', 'moment', 'axios', 'io', 'Handlebars', 'Mustache', 'DOMPurify', 'marked', 'd3', 'Chart', 'google', 'ga', 'gtag',
  'alert', 'confirm', 'prompt', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'escape', 'unescape', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'fetch', 'atob', 'btoa', 'eval', 'Function', 'require', 'define', 'structuredClone', 'queueMicrotask', 'postMessage', 'addEventListener', 'removeEventListener', 'getComputedStyle', 'matchMedia', 'open', 'close', 'print', 'scrollTo', 'CSS', 'XMLHttpRequest', 'FormData', 'WebSocket', 'Worker', 'Image', 'Blob', 'FileReader']);

/** Method names long and specific enough to be looked up by name alone (see METHOD_SPEC). */
const UNIQUE_METHOD = /^[a-z_$][\w$]{4,}$/i;
/** Level methods: a class with several of them is a logger. */
const LOG_LEVEL_METHODS = /^(trace|debug|info|warn|warning|error|fatal|notice|critical)$/;

/** The running function is a method of a logger class (three or more level methods: `info`, `warn`, `error`…). */
function inLoggerClass(e: TaintEngine, frame: Frame): boolean {
  const cls = frame.fnId !== undefined ? e.fns[frame.fnId]?.cls : undefined;
  if (!cls) return false;
  let levels = 0;
  for (const m of cls.methods.keys()) if (LOG_LEVEL_METHODS.test(m)) levels++;
  return levels >= 3;
}

/** Names every other library's objects have too: never resolved by name. */
const COMMON_METHODS = new Set(['query', 'execute', 'exec', 'findOne', 'findAll', 'findById', 'insert', 'update', 'delete', 'remove', 'create', 'upsert', 'save', 'fetch', 'request', 'render', 'parse', 'write', 'apply', 'catch', 'finally', 'match', 'search', 'replace', 'split', 'slice', 'splice', 'filter', 'reduce', 'forEach', 'concat', 'includes', 'indexOf', 'startsWith', 'endsWith', 'toString', 'valueOf', 'handle', 'process', 'validate', 'check', 'resolve', 'reject', 'emit', 'listen', 'close', 'start', 'stop', 'reset', 'clear', 'flush', 'append', 'prepend', 'insertOne', 'insertMany', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'aggregate', 'countDocuments', 'findOneAndUpdate', 'findOneAndDelete', 'replaceOne', 'bulkWrite', 'distinct', 'select', 'where', 'orderBy', 'groupBy', 'having', 'limit', 'offset', 'first', 'pluck', 'increment', 'decrement', 'truncate', 'transaction', 'commit', 'rollback', 'prepare', 'bindParam', 'connect', 'disconnect', 'publish', 'subscribe', 'unsubscribe', 'dispatch', 'commit', 'trigger', 'invoke', 'send', 'sendFile', 'download', 'redirect', 'status', 'cookie', 'header', 'setHeader', 'getHeader', 'json', 'text', 'blob', 'arrayBuffer', 'formData', 'clone', 'encode', 'decode', 'encrypt', 'decrypt', 'sign', 'verify', 'digest', 'update', 'compile', 'evaluate', 'format', 'normalize', 'serialize', 'deserialize', 'stringify', 'assign', 'merge', 'extend', 'define', 'register', 'unregister', 'mount', 'unmount', 'attach', 'detach', 'append', 'remove', 'toggle', 'contains', 'getItem', 'setItem', 'removeItem', 'getAttribute', 'setAttribute', 'addEventListener', 'removeEventListener', 'dispatchEvent', 'postMessage', 'pipe', 'unpipe', 'destroy', 'pause', 'resume', 'setTimeout', 'setInterval', 'next', 'return', 'throw', 'values', 'entries', 'keys', 'store', 'restore', 'load', 'unload', 'reload', 'refresh', 'build', 'init', 'initialize', 'setup', 'configure', 'log', 'info', 'warn', 'error', 'debug', 'trace']);

/** An object value nothing is known about: no library API, no project export, class, function or request shape. */
function unknownObject(v: Value): boolean {
  return !v.api && !v.ref && !v.cls && v.fn === undefined && !v.kind && !v.stringy && v.text === undefined && !allTaints(v).some((t) => t.source && t.source.category !== 'database');
}

/** Data a request, a page URL or a message carries (not a library's own parameters). */
function carriesRequestData(v: Value): boolean {
  return allTaints(v).some((t) => t.source !== undefined && (t.source.category === 'request' || t.source.category === 'browser'));
}

export function importCandidates(e: TaintEngine, callee: Node, receiver: Value | undefined, method: string): string[] {
  const path = memberPath(callee);
  if (!path) return [];
  const parts = path.split('.');
  const head = parts[0]!;
  const binding = e.input.modules.bindings.get(head);
  const candidates: string[] = [];
  if (binding) {
    const rest = parts.slice(1);
    const base = binding.name === '*' ? [] : [binding.name];
    const key = [...base, ...rest].join('.');
    if (key) candidates.push(`${binding.module}#${key}`);
    if (binding.name === '*' || binding.name === 'default') candidates.push(`${binding.module}#default.${rest.join('.')}`, `${binding.module}#${rest.join('.')}`);
  }
  // A classic script calling a global another script of the page defines (`portal.param('q')`).
  if (!binding && e.input.classicScript) {
    const own = /^(window|self|globalThis)$/.test(head) ? parts.slice(1) : parts;
    if (own.length >= 1 && !BROWSER_GLOBALS.has(own[0]!) && !e.moduleScope.vars.has(own[0]!)) candidates.push(`${GLOBAL_SPEC}#${own.join('.')}`);
  }
  // Nuxt's server files call what server/utils exports without importing it (`renderMarkdown(md)`).
  if (!binding && parts.length === 1 && NUXT_SERVER_PATH.test(e.input.path) && !e.moduleScope.vars.has(head) && !Object.hasOwn(H3_SOURCE_CALLS, head) && !BROWSER_GLOBALS.has(head)) candidates.push(`${NUXT_UTILS_SPEC}#${head}`);
  // Egg's `ctx.service.user.find(id)`: the class `app/service/user.js` exports (egg.ts).
  if (!binding) {
    for (const spec of eggServiceSpecs(e, path)) {
      candidates.push(`${spec}#default.${method}`);
      e.extraRequests.add(spec);
    }
    // Sails: `sails.helpers.fetchFeed.with({ url })` runs the `fn` of api/helpers/fetch-feed.js (sails.ts).
    candidates.push(...sailsHelperCandidates(e, path));
  }
  // e.usersService.findOne(): the field's declared class, imported from another file (with
  // `import type` too: a class injected through the constructor is often imported for its type only).
  if (receiver?.cls?.startsWith('@import:')) {
    const clsName = receiver.cls.slice(8);
    const b = e.input.modules.bindings.get(clsName) ?? e.input.modules.types?.get(clsName);
    if (b) candidates.push(`${b.module}#${b.name === 'default' ? 'default' : b.name}.${method}`);
  }
  return candidates;
}

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
function isRouteRegistration(call: Node, index: number): boolean {
  const recv = memberPath(call.callee.object) ?? '';
  if (/(^|\.)(headers|searchParams|params|query|map|cache|store|session|cookies|localStorage|sessionStorage|formData|url|Reflect|config)$/i.test(recv)) return false;
  const args: Node[] = call.arguments;
  // router.route('/x').get(h).post(h2): the path is given once, to route().
  if (index === 0 && args.length === 1) return propertyName(call.callee) === 'use' || routeChain(call.callee.object);
  const first = args[0] && unwrap(args[0]);
  return !!first && (first.type === 'Literal' || first.type === 'TemplateLiteral' || isFunction(first) || first.type === 'ArrayExpression' || first.type === 'Identifier' || first.type === 'MemberExpression');
}

/** Request parts a Fastify route schema validates (`schema.params`, `querystring`, `body`, `headers`). */
const SCHEMA_PARTS: Record<string, string> = { params: 'params', querystring: 'query', query: 'query', body: 'body', headers: 'headers' };

/**
 * What a multipart parser hands its callbacks: busboy `on('file', (name, stream, info) => …)` (and
 * the older `(field, stream, filename, encoding, mimetype)`), `on('field', (name, value) => …)`;
 * formidable `form.parse(req, (err, fields, files) => …)`. Names, values and the client's file
 * names are the client's; the stream is the upload's bytes.
 */
function uploadCallbackParams(e: TaintEngine, params: Node[], index: number, call: Node, method: string, names: (string | undefined)[]): Value[] | undefined {
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
function uploadParseResult(e: TaintEngine, site: CallSite): Value | undefined {
  if (site.method !== 'parse' || site.args.length !== 1 || site.argValues[0]?.kind !== 'request' || !e.input.modules.specifiers.has('formidable')) return undefined;
  const fields = e.source(site.call, 'fields', 'request', true);
  const files = e.source(site.call, 'files', 'request', true);
  return { taints: [], awaited: { taints: [], fields: new Map([['0', fields], ['1', files], [TUPLE_REST, union(fields, files)]]) } };
}

/** Electron's main-process IPC listeners: their arguments after the event come from a renderer. */
const ELECTRON_IPC = /^electron\.ipcMain\.(handle|handleOnce|on|once)$/;

/** An h3 request helper (`getQuery(event)`, `await readBody(event)`): imported from h3, or a bare name in a Nuxt server file. */
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
function nuxtApiFetch(e: TaintEngine, name: string, args: Node[]): Value | undefined {
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
function returnedFieldsValue(entries: [string, Taint[]][]): Value {
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
function isJobQueue(e: TaintEngine, node: Node, value: Value | undefined): boolean {
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
function routeModuleData(e: TaintEngine, exportName: string): Value {
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
const REQUEST_ARGUMENT = /^(req|request|(ctx|context|this)\.req)$/;

function h3Source(e: TaintEngine, name: string): { object: boolean; promise: boolean } | undefined {
  const bare = name.startsWith('h3.') ? name.slice(3) : name;
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
function routeRequest(e: TaintEngine, call: Node): Value {
  const fields = new Map<string, Value>();
  if (e.input.modules.specifiers.has('express-validator') || e.input.modules.specifiers.has('express-validator/check')) {
    for (const [part, names] of expressValidatorNarrowing(e, call)) fields.set(part, { taints: [], fields: new Map([...names].map((n) => [n, { taints: [], shadows: true }])) });
  }
  for (const arg of call.arguments as Node[]) {
    // (Each level may be a `const` of the file: `{ schema: { querystring: listQuery } }`.)
    const literal = (n: Node | undefined) => objectLiteralOf(e.input.program, n);
    const opts = literal(arg);
    if (!opts) continue;
    const schema = literal(objectProperty(opts, 'schema'));
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
  return /^(@sinclair\/typebox|@fastify\/type-provider-typebox)\.Type\.(\w+)$/.exec(name)?.[2];
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
    case 'String': return narrowJsonSchema(objectLiteralOf(e.input.program, first));
    case 'Union': return first?.type === 'ArrayExpression' && first.elements.length > 0 && first.elements.every((x: Node | null) => !!x && narrowTypeBox(e, x));
    default: return false;
  }
}

/** The request part a validation middleware names (`'query'`, Hono's `'json'`/`'param'`/`'form'`). */
const VALIDATED_PARTS: Record<string, string> = { body: 'body', json: 'body', form: 'body', query: 'query', params: 'params', param: 'params', headers: 'headers', header: 'headers', cookies: 'cookies', cookie: 'cookies' };

/** `{ type: 'integer' }`, `{ enum: […] }`, `{ format: 'uuid' }` (a `pattern` is not read: what it admits depends on the sink). */
function narrowJsonSchema(spec: Node | undefined): boolean {
  if (spec?.type !== 'ObjectExpression') return false;
  const type = objectProperty(spec, 'type');
  if (type && /^(integer|number|boolean)$/.test(stringValue(type) ?? '')) return true;
  if (objectProperty(spec, 'enum') || objectProperty(spec, 'const')) return true;
  if (/^(uuid|date|date-time|time|ipv4|ipv6)$/.test(stringValue(objectProperty(spec, 'format')) ?? '')) return true;
  return false;
}
