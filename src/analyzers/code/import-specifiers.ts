/**
 * Module specifiers a JavaScript/TypeScript text imports, read with a pattern instead of a parse:
 * pass 1 orders files by them before any file is parsed. Text in comments or strings may add a
 * specifier that is not a real import; only the order of pass 1 depends on the answer.
 */
const SPECIFIER = /\b(?:require|import)\s*\(\s*(['"`])([^'"`\n]{1,300}?)\1|\b(?:from|import)\s*(['"])([^'"\n]{1,300}?)\3/g;

export function importSpecifiers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[2] ?? m[4];
    if (spec && !spec.includes('${')) out.add(spec);
  }
  return [...out];
}

/** `export * from`, `export { … } from`, `module.exports = require(…)`, `exports.Edge = require(…)`, TypeScript's `__exportStar(require(…), exports)`. */
const REEXPORT = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]{1,300}?)\1|\b(?:module\.)?exports(?:\.[\w$]+)*\s*=\s*require\s*\(\s*(['"])([^'"\n]{1,300}?)\3|\b_?_exportStar\)?\s*\(\s*require\s*\(\s*(['"])([^'"\n]{1,300}?)\5/g;
/** TypeScript's CommonJS `export { a } from './x'`: a getter on `exports` reading the required module (group 2). */
const EXPORT_GETTER = /\bObject\.defineProperty\(\s*exports\s*,\s*(['"])[^'"\n]{1,200}\1\s*,\s*\{[^{}]{0,200}?\bget\s*:\s*(?:function\s*\(\s*\)\s*\{\s*return\s+|\(\s*\)\s*=>\s*)([\w$]+)\./g;
/** `Object.assign(module.exports, require('./x'), …)` (group 1: the sources). */
const ASSIGNED_EXPORTS = /\bObject\.assign\(\s*(?:module\.)?exports\s*,([^;]{1,2000}?)\)\s*[;\n]/g;
/** A `require(…)` inside an exported object literal (`module.exports = { clone: require('./clone.js') }`). */
const INLINE_REQUIRE = /\brequire\s*\(\s*(['"])([^'"\n]{1,300}?)\1/g;
/** `const x = require('s')`, `const { a, b } = require('s')`, `var a = require('a'), b = require('b')`, `import x, { a as b } from 's'`, `import * as x from 's'`. */
const BINDING = /(?:\b(?:const|let|var)\s+|,\s*)(\{[^}]{0,500}\}|[\w$]+)\s*=\s*require\s*\(\s*(['"])([^'"\n]{1,300}?)\2|\bimport\s+([^'";]{1,500}?)\s+from\s*(['"])([^'"\n]{1,300}?)\5/g;
/**
 * Names in export position: `module.exports = { a, b: c }`, `export const x = { a: b }`,
 * `export default { a }`, `exports.a = b`, `exports.a = b.c` (TypeScript's CommonJS output), `export
 * { a }`, `export default a`, `module.exports = a`, `exports.store = new Store()`, and Babel's
 * `export *` (`Object.keys(_mod).forEach(… exports …)`).
 */
const EXPORTED = /\b(?:(?:module\.)?exports(?:\.[\w$]+)*\s*=|export\s+(?:default|(?:const|let|var)\s+[\w$]+\s*=))\s*\{([^}]{0,2000})\}|\bObject\.keys\(([\w$]+)\)\.forEach\(|\b(?:module\.)?exports(?:\.[\w$]+)*\s*=\s*(?:new\s+)?([\w$]+)(?:\.[\w$]+)*\s*(?:\(|[;\n])|\bexport\s*\{([^}]{0,2000})\}(?!\s*from)|\bexport\s+default\s+([\w$]+)\s*[;\n]/g;

/** `target.member = name;` (and `= name.member`, `= new Name(`): group 1 the target, group 2 the name. */
const MEMBER_ASSIGNED = /\b([\w$]+)(?:\.[\w$]+)+\s*=\s*(?:new\s+)?([\w$]+)(?:\.[\w$]+)*\s*(?:\(|[;\n])/g;

/**
 * Specifiers a text re-exports, whole or as an imported binding it exports again — a guess at what
 * the link step reads from the file's facts, to tell which files a library's entry module exposes.
 */
export function reexportSpecifiers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(REEXPORT)) out.add((m[2] ?? m[4] ?? m[6])!);
  for (const m of text.matchAll(ASSIGNED_EXPORTS)) for (const r of m[1]!.matchAll(INLINE_REQUIRE)) out.add(r[2]!);
  const exported = new Set<string>();
  for (const m of text.matchAll(EXPORT_GETTER)) exported.add(m[2]!);
  for (const m of text.matchAll(EXPORTED)) {
    const list = m[1] ?? m[4];
    if (m[1] !== undefined) for (const r of m[1].matchAll(INLINE_REQUIRE)) out.add(r[2]!);
    if (list !== undefined) for (const name of list.match(/[\w$]+/g) ?? []) exported.add(name);
    else exported.add((m[2] ?? m[3] ?? m[5])!);
  }
  if (exported.size === 0) return [...out];
  // Members given to an exported object or class (`axios.Axios = Axios`, `Sequelize.Op = Op`).
  for (const m of text.matchAll(MEMBER_ASSIGNED)) if (exported.has(m[1]!)) exported.add(m[2]!);
  for (const m of text.matchAll(BINDING)) {
    const names = m[1] ?? m[4] ?? '';
    const spec = (m[3] ?? m[6])!;
    if ((names.match(/[\w$]+/g) ?? []).some((n) => exported.has(n) && n !== 'as' && n !== 'default')) out.add(spec);
  }
  return [...out];
}

/** `export * from 's'`, `export * as ns from 's'`, `export { a, b as c } from 's'`. */
const ESM_REEXPORT = /\bexport\s*(?:\*\s*(?:as\s+([\w$]+)\s*)?|\{([^}]{0,20000})\})\s*from\s*(['"])([^'"\n]{1,300}?)\3/g;
/** `import d, { a, b as c } from 's'`, `import * as ns from 's'`. */
const ESM_IMPORT = /\bimport\s+(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s+([\w$]+)|\{([^}]{0,20000})\})?\s*from\s*(['"])([^'"\n]{1,300}?)\4/g;
/** `export { a, b as c }` (of the module's own bindings) and `export default name;`. */
const ESM_LOCAL_EXPORT = /\bexport\s*\{([^}]{0,20000})\}(?!\s*from)|\bexport\s+default\s+([\w$]+)\s*;/g;
/** Any CommonJS export or compiled re-export: a module with one is not read from its text. */
const COMMONJS_EXPORTS = /\b(module\.exports|exports\s*[.[=]|__exportStar|Object\.defineProperty\(\s*exports)/;

/** `a, b as c, type d` → [['a', 'a'], ['b', 'c'], ['d', 'd']] (name, alias). */
function specifierList(list: string): [string, string][] {
  const out: [string, string][] = [];
  for (const item of list.replace(/\/\*[^]*?\*\/|\/\/[^\n]*/g, '').split(',')) {
    const parts = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
    const name = parts[0]?.trim();
    const alias = (parts[1] ?? parts[0])?.trim();
    if (name && alias && /^[\w$]+$/.test(name) && /^[\w$]+$/.test(alias)) out.push([name, alias]);
  }
  return out;
}

/**
 * What an ES module's text exports from other modules, as the link step reads it from the module's
 * facts: its re-exports (exported name → the name in the module it comes from; `as` for a whole
 * module under one name) and its exports of imported bindings (`exportRefs`: exported name →
 * `spec#name`). Undefined for a module with CommonJS exports, whose exports only its tree tells.
 */
export function esmExports(text: string): { reexports: { spec: string; names?: Record<string, string>; as?: string }[]; exportRefs: Record<string, string> } | undefined {
  if (!text.includes('export')) return { reexports: [], exportRefs: {} };
  if (COMMONJS_EXPORTS.test(text)) return undefined;
  const reexports: { spec: string; names?: Record<string, string>; as?: string }[] = [];
  for (const m of text.matchAll(ESM_REEXPORT)) {
    const spec = m[4]!;
    if (m[2] === undefined) reexports.push(m[1] ? { spec, as: m[1] } : { spec });
    else reexports.push({ spec, names: Object.fromEntries(specifierList(m[2]).map(([name, alias]) => [alias, name])) });
  }
  const imported = new Map<string, string>();
  for (const m of text.matchAll(ESM_IMPORT)) {
    const spec = m[5]!;
    if (m[1]) imported.set(m[1], `${spec}#default`);
    if (m[2]) imported.set(m[2], `${spec}#*`);
    if (m[3] !== undefined) for (const [name, alias] of specifierList(m[3])) imported.set(alias, `${spec}#${name}`);
  }
  const exportRefs: Record<string, string> = {};
  for (const m of text.matchAll(ESM_LOCAL_EXPORT)) {
    const pairs: [string, string][] = m[1] !== undefined ? specifierList(m[1]) : [[m[2]!, 'default']];
    for (const [local, exported] of pairs) {
      const ref = imported.get(local);
      if (ref) exportRefs[exported] = ref;
    }
  }
  return { reexports, exportRefs };
}
