/**
 * Entry points found by shape. GraphQL resolver maps: an object with a `Query`, `Mutation` or `Subscription` key
 * whose value is an object of field resolvers (inline, or a `const Mutation = { … }` of the same
 * file). Their second parameter holds the client's arguments (Apollo, graphql-yoga, Mercurius…).
 */
import { type Node, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { GRAPHQL_ROOT_TYPES } from '../models/sources.js';

export function collectResolvers(program: Node, out: Set<Node>, fields?: Map<Node, string>): void {
  const objects = new Map<string, Node>();
  const roots: Node[] = [];
  walk(program, [{
    VariableDeclarator(d) {
      if (d.id.type === 'Identifier' && d.init && unwrap(d.init).type === 'ObjectExpression') objects.set(d.id.name, unwrap(d.init));
    },
    ObjectExpression(o) {
      for (const p of o.properties as Node[]) {
        if (p.type === 'Property' && GRAPHQL_ROOT_TYPES.test(propertyName(p) ?? '')) roots.push(unwrap(p.value));
      }
    },
  }]);
  for (const root of roots) {
    const map = root.type === 'Identifier' ? objects.get(root.name) : root;
    if (map?.type !== 'ObjectExpression') continue;
    for (const p of map.properties as Node[]) {
      if (p.type !== 'Property') continue;
      const v = unwrap(p.value);
      const field = propertyName(p);
      const add = (fn: Node) => {
        out.add(fn);
        if (field) fields?.set(fn, field);
      };
      if (isFunction(v)) add(v);
      // `{ resolve(parent, args) {…}, subscribe(…) }` field configs.
      else if (v.type === 'ObjectExpression') {
        for (const q of v.properties as Node[]) if (q.type === 'Property' && /^(resolve|subscribe)$/.test(propertyName(q) ?? '') && isFunction(unwrap(q.value))) add(unwrap(q.value));
      }
    }
  }
}

/**
 * Resolver maps split over modules (`export const userMutations = { setAvatar: (_root, { url }, ctx) => … }`,
 * spread into `Mutation: { ...userMutations }` in another file): an exported object literal whose
 * function values have the field-resolver signature — an unused or `root`/`parent` first parameter,
 * the arguments second, a `context`/`ctx` (or destructured) third — is a map of field resolvers.
 * Only the module's top-level exported objects (and the functions they name) are read.
 */
export function collectExportedResolverMaps(program: Node, out: Set<Node>, fields?: Map<Node, string>): void {
  const objects = new Map<string, Node>();
  const functions = new Map<string, Node>();
  const exported: Node[] = [];
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'FunctionDeclaration' && decl.id) functions.set(decl.id.name, decl);
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations as Node[]) {
        if (d.id.type !== 'Identifier' || !d.init || unwrap(d.init).type !== 'ObjectExpression') continue;
        objects.set(d.id.name, unwrap(d.init));
        if (stmt.type === 'ExportNamedDeclaration') exported.push(unwrap(d.init));
      }
    } else if (stmt.type === 'ExportNamedDeclaration' && !stmt.source) {
      for (const sp of stmt.specifiers as Node[]) { const o = sp.local?.type === 'Identifier' ? objects.get(sp.local.name) : undefined; if (o) exported.push(o); }
    } else if (stmt.type === 'ExportDefaultDeclaration') {
      const v = unwrap(stmt.declaration);
      const o = v.type === 'Identifier' ? objects.get(v.name) : v;
      if (o?.type === 'ObjectExpression') exported.push(o);
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression' && memberPath(stmt.expression.left) === 'module.exports') {
      const v = unwrap(stmt.expression.right);
      const o = v.type === 'Identifier' ? objects.get(v.name) : v;
      if (o?.type === 'ObjectExpression') exported.push(o);
    }
  }
  for (const o of exported) {
    for (const p of o.properties as Node[]) {
      if (p.type !== 'Property') continue;
      const v = unwrap(p.value);
      // (`{ importFeed }`: a function declared in the module.)
      const fn = v.type === 'Identifier' ? functions.get(v.name) : v;
      if (fn && isFunction(fn) && resolverSignature(fn)) {
        out.add(fn);
        const field = propertyName(p);
        if (field) fields?.set(fn, field);
      }
    }
  }
}

/** `(_root, args, context)`, `(parent, { id }, { db }, info)`: the graphql-js field resolver's parameters. */
function resolverSignature(fn: Node): boolean {
  const [first, second, third] = fn.params as Node[];
  if (!first || !second || !third || fn.params.length > 4) return false;
  const name = (n: Node) => (n.type === 'AssignmentPattern' ? n.left : n).type === 'Identifier' ? (n.type === 'AssignmentPattern' ? n.left : n).name as string : undefined;
  if (!RESOLVER_FIRST.test(name(first) ?? '-')) return false;
  return third.type === 'ObjectPattern' || RESOLVER_CONTEXT.test(name(third) ?? '');
}
const RESOLVER_FIRST = /^(_+\w*|root|parent|obj|source)$/;
const RESOLVER_CONTEXT = /^_*(context|ctx)$/;

