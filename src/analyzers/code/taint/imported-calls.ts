/** Calls of other files' functions: the link keys a call may name (an import, a page global, a framework's implicit module), and the summary the link step handed this file for it. */
import { type FunctionSummary, GLOBAL_SPEC, METHOD_SPEC, NUXT_UTILS_SPEC } from './summaries.js';
import { H3_SOURCE_CALLS, NUXT_SERVER_PATH } from '../models/sources.js';
import { type Node, memberPath } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import { type Value, allTaints, isTainted } from './values.js';
import { eggServiceSpecs } from './egg.js';
import { refCandidates } from './api.js';
import { sailsHelperCandidates } from './sails.js';

/**
 * The summary the link step handed this file for a call of another file's function (undefined: none, or
 * not linked yet). Notes the call's link keys either way, so the link step knows what this file calls.
 */
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
