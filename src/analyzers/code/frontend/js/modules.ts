import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { type Node, type Visitor, memberPath, propertyName, stringValue, unwrap, walk } from './ast.js';

/** What a local name was imported as: module specifier and the imported name (`*` = the module itself). */
export interface ImportBinding {
  module: string;
  name: string;
  /**
   * Bound through a compiler's interop wrapper (`const fs_1 = __importDefault(require('fs'))`): a
   * CommonJS package is then read as `fs_1.default`, which is the package itself.
   */
  interop?: boolean;
}

/** tsc's, tslib's and Babel's interop wrappers around `require()`: `__importDefault(require('x'))`. */
export const INTEROP_WRAPPER = /^(__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard)$/;

function interopSpecifier(node: Node): string | undefined {
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return undefined;
  const callee = unwrap(node.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  return name && INTEROP_WRAPPER.test(name) ? requireSpecifier(node.arguments[0]) : undefined;
}

const BUILTINS = new Set(builtinModules);
/** A Node built-in module's name (`path`, `url`, `crypto`). */
export const isBuiltinModuleName = (name: string): boolean => BUILTINS.has(name);

/** `node:fs/promises` → `fs/promises`; everything else unchanged. */
export function canonicalModule(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}

/**
 * Framework conventions name modules by place (`app/service/user.js`, `src/api/x/services/y`):
 * the project folder of `file` (up to and with the `/` before the first match of `folders`), or
 * undefined when the file is not in one.
 */
export function conventionRoot(file: string, folders: RegExp): string | undefined {
  const at = file.search(folders);
  return at < 0 ? undefined : file.slice(0, at + (file[at] === '/' ? 1 : 0));
}

/** The relative specifier (`./x`, `../x`) from `file` to the project path `target`. */
export function specifierTo(file: string, target: string): string {
  const rel = posix.relative(posix.dirname(file), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function isRelativeSpecifier(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..';
}

/** Package name of a bare specifier (`lodash/merge` → `lodash`, `@a/b/c` → `@a/b`), or undefined for builtins/relative. */
export function packageNameOf(spec: string): string | undefined {
  if (isRelativeSpecifier(spec) || spec.startsWith('/') || spec.startsWith('node:')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (BUILTINS.has(name) || BUILTINS.has(spec)) return undefined;
  return name;
}

export interface ModuleTable {
  /** Local binding → where it came from. */
  bindings: Map<string, ImportBinding>;
  /** Every module specifier the file imports or requires. */
  specifiers: Set<string>;
  /** Package-name prefixes of computed specifiers: `require(`@img/sharp-${platform}`)` → `@img/sharp-`. */
  prefixes?: Set<string>;
  /** Local functions that require the specifier they are given (`const load = (id) => { try { return require(id) } … }`). */
  requireWrappers?: Set<string>;
  /** `import type { X } from 'm'`: where a declared type comes from (no runtime binding). */
  types?: Map<string, ImportBinding>;
}

function requireSpecifier(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) {
    return stringValue(n.arguments[0]);
  }
  if (n.type === 'AwaitExpression') return requireSpecifier(n.argument) ?? importSpecifier(n.argument);
  return undefined;
}

function importSpecifier(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'ImportExpression') return stringValue(n.source);
  return undefined;
}

function bindPattern(table: ModuleTable, pattern: Node, module: string) {
  if (pattern.type === 'Identifier') {
    table.bindings.set(pattern.name, { module, name: '*' });
  } else if (pattern.type === 'ObjectPattern') {
    for (const p of pattern.properties) {
      if (p.type !== 'Property') continue;
      const imported = propertyName(p);
      const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
      if (imported && local.type === 'Identifier') table.bindings.set(local.name, { module, name: imported });
    }
  }
}

/** The literal head of a computed specifier (`` `@img/sharp-${p}` ``, `'eslint-plugin-' + name`), when it names packages. */
function addPrefix(table: ModuleTable, arg: Node | undefined): void {
  const n = arg ? unwrap(arg) : undefined;
  // `require(local ? './binding.node' : `@scope/pkg-${platform}`)`: either branch may be the specifier.
  if (n?.type === 'ConditionalExpression') { addPrefix(table, n.consequent); addPrefix(table, n.alternate); return; }
  let head: string | undefined;
  if (n?.type === 'TemplateLiteral' && n.expressions.length > 0) head = n.quasis[0]?.value?.cooked ?? undefined;
  else if (n?.type === 'BinaryExpression' && n.operator === '+') head = stringValue(n.left);
  // At least a package's first few characters, and not a path.
  if (!head || head.length < 3 || /^[./]/.test(head) || head.startsWith('node:')) return;
  (table.prefixes ??= new Set()).add(head);
}

/** A function whose first parameter it passes to `require()`: a wrapper that loads the module its caller names. */
function requiresItsParameter(fn: Node): boolean {
  const param = fn.params?.[0];
  if (param?.type !== 'Identifier') return false;
  let found = false;
  walk(fn.body, [{
    CallExpression(c) {
      const arg = c.arguments[0] && unwrap(c.arguments[0]);
      if (c.callee.type === 'Identifier' && c.callee.name === 'require' && arg?.type === 'Identifier' && arg.name === param.name) found = true;
    },
  }]);
  return found;
}

/** Collect ESM imports, CommonJS requires and dynamic imports of one file. */
export function collectModules(program: Node): ModuleTable {
  const table: ModuleTable = { bindings: new Map(), specifiers: new Set() };
  walk(program, [modulesVisitor(table)]);
  return table;
}

/** The visitor behind `collectModules`, for callers that fold it into a walk of their own. */
export function modulesVisitor(table: ModuleTable): Visitor {
  return {
    ImportDeclaration(node) {
      const module = canonicalModule(String(node.source.value));
      table.specifiers.add(String(node.source.value));
      if (node.importKind === 'type') {
        // Type-only imports bind no value, but say where a parameter's declared type comes from.
        for (const s of node.specifiers) if (s.local?.name) (table.types ??= new Map()).set(s.local.name, { module, name: s.type === 'ImportSpecifier' ? propertyName({ ...s, type: 'Property', key: s.imported, computed: false }) ?? s.local.name : 'default' });
        return;
      }
      for (const s of node.specifiers) {
        if (s.type === 'ImportDefaultSpecifier') table.bindings.set(s.local.name, { module, name: 'default' });
        else if (s.type === 'ImportNamespaceSpecifier') table.bindings.set(s.local.name, { module, name: '*' });
        else if (s.type === 'ImportSpecifier') table.bindings.set(s.local.name, { module, name: propertyName({ ...s, type: 'Property', key: s.imported, computed: false }) ?? s.local.name });
      }
    },
    ExportNamedDeclaration(node) {
      if (node.source) table.specifiers.add(String(node.source.value));
    },
    ExportAllDeclaration(node) {
      if (node.source) table.specifiers.add(String(node.source.value));
    },
    TSImportEqualsDeclaration(node) {
      const ref = node.moduleReference;
      if (ref?.type === 'TSExternalModuleReference') {
        const spec = stringValue(ref.expression);
        if (spec) {
          table.specifiers.add(spec);
          table.bindings.set(node.id.name, { module: canonicalModule(spec), name: '*' });
        }
      }
    },
    FunctionDeclaration(node) {
      if (node.id && requiresItsParameter(node)) (table.requireWrappers ??= new Set()).add(node.id.name);
    },
    VariableDeclarator(node) {
      const init = node.init ? unwrap(node.init) : undefined;
      if (!init) return;
      if (node.id.type === 'Identifier' && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') && requiresItsParameter(init)) (table.requireWrappers ??= new Set()).add(node.id.name);
      const spec = requireSpecifier(init) ?? importSpecifier(init);
      if (spec) {
        table.specifiers.add(spec);
        bindPattern(table, node.id, canonicalModule(spec));
        return;
      }
      const wrapped = interopSpecifier(init);
      if (wrapped && node.id.type === 'Identifier') {
        table.specifiers.add(wrapped);
        table.bindings.set(node.id.name, { module: canonicalModule(wrapped), name: '*', interop: true });
        return;
      }
      // `const { SafeString } = Handlebars` after `import Handlebars from 'handlebars'`: members of a
      // module object already bound (its default export or namespace) are that module's members.
      if (init.type === 'Identifier' && node.id.type === 'ObjectPattern') {
        const b = table.bindings.get(init.name);
        if (b && (b.name === 'default' || b.name === '*') && !b.interop) bindPattern(table, node.id, b.module);
        return;
      }
      // const exec = require('child_process').exec;  const { promisify } = require('util').default
      if (init.type === 'MemberExpression') {
        const s = requireSpecifier(init.object);
        const prop = propertyName(init);
        if (s && prop && node.id.type === 'Identifier') {
          table.specifiers.add(s);
          table.bindings.set(node.id.name, { module: canonicalModule(s), name: prop });
        }
      }
    },
    CallExpression(node) {
      const spec = requireSpecifier(node);
      if (spec) table.specifiers.add(spec);
      else if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) addPrefix(table, node.arguments[0]);
      // The wrapper's caller names the module (`requireWithFriendlyError(`@scope/pkg-${platform}`)`).
      else if (node.callee.type === 'Identifier' && table.requireWrappers?.has(node.callee.name)) addPrefix(table, node.arguments[0]);
    },
    ImportExpression(node) {
      const spec = stringValue(node.source);
      if (spec) table.specifiers.add(spec);
      else addPrefix(table, node.source);
    },
  };
}

/** Packages (not builtins, not relative files) a file imports: facts for the dependency analyzer. */
/** Packages named by JSDoc type references (`@typedef {import("pkg").T}`): needed by the package's typings, not at run time. */
export function jsDocTypePackages(text: string): string[] {
  if (!text.includes('import(')) return [];
  const out = new Set<string>();
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    for (const m of comment[0].matchAll(/\bimport\(\s*(['"])([^'"\n]{1,300}?)\1\s*\)/g)) {
      const p = packageNameOf(m[2]!);
      if (p) out.add(p);
    }
  }
  return [...out].sort();
}

export function importedPackages(table: ModuleTable): string[] {
  const out = new Set<string>();
  for (const s of table.specifiers) {
    const p = packageNameOf(s);
    if (p) out.add(p);
  }
  return [...out].sort();
}

/**
 * The qualified name of an expression used as a callee or object: imports are replaced by their
 * module (`cp.exec` → `child_process.exec`, `exec` → `child_process.exec`, `jwt.verify` →
 * `jsonwebtoken.verify`); anything else keeps its source text (`db.query`, `res.send`).
 */
export function qualifiedName(node: Node, table: ModuleTable, aliases?: Map<string, string>): string | undefined {
  const n = unwrap(node);
  // require('child_process').exec(…), require('electron').shell.openExternal(…), (await import('x')).y
  // (memberPath reads the first two as `require().…`, which names no module).
  if (n.type === 'MemberExpression') {
    const props: string[] = [];
    let o: Node = n;
    for (let p: string | undefined; o.type === 'MemberExpression' && (p = propertyName(o)) !== undefined; o = unwrap(o.object)) props.unshift(p);
    const spec = requireSpecifier(o);
    if (spec && props.length > 0) return `${canonicalModule(spec)}.${props.join('.')}`;
  }
  const path = memberPath(n);
  if (path === undefined) {
    const spec = requireSpecifier(n);
    if (spec) return canonicalModule(spec);
    return undefined;
  }
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  let rest = dot < 0 ? '' : path.slice(dot);
  const alias = aliases?.get(head);
  if (alias) return alias + rest;
  const b = table.bindings.get(head);
  if (!b) return path;
  // `fs_1.default.readFile` of a wrapped package is `fs.readFile`, as after `import fs from 'fs'`.
  if (b.interop && !isRelativeSpecifier(b.module) && /^\.default(\.|$)/.test(rest)) rest = rest.slice('.default'.length);
  const base = b.name === '*' || b.name === 'default' ? b.module : `${b.module}.${b.name}`;
  return base + rest;
}
