/**
 * Egg.js and Midway.js configuration files. Both frameworks load `config/config.<env>.(js|ts)`
 * (Midway: `src/config/…`) and merge what it exports into the app's config, one section per plugin
 * or component: `keys` (cookie-signing keys), `security` (egg-security / @midwayjs/security:
 * `csrf.enable`), `session` (koa-session options: `httpOnly`, `secure`), `jwt` (egg-jwt /
 * @midwayjs/jwt: `secret`). The file exports an object or a function of `appInfo` returning one:
 *
 *   export default { keys: …, security: { csrf: { enable: false } } } as MidwayConfig;
 *   export default (appInfo) => ({ … });
 *   module.exports = (appInfo) => { const config = exports = {}; config.keys = …; return config; };
 *   exports.security = { … };  export const session = { … };
 *
 * Options are read from these sections, not from calls: no function of the plugin is ever called.
 */
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';

/** Where both frameworks look for configuration (the env part: default, local, prod, unittest, …). */
const CONFIG_FILE = /(^|\/)config\/config\.[\w-]+\.[cm]?[jt]s$/;
/** Packages whose types or helpers a config file imports (`MidwayConfig`, `EggAppConfig`, `PowerPartial`). */
const FRAMEWORK_MODULE = /^(egg|@eggjs\/[\w-]+|@midwayjs\/[\w-]+|midway)$/;

export interface AppConfig {
  /** Top-level sections by name: each value written for it (an object literal, a constant…). */
  sections: Map<string, Node[]>;
}

const cache = new WeakMap<Node, AppConfig | null>();

/**
 * The sections an Egg or Midway config file exports, or undefined when this is not one: the file
 * name is the framework's, and the file either imports the framework or has the Egg shape
 * (`module.exports = appInfo => …`, `exports.x = …`) that CommonJS Egg configs use without imports.
 */
export function appConfig(ctx: CodeRuleContext): AppConfig | undefined {
  const hit = cache.get(ctx.program);
  if (hit !== undefined) return hit ?? undefined;
  const found = CONFIG_FILE.test(ctx.path) ? readConfig(ctx) : undefined;
  cache.set(ctx.program, found ?? null);
  return found;
}

function readConfig(ctx: CodeRuleContext): AppConfig | undefined {
  const imports = [...ctx.modules.specifiers].some((s) => FRAMEWORK_MODULE.test(s));
  const sections = new Map<string, Node[]>();
  const add = (name: string | undefined, value: Node) => {
    if (!name) return;
    if (!sections.has(name)) sections.set(name, []);
    sections.get(name)!.push(value);
  };
  /** Objects the file builds its config in (`const config = {}`, `exports`), by name. */
  const holders = new Set(['exports', 'module.exports']);
  const addObject = (obj: Node | undefined) => {
    for (const p of obj?.properties ?? []) if (p.type === 'Property' && !p.computed) add(propertyName(p), p.value);
  };
  /** The exported value: an object, or a function (of `appInfo`) whose returned objects are the config. */
  const exported = (value: Node) => {
    const v = unwrap(value);
    if (isFunction(v)) {
      if (v.body.type !== 'BlockStatement') return addObject(objectLiteralOf(ctx.program, v.body));
      walk(v.body, [{
        ReturnStatement(r, ancestors) {
          if (ancestors.some(isFunction)) return; // a nested function's (a `cors.origin` callback's) own value
          const arg = r.argument && unwrap(r.argument);
          if (arg?.type === 'Identifier') {
            holders.add(arg.name);
            addObject(objectLiteralOf(ctx.program, arg));
          }
          // `return { ...config, ...userConfig }`: the spread objects are built above.
          for (const p of arg?.type === 'ObjectExpression' ? arg.properties : []) {
            if (p.type === 'SpreadElement' && unwrap(p.argument).type === 'Identifier') {
              holders.add(unwrap(p.argument).name);
              addObject(objectLiteralOf(ctx.program, p.argument));
            } else if (p.type === 'Property' && !p.computed) add(propertyName(p), p.value);
          }
        },
      }]);
      return;
    }
    if (v.type === 'Identifier') holders.add(v.name);
    addObject(objectLiteralOf(ctx.program, v));
  };
  let shaped = false;
  for (const stmt of ctx.program.body as Node[]) {
    if (stmt.type === 'ExportDefaultDeclaration') exported(stmt.declaration);
    else if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration?.type === 'VariableDeclaration') {
      for (const d of stmt.declaration.declarations) if (d.id.type === 'Identifier' && d.init) add(d.id.name, d.init);
    } else if (stmt.type === 'ExpressionStatement' && unwrap(stmt.expression).type === 'AssignmentExpression') {
      const a = unwrap(stmt.expression);
      if (memberPath(a.left) === 'module.exports') {
        shaped = true;
        exported(a.right);
      } else if (/^(module\.)?exports\.\w+$/.test(memberPath(a.left) ?? '')) shaped = true;
    }
  }
  if (!imports && !shaped) return undefined;
  // `config.security = { … }`, `exports.keys = …` wherever the file assigns them.
  walk(ctx.program, [{
    AssignmentExpression(a) {
      const left = unwrap(a.left);
      if (left.type !== 'MemberExpression' || left.computed) return;
      const owner = memberPath(left.object) ?? '';
      if (holders.has(owner)) add(propertyName(left), a.right);
    },
  }]);
  return { sections };
}

/**
 * The properties found at `path` under a section (`['security', 'csrf', 'enable']`): the Property
 * nodes, so a rule reports the line that sets the option. A section written as something other
 * than an object literal (read from another module) has none.
 */
export function configOption(ctx: CodeRuleContext, config: AppConfig, path: string[]): Node[] {
  const [first, ...rest] = path;
  let level: Node[] = (config.sections.get(first!) ?? []).map((v) => objectLiteralOf(ctx.program, v)).filter((o): o is Node => !!o);
  const out: Node[] = [];
  rest.forEach((key, i) => {
    const next: Node[] = [];
    for (const obj of level) {
      for (const p of obj.properties) {
        if (p.type !== 'Property' || p.computed || propertyName(p) !== key) continue;
        if (i === rest.length - 1) out.push(p);
        else {
          const inner = objectLiteralOf(ctx.program, p.value);
          if (inner) next.push(inner);
        }
      }
    }
    level = next;
  });
  return out;
}

/** The values written for a whole section (`keys`), with the node to report for each. */
export function configSection(config: AppConfig, name: string): Node[] {
  return config.sections.get(name) ?? [];
}
