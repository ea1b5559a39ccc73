/**
 * What a module exports again from other modules, read from its tree: ESM `export * from`,
 * `export * as ns from` and `export { a } from`, and the CommonJS a compiler writes for them — TypeScript's
 * `__exportStar(require('./x'), exports)` and `Object.defineProperty(exports, 'a', { get: … x_1.a })`,
 * Babel's `Object.keys(_x).forEach(… exports …)`, `Object.assign(module.exports, require('./x'))` and
 * `module.exports = { ...require('./x') }`.
 * The link step follows them to the modules that define what an importer calls, and a library's
 * entry module through them to the modules whose functions are its API.
 */
import { type Node, memberPath, propertyName, stringValue, unwrap, walk } from './frontend/js/ast.js';
import type { CodeFacts } from './taint/summaries.js';

type Reexport = NonNullable<CodeFacts['reexports']>[number];

export function collectReexports(program: Node): Reexport[] {
  const out: Reexport[] = [];
  // `var x_1 = require("./x")` at the top level: the module a compiled re-export reads from.
  const required = new Map<string, string>();
  const getters = new Map<string, Record<string, string>>();
  const specOf = (n: Node | undefined): string | undefined => {
    if (!n) return undefined;
    const u = unwrap(n);
    if (u.type === 'Identifier') return required.get(u.name);
    // tslib's and Babel's interop wrappers: `__importStar(require('./x'))`.
    if (u.type === 'CallExpression' && u.arguments.length === 1 && /^_?_?interop|^__import/.test(calleeName(u) ?? '')) return specOf(u.arguments[0]);
    return requireSpec(u);
  };
  // (Babel declares them after the getters that read them: `var` is hoisted.)
  for (const s of program.body as Node[]) {
    if (s.type !== 'VariableDeclaration') continue;
    for (const d of s.declarations) {
      const spec = d.id.type === 'Identifier' ? specOf(d.init) : undefined;
      if (spec !== undefined) required.set(d.id.name, spec);
    }
  }
  for (const s of program.body as Node[]) {
    if (s.type === 'ExportAllDeclaration' && s.source) {
      // `export * as episodes from './dao/episodes.js'`: one export, the module's namespace object.
      const namespace = s.exported ? s.exported.name ?? stringValue(s.exported) : undefined;
      out.push(namespace ? { spec: String(s.source.value), namespace } : { spec: String(s.source.value) });
    }
    else if (s.type === 'ExportNamedDeclaration' && s.source) {
      const names: Record<string, string> = {};
      for (const sp of s.specifiers) {
        const local = sp.local?.name ?? stringValue(sp.local);
        const exported = sp.exported?.name ?? stringValue(sp.exported);
        if (local && exported) names[exported] = local;
      }
      out.push({ spec: String(s.source.value), names });
    } else if (s.type === 'ExpressionStatement' && unwrap(s.expression).type === 'AssignmentExpression') {
      // `module.exports = { ...require('./users'), ...orders }`
      const a = unwrap(s.expression);
      const right = unwrap(a.right);
      if (isExportsObject(a.left) && right.type === 'ObjectExpression') {
        for (const p of right.properties as Node[]) {
          const spec = p.type === 'SpreadElement' ? specOf(p.argument) : undefined;
          if (spec !== undefined) out.push({ spec });
        }
      }
    } else if (s.type === 'ExpressionStatement' && unwrap(s.expression).type === 'CallExpression') {
      const call = unwrap(s.expression);
      const name = calleeName(call) ?? '';
      const [first, second, third] = call.arguments as Node[];
      if (/^_?_exportStar$/.test(name) && second && isExportsObject(second)) {
        const spec = specOf(first);
        if (spec !== undefined) out.push({ spec });
      } else if (name === 'Object.assign' && first && isExportsObject(first)) {
        for (const a of call.arguments.slice(1) as Node[]) {
          const spec = specOf(a);
          if (spec !== undefined) out.push({ spec });
        }
      } else if (name === 'Object.defineProperty' && first && isExportsObject(first)) {
        // `Object.defineProperty(exports, "a", { enumerable: true, get: function () { return x_1.b; } })`
        const exported = stringValue(second);
        const read = getterRead(third);
        const spec = read && required.get(read.object);
        if (exported !== undefined && read && spec !== undefined) (getters.get(spec) ?? getters.set(spec, {}).get(spec)!)[exported] = read.property;
      } else if (name.endsWith('.forEach') && call.callee.type === 'MemberExpression') {
        // Babel: `Object.keys(_x).forEach(function (key) { … exports[key] = _x[key] … })`.
        const keys = unwrap(call.callee.object);
        const spec = keys.type === 'CallExpression' && calleeName(keys) === 'Object.keys' ? specOf(keys.arguments[0]) : undefined;
        if (spec !== undefined && first && writesExports(first)) out.push({ spec });
      }
    }
  }
  for (const [spec, names] of getters) out.push({ spec, names });
  return out;
}

function calleeName(call: Node): string | undefined {
  const c = unwrap(call.callee);
  if (c.type === 'Identifier') return c.name;
  // `tslib_1.__exportStar`, `(0, tslib_1.__exportStar)` → the method's own name.
  if (c.type === 'SequenceExpression') return calleeName({ ...call, callee: c.expressions[c.expressions.length - 1] });
  const path = memberPath(c);
  if (path === 'Object.assign' || path === 'Object.defineProperty' || path === 'Object.keys') return path;
  const prop = c.type === 'MemberExpression' ? propertyName(c) : undefined;
  return prop === 'forEach' ? `${memberPath(c.object) ?? ''}.forEach` : prop;
}

function requireSpec(n: Node): string | undefined {
  return n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' ? stringValue(n.arguments[0]) : undefined;
}

function isExportsObject(n: Node): boolean {
  const u = unwrap(n);
  return (u.type === 'Identifier' && u.name === 'exports') || memberPath(u) === 'module.exports';
}

/** `{ get: function () { return x_1.b; } }` or `{ get: () => x_1.b }` → x_1 and b. */
function getterRead(descriptor: Node | undefined): { object: string; property: string } | undefined {
  const d = descriptor && unwrap(descriptor);
  if (d?.type !== 'ObjectExpression') return undefined;
  const get = d.properties.find((p: Node) => p.type === 'Property' && propertyName(p) === 'get');
  const fn = get && unwrap(get.value);
  if (!fn || (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return undefined;
  const body = fn.body?.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : undefined) : fn.body;
  const read = body && unwrap(body);
  if (read?.type !== 'MemberExpression' || unwrap(read.object).type !== 'Identifier') return undefined;
  const property = propertyName(read);
  return property === undefined ? undefined : { object: unwrap(read.object).name, property };
}

/** The callback writes to `exports` (`exports[key] = …`, `Object.defineProperty(exports, key, …)`). */
function writesExports(callback: Node): boolean {
  const fn = unwrap(callback);
  if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return false;
  let found = false;
  walk(fn, [{ Identifier(id) { if (id.name === 'exports') found = true; } }]);
  return found;
}