/**
 * GraphQL field configs anywhere (graphql-js `fields: { user: { args, resolve } }`, Pothos
 * `t.field({ args, resolve })`, Nexus `queryField(name, { args, resolve })`): an object literal
 * that declares `args` and a `resolve(parent, args, context, info)` function.
 */
export function collectFieldConfigs(program: Node, out: Set<Node>): void {
  walk(program, [{
    ObjectExpression(o) {
      let args = false;
      let resolve: Node | undefined;
      for (const p of o.properties as Node[]) {
        if (p.type !== 'Property' && p.type !== 'MethodDefinition') continue;
        const name = propertyName(p);
        if (name === 'args') args = true;
        else if (name === 'resolve' && isFunction(unwrap(p.value))) resolve = unwrap(p.value);
      }
      if (args && resolve) out.add(resolve);
    },
  }]);
}

/**
 * h3 event handlers (Nuxt and Nitro server routes): `defineEventHandler((event) => …)`, also in the
 * object form `defineEventHandler({ handler(event) {…} })`. Nuxt auto-imports the helpers, so a bare
 * name counts in a file that defines one.
 */
export function collectH3Handlers(program: Node, out: Set<Node>): void {
  walk(program, [{
    CallExpression(call) {
      if (!H3_DEFINERS.test(memberPath(call.callee) ?? '')) return;
      const arg = call.arguments[0] && unwrap(call.arguments[0]);
      if (arg && isFunction(arg)) out.add(arg);
      else if (arg?.type === 'ObjectExpression') {
        for (const p of arg.properties as Node[]) if ((p.type === 'Property' || p.type === 'MethodDefinition') && propertyName(p) === 'handler' && isFunction(unwrap(p.value))) out.add(unwrap(p.value));
      }
    },
  }]);
}
export const H3_DEFINERS = /^(h3\.)?(defineEventHandler|eventHandler|defineCachedEventHandler|defineLazyEventHandler)$/;

/**
 * tRPC procedures: `publicProcedure.input(schema).query(({ input }) => …)` (also `.mutation`,
 * `.subscription`). `input` is what the client sent, checked against the schema (a string is still
 * any string).
 */
/** tRPC resolvers, each with the schema of its last `.input(…)` (what the client's input is parsed with). */
export function collectTrpcProcedures(program: Node, out: Map<Node, Node>): void {
  walk(program, [{
    CallExpression(call) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || !/^(query|mutation|subscription)$/.test(propertyName(callee) ?? '')) return;
      const fn = call.arguments[0] && unwrap(call.arguments[0]);
      const schema = fn && isFunction(fn) ? procedureInput(callee.object) : undefined;
      if (schema) out.set(fn!, schema);
    },
  }]);
}

/** `publicProcedure.input(x)`, `t.procedure.use(mw).input(x)`: the input schema of a builder chain that starts from a procedure. */
function procedureInput(node: Node): Node | undefined {
  let n = unwrap(node);
  let input: Node | undefined;
  for (let i = 0; i < 12; i++) {
    if (n.type === 'CallExpression' && unwrap(n.callee).type === 'MemberExpression') {
      if (propertyName(unwrap(n.callee)) === 'input') input ??= n.arguments[0] ?? n;
      n = unwrap(unwrap(n.callee).object);
      continue;
    }
    const path = memberPath(n) ?? '';
    return /(^|\.)procedure$|Procedure$/.test(path) ? input : undefined;
  }
  return undefined;
}

/**
 * The exported handlers of a file-routed framework's route module (ROUTE_EVENT_MODULES):
 * `export async function load(event)`, `export const GET: RequestHandler = async ({ url }) => …`,
 * and the members of `export const actions = { default: async ({ request }) => … }`.
 */
export function collectRouteEventHandlers<S>(program: Node, exports: RegExp, shape: S, out: Map<Node, S>): void {
  const add = (name: string, value: Node | null | undefined) => {
    if (!value || !exports.test(name)) return;
    const v = unwrap(value);
    if (isFunction(v)) out.set(v, shape);
    else if (v.type === 'ObjectExpression') {
      for (const p of v.properties as Node[]) if ((p.type === 'Property' || p.type === 'MethodDefinition') && isFunction(unwrap(p.value))) out.set(unwrap(p.value), shape);
    }
  };
  for (const stmt of program.body as Node[]) {
    if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration) continue;
    const d = stmt.declaration;
    if (d.type === 'FunctionDeclaration' && d.id) add(d.id.name, d);
    if (d.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier') add(v.id.name, v.init);
  }
}
