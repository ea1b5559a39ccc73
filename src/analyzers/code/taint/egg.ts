/**
 * Egg.js: controllers and services are classes extending the framework's `Controller` / `Service`
 * (`const { Controller } = require('egg')`, `import { Controller } from 'egg'`, or the older
 * `module.exports = (app) => class extends app.Controller {…}`). Each instance is made per request
 * and `this.ctx` is that request's Koa context (`this.ctx.query`, `this.ctx.request.body`,
 * `this.ctx.body = …`). Midway (on Koa, Egg or Express) injects the same context into a controller
 * field: `@Inject() ctx: Context`.
 */
import { conventionRoot, specifierTo } from '../frontend/js/modules.js';
import { type Node, memberPath, unwrap } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';

const EGG_MODULE = /^(egg|@eggjs\/core|ee-core)$/;
const EGG_BASES = /^(Controller|Service|BaseContextClass)$/;

/** Whether a class declaration extends one of Egg's per-request base classes. */
export function extendsEggBase(e: TaintEngine, cls: Node): boolean {
  if (!cls.superClass) return false;
  const path = memberPath(unwrap(cls.superClass));
  if (!path) return false;
  const parts = path.split('.');
  const last = parts[parts.length - 1]!;
  if (!EGG_BASES.test(last)) return false;
  // `class X extends Controller` with Controller from egg; `extends require('egg').Controller` has no path.
  if (parts.length === 1) return EGG_MODULE.test(e.input.modules.bindings.get(last)?.module ?? '');
  // `extends egg.Controller` (a namespace import), `extends app.Controller` in a package that runs on Egg.
  const head = e.input.modules.bindings.get(parts[0]!);
  if (head) return EGG_MODULE.test(head.module);
  return parts.length === 2 && parts[0] === 'app' && e.input.declaredRanges?.('egg') !== undefined;
}

/** `require('egg').Controller` written inline as the base class. */
export function requiresEggBase(cls: Node): boolean {
  const sup = cls.superClass && unwrap(cls.superClass);
  if (sup?.type !== 'MemberExpression' || sup.computed || !EGG_BASES.test(sup.property?.name ?? '')) return false;
  const obj = unwrap(sup.object);
  return obj.type === 'CallExpression' && unwrap(obj.callee).type === 'Identifier' && unwrap(obj.callee).name === 'require' && EGG_MODULE.test(obj.arguments[0]?.value ?? '');
}

/** Whether this file runs on Egg: it imports `egg`, or its package declares it. */
export function runsOnEgg(e: TaintEngine): boolean {
  return e.runsUnder('egg', EGG_MODULE, ['egg']);
}

/** `ctx.service.user.find(…)`, `this.ctx.service.admin.audit.log(…)`, `this.service.user.find(…)`. */
const SERVICE_CALL = /^(?:this\.)?(?:ctx\.)?service\.((?:[\w$]+\.)*[\w$]+)\.[\w$]+$/;

/**
 * Egg loads `app/service/**` by file name onto `ctx.service` (`app/service/admin/user_info.js` is
 * `ctx.service.admin.userInfo`): the specifiers, relative to this file, that a service call may name.
 * Empty when the call is not a service call or this file is not inside an Egg `app/` folder.
 */
export function eggServiceSpecs(e: TaintEngine, calleePath: string): string[] {
  const m = SERVICE_CALL.exec(calleePath);
  if (!m || !runsOnEgg(e)) return [];
  const file = e.input.path;
  const root = conventionRoot(file, /(^|\/)app\/(controller|service|middleware|schedule|extend|router|io)\b/);
  if (root === undefined) return [];
  const appDir = `${root}app/service/`;
  const names = m[1]!.split('.');
  const last = names.pop()!;
  // The loader camel-cases file names: `user_info.js` and `user-info.js` are both `userInfo`.
  const spellings = new Set([last, last.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]);
  return [...spellings].map((name) => specifierTo(file, `${appDir}${[...names, name].join('/')}`));
}

/** Context types Midway injects per request. */
const MIDWAY_CONTEXT_MODULE = /^(@midwayjs\/(koa|web|web-koa|express|faas)|egg)$/;

/** A class field `@Inject() ctx: Context` (Midway): the request's context, as `this.ctx`. */
export function injectedRequestContext(e: TaintEngine, field: Node): boolean {
  const injected = ((field.decorators ?? []) as Node[]).some((d) => {
    const x = unwrap(d.expression);
    return (x.type === 'CallExpression' ? memberPath(x.callee) : memberPath(x)) === 'Inject';
  });
  const type = field.typeAnnotation?.typeAnnotation;
  if (!injected || type?.type !== 'TSTypeReference' || type.typeName?.type !== 'Identifier') return false;
  const b = e.input.modules.bindings.get(type.typeName.name) ?? e.input.modules.types?.get(type.typeName.name);
  return !!b && MIDWAY_CONTEXT_MODULE.test(b.module) && /^(Context|IMidwayKoaContext|IMidwayExpressRequest)$/.test(b.name);
}
