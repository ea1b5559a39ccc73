/**
 * Calls: what a call evaluates to (evalCall: its sinks, the sources it returns, modelled APIs),
 * callbacks run where they are passed, methods run on instances, emitters and their listeners.
 * Applying a callee's summary is in apply-summary.ts, other files' functions in imported-calls.ts,
 * calls a framework defines in framework-calls.ts, and the project's own escapers in escapers.ts.
 */
import { strapiFactoryProduct, strapiUidRef } from './strapi.js';
import { sailsUploadName } from './sails.js';
import { type Node, boundNames, isFunction, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { INTEROP_WRAPPER, isBuiltinModuleName, isRelativeSpecifier, qualifiedName } from '../frontend/js/modules.js';
import type { CallSite } from '../models/sinks.js';
import { sanitizerRow } from '../models/sanitizers.js';
import { BODY_READER_CALLS, NUXT_FETCH_CALLS, REQUEST_FIELDS, REQUEST_METHODS, ROUTE_DATA_HOOKS, SVELTEKIT_PAGE_COMPONENT, NODE_HTTP_CLIENT_CALLS, RESPONSE_PARAM_NAMES, ROUTE_METHODS, SOCKET_ACK_PARAMS, SOCKET_LIFECYCLE_EVENTS, SOURCE_CALLS, ARCHIVE_ENTRY_READERS, UPLOAD_TYPES } from '../models/sources.js';
import { ALL_KINDS, EMPTY, type Value, allTaints, isTainted, liveTaints, mask, quoteMarked, sanitize, union, withStep } from './values.js';
import { type FunctionSummary } from './summaries.js';
import type { Frame } from './frames.js';
import { assignVar, elementOf } from './statements.js';
import { LIST_ADDERS, asListElements } from './arrays.js';
import { addToCollection } from './collections.js';
import { renderedHtml, unsafeSanitizerOptions } from './html-renderers.js';
import { databaseRead } from './database-reads.js';
import { summaryOf, runFunction, lambdaResponse, errorValue, paramName } from './functions.js';
import { AMQP_MODULES } from './message-handlers.js';
import { RAW_WIRE_FIELDS, evalBinary, evaluate, queuedJob, readMember, storeQueuedJob } from './expressions.js';
import { REDWOOD_SCHEDULER, redwoodJobArgKey, redwoodJobName } from './redwood.js';
import { REALPATH, realpathOf, unknownCall } from './library-calls.js';
import { checkCallSinks, declaresNonHtmlType, fixedOrigin } from './sinks.js';
import { constantName, nameReader, recordTemplateCall, recordViewCall, viewOf } from './views.js';
import type { TaintEngine } from './engine.js';
import type { ClassInfo, FnInfo, Scope } from './frames.js';
import { apiResult, bindingValue, importValue, linkedApi, refCandidates } from './api.js';
import { kindsMask, matchRows } from '../models/apis.js';
import { modelWithStatics, noteStaticCall } from './mongoose-statics.js';
import { escaperVerdict } from './escapers.js';
import { importedSummary, importCandidates } from './imported-calls.js';
import { isRouteRegistration, uploadCallbackParams, uploadParseResult, ELECTRON_IPC, svelteKitPageData, nuxtApiFetch, isJobQueue, routeModuleData, REQUEST_ARGUMENT, h3Source, honoContext, routeRequest, VALIDATED_PARTS } from './framework-calls.js';
import { recordFieldCall, recordParamCall, recordConcreteCall, linkedMethodSummary, applyParamCalls, applyLocal, applySummary, recordInvocation } from './apply-summary.js';

/** @fastify/multipart (and its pre-v5 name), the plugin that gives a Fastify request `file()`. */
const FASTIFY_MULTIPART = /^(@fastify\/multipart|fastify-multipart)$/;

/** Request methods that return one header's value: Express `req.get`/`req.header`, Koa `ctx.get`, Hono `c.req.header`. */
const HEADER_METHODS = new Set(['get', 'header']);

export const MAX_CALL_DEPTH = 6;

/** List methods whose first argument is called with each element; what the method returns is modelled (library-calls.ts). */
const LIST_CALLBACK_METHODS = /^(map|forEach|filter|find|some|every|flatMap|findLast|sort)$/;

export function evalCall(e: TaintEngine, node: Node, frame: Frame, isNew: boolean): Value {
  const callee = unwrap(node.callee);
  if (isFunction(callee)) {
    // (function () { … })() / (async () => { … })(): run the body here, with the closure it sees.
    const id = e.registerFunction(callee, frame.scope, '(iife)');
    const args = node.arguments.map((a: Node) => evaluate(e, a, frame));
    return runCallback(e, id, args, frame);
  }
  // `export const execFileAsync = promisify(execFile)`: the same API, so importers calling it call execFile.
  if (!isNew && node.arguments.length === 1 && /(^|\.)promisify$/.test(qualifiedName(callee, e.input.modules, e.aliases) ?? '')) {
    const wrapped = evaluate(e, node.arguments[0], frame);
    if (wrapped.api && !wrapped.ref && !isTainted(wrapped) && wrapped.fn === undefined) return { taints: [], api: wrapped.api };
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
  // `import { execFileAsync } from './exec.js'` where that file exports `promisify(execFile)` (or
  // `execFile` itself): the call is the built-in module's function the link step named.
  if (!isNew && callee.type === 'Identifier' && calleeValue?.ref && calleeValue.fn === undefined) {
    const m = /^(?:node:)?([a-z_/]+)\|([\w.]+)$/.exec(calleeValue.api ?? '');
    if (m && isBuiltinModuleName(m[1]!.split('/')[0]!)) site.name = `${m[1]}.${m[2]}`;
  }
  // `cb({ file })` where `cb` is a parameter: what a caller's callback gets (FunctionSummary.invokes).
  if (callee.type === 'Identifier' && !isNew && calleeValue) recordInvocation(frame, calleeValue, argValues);
  if (LIST_ADDERS.test(method) && receiverNode) addToList(e, receiverNode, receiverValue, args, argValues, frame);
  if ((method === 'set' || method === 'add') && receiverNode && !isNew) addToCollection(e, method, receiverNode, receiverValue, argValues, frame);
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
  // RedwoodJS `later(Job, [a, b], options)`: the job's `perform(a, b)` gets the arguments in a worker (redwood.ts).
  if (!isNew && REDWOOD_SCHEDULER.test(calleeValue?.api ?? '') && args[0] && argValues[1]) {
    const job = redwoodJobName(e, args[0]);
    const list = unwrap(args[1]!);
    if (job && list.type === 'ArrayExpression') {
      list.elements.forEach((el: Node | null, i: number) => {
        if (el && el.type !== 'SpreadElement') storeQueuedJob(e, evaluate(e, el, frame), node, redwoodJobArgKey(job, i), 'scheduled as a RedwoodJS job');
      });
    }
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
  // A response's setters answer the response itself: `res.status(500).json(x)`, Ts.ED's `response.status(500).body(x)`.
  if (receiverValue?.kind === 'response' && RESPONSE_SETTERS.test(method)) return { taints: [], kind: 'response' };
  if (receiverValue?.kind === 'request') {
    const m = REQUEST_METHODS[method];
    if (m) {
      // A header read by a constant name keeps it in the label (`req.get('x-api-token')`): the name
      // says what the value is (a credential, for js/sensitive-data-in-log), as `req.headers.x` does.
      const header = HEADER_METHODS.has(method) && args.length === 1 ? stringValue(args[0]) : undefined;
      const read = e.source(node, `${memberPath(receiverNode!) ?? 'request'}.${method}(${header !== undefined && /^[\w-]+$/.test(header) ? `'${header}'` : ''})`, 'request', m.object);
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
        // (In a library run, the closure this run made: the one the function was registered with saw
        // the parent summarised, its parameters as symbols rather than the caller's input.)
        return runCallback(e, fnId, argValues, frame, e.libraryRun && inside ? e.libraryClosureOf(fnId) : undefined);
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
    // `async function reviews() { return (await getDb()).collection('reviews') }`: the library object it returns.
    const libraryObject = isNew ? undefined : e.returnedApis.get(fnId);
    if (libraryObject && !isTainted(out) && !out.api && !out.ref && !out.kind && out.fn === undefined) return { ...out, api: libraryObject };
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
    const result = isTainted(out) ? out : { ...union(out, linkedResult(e, apiResult(calleeValue, isNew))), ...ctorArgsOf(calleeValue, isNew, argValues) };
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
  // `db.collection('users')` on a handle we cannot trace (a DAO's constructor parameter, what
  // another file's async `getDb()` resolves to): the MongoDB driver's shape, so the result is
  // followed as a collection (low confidence: by shape).
  if (!isNew && method === 'collection' && stringValue(args[0]) !== undefined && !receiverValue?.api && !receiverValue?.ref && !out.kind && out.fn === undefined) {
    return { ...out, api: MONGO_COLLECTION_BY_SHAPE };
  }
  // The text of a view file, remembered so a template compiled or rendered from it finds its view.
  if (/(^|\.)readFileSync$/.test(name) && args[0]) {
    const view = viewOf(args[0], nameReader(e, frame));
    if (view) return { ...out, ...view };
  }
  if ((calleeValue?.api || calleeValue?.ref) && !isTainted(out) && !out.kind && out.fn === undefined) return modelWithStatics(e, method, calleeValue?.api, args, { ...out, ...linkedResult(e, apiResult(calleeValue, isNew)), ...ctorArgsOf(calleeValue, isNew, argValues) });
  return out;
}

/** The compiled template a function returns (FunctionSummary.returnsTemplate): a pattern's file is the one this call names. */
export function returnedTemplate(t: NonNullable<FunctionSummary['returnsTemplate']>, site: CallSite): Value {
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

/** What another file's function returns, when that file published it as a library object (`getDb()` resolving to `client.db()`). */
function linkedResult(e: TaintEngine, v: Value): Value {
  const api = v.ref?.endsWith('()') ? linkedApi(e, v.ref) : undefined;
  return api ? { ...v, api } : v;
}


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
export function applyForwards(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
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

/** Response methods that set a status or header and return the response, to chain the body call on. */
const RESPONSE_SETTERS = /^(status|code|type|contentType|set|header|setHeader|setHeaders|vary|append)$/;

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

/** Read an accessor (`get events() { return this.db.collection('events') }`) of a known instance: what it returns. */
export function runGetter(e: TaintEngine, fnId: number, self: Value, frame: Frame): Value {
  // (A getter reading itself, directly or through another, is cut off.)
  if (e.methodsRunning.has(fnId)) return EMPTY;
  return runMethodOn(e, fnId, self, [], frame);
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
  // Elysia's WebSocket route: `.ws('/live', { message(ws, message) { … } })`, the message parsed
  // from what the client sent (JSON into an object).
  if (a.type === 'ObjectExpression' && method === 'ws' && index === 1 && call.callee.type === 'MemberExpression' && e.input.modules.specifiers.has('elysia')) {
    const handler = objectProperty(a, 'message');
    const fn = handler && unwrap(handler);
    if (fn && isFunction(fn)) runCallback(e, e.registerFunction(fn, frame.scope, 'message'), [{ taints: [] }, e.source(fn.params[1] ?? fn, 'WebSocket message', 'request', true)], frame);
  }
  const v = fnValue ?? evaluate(e, arg, frame);
  if (v.fn === undefined) {
    // Handlers the router gets as something other than an inline function: middleware arrays,
    // `factory()` results, handlers imported from another file.
    if (ROUTE_METHODS.test(method) && call.callee.type === 'MemberExpression' && isRouteRegistration(call, index)) registeredHandlers(e, arg, call, frame, 0);
    return v;
  }
  const params = needleCallback(e, v.fn, index, call, name, frame) ?? realpathCallback(e, index, call, name, frame) ?? callbackParams(e, v.fn, index, call, name, method, receiver);
  // (A queue worker's processor returns the job's result to the queue, not to the function that made
  // the worker; a list method's callback returns to the method, whose result is modelled from it:
  // `items.map((s) => s.trim()).map(quote)` returns the quoted items, never the trimmed ones.)
  const returnsElsewhere = params?.[0]?.fields?.get('data')?.kind === 'jobData' || (!!receiver && index === 0 && LIST_CALLBACK_METHODS.test(method));
  if (params) e.callbackReturns.set(call, runCallback(e, v.fn, params, frame, e.libraryRun && fnValue ? frame.scope : undefined, returnsElsewhere));
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

/** An object named as an archive (`zip`, `this._zip`, `archive`, `zipFile`). */
const ARCHIVE_HOLDER = /(^|[._])(zip|zipFile|zipfile|archive|tarball)$/i;

/**
 * The list of entries of an archive object: `zip.getEntries()`, `zip.entries`, `archive.files`
 * (named for what it holds: the archive libraries' own code has no archive package to import).
 */
export function archiveEntryList(node: Node): boolean {
  const n = unwrap(node);
  const list = n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression' && n.arguments.length === 0 && /^(getEntries|entries)$/.test(propertyName(unwrap(n.callee)) ?? '') ? unwrap(n.callee)
    : n.type === 'MemberExpression' && /^(entries|files)$/.test(propertyName(n) ?? '') ? n : undefined;
  if (!list) return false;
  return ARCHIVE_HOLDER.test(memberPath(unwrap(list.object)) ?? '');
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
  // Elysia's error hook: `.onError(({ code, error, set }) => …)` (after an optional `{ as }`): the
  // context carries the error, and what the hook returns is the response (statements.ts).
  if (method === 'onError' && index === call.arguments.length - 1 && index <= 1 && call.callee.type === 'MemberExpression' && e.input.modules.specifiers.has('elysia')) {
    e.elysiaErrorHooks.add(info.node);
    return [{ taints: [], fields: new Map([['error', errorValue(e, info.node.params[0] ?? call, true)]]) }];
  }
  // Fastify's error handler: `fastify.setErrorHandler((error, request, reply) => …)`.
  if (method === 'setErrorHandler' && index === 0 && call.callee.type === 'MemberExpression') return [errorValue(e, info.node.params[0] ?? call, true), { taints: [], kind: 'request' }, { taints: [], kind: 'response' }];
  // Queue workers: BullMQ `new Worker(name, (job) => …)`, Bull `queue.process([name,] [concurrency,] (job) => …)`.
  // `jobs.process(fn)` on another file's export: ask the link step what it is (a queue it creates?),
  // as for a call with request data, so a later round knows `fn` is that queue's worker.
  if (method === 'process' && receiver?.ref && index === call.arguments.length - 1) for (const c of refCandidates(receiver.ref)) e.importCalls.set(c, true);
  if ((index === 1 && /^(bullmq\.Worker|bullmq\.default\.Worker)$/.test(name)) || (method === 'process' && index === call.arguments.length - 1 && call.callee.type === 'MemberExpression' && isJobQueue(e, call.callee.object, receiver))) return [queuedJob()];
  // amqplib: `channel.consume(queue, (msg) => …)` gets a queue's message, as its publisher wrote it (message-handlers.ts).
  if (method === 'consume' && index === 1 && nparams > 0 && call.callee.type === 'MemberExpression' && e.runsUnder('amqplib', AMQP_MODULES, ['amqplib', 'amqp-connection-manager'])) {
    return [e.source(info.node.params[0], 'AMQP message (`channel.consume`)', 'request', false)];
  }
  // Multipart parsers: busboy's `file`/`field` events, formidable's `form.parse(req, (err, fields, files) => …)`.
  const upload = uploadCallbackParams(e, info.node.params, index, call, method, names);
  if (upload) return upload;
  // An archive reader's entries: `zipfile.on('entry', (entry) => …)` in a file that uses yauzl,
  // `extract.on('entry', (header, stream, next) => …)` with tar-stream. (Known by the file's
  // imports: the reader itself usually arrives through a callback or a promise.)
  if (index === 1 && nparams > 0 && /^(on|once|addListener|prependListener)$/.test(method) && stringValue(call.arguments[0]) === 'entry' && [...e.input.modules.specifiers].some((s) => ARCHIVE_ENTRY_READERS.test(s))) {
    return [e.source(info.node.params[0], names[0] ?? 'entry', 'archive', false)];
  }
  // The entries of an archive a library opened itself (`zip.getEntries().forEach((entry) => …)`,
  // `this._zip.entries.forEach(…)`): each entry's stored name is whoever made the archive's choice.
  if (index === 0 && nparams > 0 && /^(forEach|map|filter|some|every)$/.test(method) && call.callee.type === 'MemberExpression' && archiveEntryList(call.callee.object)) {
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
  if (receiver && LIST_CALLBACK_METHODS.test(method) && index === 0) return [elementOf(e, receiver), EMPTY];
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
