/**
 * Feathers (4 and 5): a service's standard methods and its hooks receive what a client sent over REST
 * or a socket. `find(params)`, `get(id, params)`, `create(data, params)`, `update(id, data, params)`,
 * `patch(id, data, params)` and `remove(id, params)`: `id` is the URL segment, `data` the body and
 * `params.query` the query string (`params.headers` over REST). A hook's `context` carries the same
 * (`context.id`, `context.data`, `context.params.query`). What the server itself sets on `params`
 * (`user`, `provider`, `authentication`) is not the client's.
 *
 * Only in code that runs under Feathers (a `@feathersjs/*` import, or a package that declares
 * `@feathersjs/feathers`), and only for classes shaped as services: extending an adapter or
 * implementing a service interface from `@feathersjs/*`, or holding two or more of the standard
 * methods with a last parameter named `params`.
 */
import { type Node, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import type { Value } from './values.js';

const FEATHERS_MODULE = /^@feathersjs\//;
/** Each standard method's parameters, by position (custom methods and a strategy's `authenticate` take `(data, params)`). */
const SERVICE_METHODS: Record<string, ('id' | 'data' | 'params')[]> = {
  find: ['params'],
  get: ['id', 'params'],
  create: ['data', 'params'],
  update: ['id', 'data', 'params'],
  patch: ['id', 'data', 'params'],
  remove: ['id', 'params'],
};
const CUSTOM_METHOD: ('data' | 'params')[] = ['data', 'params'];
/** Types a service class implements or extends (adapters: `KnexService`, `MongoDBService`, …). */
const SERVICE_TYPES = /^(ServiceInterface|ServiceMethods|ServiceAddons|Service|ClientService|\w+Service|\w+Adapter)$/;
const PARAMS_NAME = /^_?params$/;
/** Authentication strategies (`class extends LocalStrategy`): `authenticate(data, params)` gets the login request. */
const STRATEGY_TYPES = /Strategy$/;

/** Whether this file runs under Feathers: it imports a `@feathersjs/*` module, or its package declares Feathers. */
export function runsUnderFeathers(e: TaintEngine): boolean {
  return e.runsUnder('feathers', FEATHERS_MODULE, ['@feathersjs/feathers']);
}

/**
 * The standard methods of the file's service classes (method function → method name), and the
 * functions written inline in a `.hooks({ before: { create: [async (context) => …] } })` call.
 */
export function collectFeathersEntryPoints(e: TaintEngine, program: Node, methods: Map<Node, string>, hooks: Set<Node>): void {
  const serviceClass = (c: Node) => {
    const standard: [Node, string][] = [];
    const custom: [Node, string][] = [];
    for (const m of (c.body?.body ?? []) as Node[]) {
      if (m.type !== 'MethodDefinition' || m.kind !== 'method' || m.static || m.computed || !m.value?.body || m.accessibility === 'private' || m.accessibility === 'protected') continue;
      const name = propertyName(m);
      if (!name) continue;
      if (Object.hasOwn(SERVICE_METHODS, name)) standard.push([m.value, name]);
      // A custom method (`app.use(path, service, { methods: [..., 'test'] })`) takes `(data, params)`.
      else if (!name.startsWith('_') && m.value.params.length === 2 && lastParamIsParams(m.value, 2)) custom.push([m.value, name]);
      if (name === 'authenticate' && extendsFromFeathers(e, c, STRATEGY_TYPES)) methods.set(m.value, name);
    }
    if (standard.length && serviceShaped(e, c, standard)) for (const [fn, name] of [...standard, ...custom]) methods.set(fn, name);
  };
  walk(program, [{
    ClassDeclaration: serviceClass,
    ClassExpression: serviceClass,
    CallExpression(call) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'hooks') return;
      for (const arg of call.arguments as Node[]) collectHookFunctions(unwrap(arg), hooks, 0);
    },
  }]);
}

function serviceShaped(e: TaintEngine, c: Node, standard: [Node, string][]): boolean {
  if (extendsFromFeathers(e, c, SERVICE_TYPES)) return true;
  return standard.filter(([fn, name]) => lastParamIsParams(fn, SERVICE_METHODS[name]!.length)).length >= 2;
}

