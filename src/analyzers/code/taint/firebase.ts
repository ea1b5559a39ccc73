/**
 * Cloud Functions for Firebase (`firebase-functions`, 1st and 2nd gen) and Google Cloud Functions
 * (`@google-cloud/functions-framework`): the handler a trigger is given is the function's entry point.
 *
 * - Callable functions: v2 `onCall((request) => …)` gets the client's message as `request.data`
 *   (`request.auth` is what Firebase Auth verified, not the client's); v1
 *   `functions.https.onCall((data, context) => …)` gets it as `data`.
 * - HTTP functions: v2 `onRequest((req, res) => …)`, v1 `functions.https.onRequest`, the Functions
 *   Framework's `http('name', (req, res) => …)`: an Express request and response.
 * - Storage triggers: v2 `onObjectFinalized((event) => …)` (`event.data` is the object), v1
 *   `functions.storage.object().onFinalize((object) => …)`: the object's `name` is whatever the
 *   uploader chose (security rules let clients write under a prefix): it may hold `../` or shell
 *   metacharacters.
 * Firestore, Pub/Sub and scheduled triggers are not entry points here: their data went through the
 * project's own code or security rules first (a stored document is a database read).
 *
 * Only for calls whose receiver chain starts at a binding imported from one of those modules.
 */
import { type Node, isFunction, memberPath, unwrap, walk } from '../frontend/js/ast.js';
import type { ModuleTable } from '../frontend/js/modules.js';
import type { TaintEngine } from './engine.js';
import type { Value } from './values.js';

export type FirebaseHandler = 'callableV1' | 'callableV2' | 'http' | 'storageV1' | 'storageV2';

export const FIREBASE_MODULE = /^(firebase-functions|@google-cloud\/functions-framework)(\/|$)/;

/** Trigger registrations by name (the last property of the call's callee). */
const V2_TRIGGERS: Record<string, FirebaseHandler> = {
  onCall: 'callableV2',
  onRequest: 'http',
  http: 'http',
  onObjectFinalized: 'storageV2',
  onObjectArchived: 'storageV2',
  onObjectDeleted: 'storageV2',
  onObjectMetadataUpdated: 'storageV2',
};
/** v1 Storage builder's events: `storage.object().onFinalize`. */
const V1_STORAGE_EVENTS = /^on(Finalize|Archive|Delete|MetadataUpdate)$/;

/** Whether this file runs as Cloud Functions: it imports `firebase-functions` or the Functions Framework, or its package declares one. */
export function runsUnderFirebase(e: TaintEngine): boolean {
  return e.runsUnder('firebase', FIREBASE_MODULE, ['firebase-functions', '@google-cloud/functions-framework']);
}

/** The callee's chain without its calls: `functions.region('x').https.onCall` → root `functions`, names [region, https, onCall]. */
function calleeChain(callee: Node): { root?: string; names: string[] } {
  const path = memberPath(callee);
  if (path === undefined) return { names: [] };
  const [root, ...names] = path.replace(/\(\)/g, '').split('.');
  return { root: root === 'this' || root === 'super' ? undefined : root, names };
}

/**
 * The trigger a call registers and its handler (the last argument, after options or a function
 * name), when the call starts at a binding imported from `firebase-functions` or the Functions
 * Framework: `onCall(…)`, `https.onRequest(…)`, `http('name', …)`, `storage.object().onFinalize(…)`.
 * `registeredBy`: the registering function's exported name (`onRequest`, `http`).
 */
export function firebaseTriggerOf(call: Node, modules: ModuleTable): { role: FirebaseHandler; handler: Node; registeredBy: string } | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const { root, names } = calleeChain(call.callee);
  const binding = root ? modules.bindings.get(root) : undefined;
  if (!binding || !FIREBASE_MODULE.test(binding.module)) return undefined;
  const last = names.length ? names[names.length - 1]! : binding.name;
  let role: FirebaseHandler | undefined = Object.hasOwn(V2_TRIGGERS, last) ? V2_TRIGGERS[last] : undefined;
  if (role === 'callableV2' && v1Module(binding.module, [binding.name, ...names])) role = 'callableV1';
  if (!role && names.includes('object') && V1_STORAGE_EVENTS.test(last)) role = 'storageV1';
  // The Functions Framework's `http('name', fn)` only; a `firebase-functions` `http` is a namespace.
  if (role === 'http' && last === 'http' && !binding.module.startsWith('@google-cloud/')) return undefined;
  if (!role) return undefined;
  const fn = call.arguments.length ? unwrap(call.arguments[call.arguments.length - 1]) : undefined;
  return fn && isFunction(fn) ? { role, handler: fn, registeredBy: last } : undefined;
}

/** Trigger handlers of this file: the function given to `onCall(…)`, `onObjectFinalized(…)`, … */
export function collectFirebaseHandlers(e: TaintEngine, program: Node, out: Map<Node, FirebaseHandler>): void {
  walk(program, [{
    CallExpression(call) {
      const trigger = firebaseTriggerOf(call, e.input.modules);
      if (trigger) out.set(trigger.handler, trigger.role);
    },
  }]);
}

/**
 * A v1 callable: imported from `firebase-functions/v1`, or through `functions.https.onCall` of the
 * root module before v6 made it v2. (From the root, `https.onCall` is v1 unless the package is v6+;
 * the caller settles that with the handler's parameters.)
 */
function v1Module(module: string, names: string[]): boolean {
  if (/\/v1(\/|$)/.test(module)) return true;
  return module === 'firebase-functions' && names.includes('https');
}

/** The parameters a trigger gives its handler. */
export function firebaseParams(e: TaintEngine, fn: Node, role: FirebaseHandler): (Value | undefined)[] {
  const [first, second] = fn.params as Node[];
  if (!first) return [];
  switch (role) {
    case 'callableV2':
      return [callableRequest(e, first)];
    case 'callableV1': {
      // From the root module on firebase-functions 6+, `https.onCall` is v2: `(request)`, or `(request, response)` when streaming.
      const name = first.type === 'Identifier' ? first.name : '';
      const v2Shaped = /^(req|request|_req)$/.test(name) && (!second || (second.type === 'Identifier' && /^(res|response)$/.test(second.name)));
      if (v2Shaped) return [callableRequest(e, first)];
      return [clientData(e, first, 'callable data'), { taints: [], fields: new Map([['rawRequest', { taints: [], kind: 'request' }]]) }];
    }
    case 'http':
      return [{ taints: [], kind: 'request' }, second ? { taints: [], kind: 'response' } : undefined];
    case 'storageV2':
      return [{ taints: [], fields: new Map([['data', storageObject(e, first)]]) }];
    case 'storageV1':
      return [storageObject(e, first)];
  }
}

/** The client's whole message: an object, credentials too. */
function clientData(e: TaintEngine, at: Node, label: string): Value {
  const v = e.source(at, label, 'request', true);
  for (const t of v.taints) if (t.source) t.source.payload = true;
  return v;
}

/** v2 callable request: `data` is the client's, `rawRequest` the HTTP request; `auth` and `app` are verified by Firebase. */
function callableRequest(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map([
    ['data', clientData(e, at, 'callable request.data')],
    ['rawRequest', { taints: [], kind: 'request' }],
  ]) };
}

/** A Storage object's metadata: its `name` (and the metadata the uploader set) are the uploader's. */
function storageObject(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map([
    ['name', e.source(at, 'uploaded Storage object name', 'request', false)],
    ['metadata', e.source(at, 'uploaded Storage object metadata', 'request', false)],
  ]) };
}