/** The class extends or implements a type of that name imported from `@feathersjs/*`. */
function extendsFromFeathers(e: TaintEngine, c: Node, types: RegExp): boolean {
  const named = (n: Node | undefined): string | undefined => {
    const u = n && unwrap(n.type === 'TSClassImplements' || n.type === 'TSExpressionWithTypeArguments' ? n.expression : n);
    return u ? memberPath(u) : undefined;
  };
  const fromFeathers = (path: string | undefined): boolean => {
    if (!path) return false;
    const parts = path.split('.');
    const b = e.input.modules.bindings.get(parts[0]!) ?? e.input.modules.types?.get(parts[0]!);
    // (`extends KnexService`, `extends Base` imported as `{ KnexService as Base }`, `extends feathers.Service`.)
    return !!b && FEATHERS_MODULE.test(b.module) && types.test(parts.length > 1 ? parts[parts.length - 1]! : b.name);
  };
  return fromFeathers(named(c.superClass)) || ((c.implements ?? []) as Node[]).some((i) => fromFeathers(named(i)));
}

/** The method's parameter at `arity` (its last one by the signature) is named `params`. */
function lastParamIsParams(fn: Node, arity: number): boolean {
  const last = fn.params[arity - 1];
  const target = last?.type === 'AssignmentPattern' ? last.left : last;
  return target?.type === 'Identifier' && PARAMS_NAME.test(target.name);
}

/** Functions in a hooks object (`{ before: { all: [fn], create: [fn] } }`, arrays, `around` hooks). */
function collectHookFunctions(n: Node, out: Set<Node>, depth: number): void {
  if (depth > 4) return;
  if (isFunction(n)) out.add(n);
  else if (n.type === 'ArrayExpression') for (const el of n.elements as Node[]) el && collectHookFunctions(unwrap(el), out, depth + 1);
  else if (n.type === 'ObjectExpression') for (const p of n.properties as Node[]) if (p.type === 'Property') collectHookFunctions(unwrap(p.value), out, depth + 1);
}

/** The body a client sent, whole: credentials too, on the services that take them (a login's `data`). */
function wholeMessage(v: Value): Value {
  for (const t of v.taints) if (t.source) t.source.payload = true;
  return v;
}

/** What a client sent, as `params` holds it. */
function clientParams(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map([
    ['query', e.source(at, 'Feathers params.query', 'request', true)],
    ['headers', e.source(at, 'Feathers params.headers', 'request', false)],
    ['route', e.source(at, 'Feathers params.route', 'request', false)],
  ]) };
}

/** A standard service method's parameters: the id, the body and the client's params. */
export function serviceMethodParams(e: TaintEngine, fn: Node, method: string): (Value | undefined)[] {
  return (SERVICE_METHODS[method] ?? CUSTOM_METHOD).map((role, i) => {
    const p = fn.params[i];
    if (!p) return undefined;
    if (role === 'id') return e.source(p, `Feathers ${method}() id`, 'request', false);
    if (role === 'data') return wholeMessage(e.source(p, `Feathers ${method}() data`, 'request', true));
    return clientParams(e, p);
  });
}

/** A hook's `context`: `id`, `data` and `params` as the client sent them. */
export function hookContext(e: TaintEngine, at: Node): Value {
  return { taints: [], fields: new Map([
    ['id', e.source(at, 'Feathers context.id', 'request', false)],
    ['data', wholeMessage(e.source(at, 'Feathers context.data', 'request', true))],
    ['params', clientParams(e, at)],
  ]) };
}

/**
 * A hook written in its own module, as Feathers' generators and guides write them in JavaScript:
 * `module.exports = (options = {}) => async (context) => { … }` (Feathers 3's `hook`), registered by
 * another file's `.hooks({ … })`. In Feathers code a function of `(context)` or `(context, next)`
 * (an around hook) is one.
 */
export function isHookFunction(e: TaintEngine, fn: Node): boolean {
  const first = fn.params[0];
  return fn.params.length <= 2 && first?.type === 'Identifier' && HOOK_PARAM_NAMES.test(first.name) && (fn.params.length === 1 || (fn.params[1].type === 'Identifier' && fn.params[1].name === 'next')) && runsUnderFeathers(e);
}
const HOOK_PARAM_NAMES = /^(context|hook)$/;

/**
 * A parameter declared as a hook context: `HookContext` from `@feathersjs/feathers`, or the app's own
 * alias of it (the generator's `declarations.ts` re-exports `HookContext<S>`) in Feathers code.
 */
export function isHookContextParam(e: TaintEngine, param: Node): boolean {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const ann = target?.typeAnnotation?.typeAnnotation;
  if (ann?.type !== 'TSTypeReference' || ann.typeName?.type !== 'Identifier' || ann.typeName.name !== 'HookContext') return false;
  const b = e.input.modules.bindings.get('HookContext') ?? e.input.modules.types?.get('HookContext');
  return !!b && (FEATHERS_MODULE.test(b.module) || b.module.startsWith('.'));
}
