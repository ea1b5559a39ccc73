/**
 * Strapi (4 and 5): the code of an API lives in `src/api/<api>/{controllers,services}/<name>.js`,
 * each module exporting `createCoreController(uid, ({ strapi }) => ({ …methods }))` (or
 * `createCoreService`), and other files reach it by its uid: `strapi.service('api::recipe.recipe')`
 * is what `src/api/recipe/services/recipe.js` exports. The factory's object is the module's export,
 * so its methods are summarised like any exported object's; a module may also export the factory
 * itself (`module.exports = ({ strapi }) => ({ … })`): a uid call links to either.
 * (Controllers, policies and middlewares get Koa's `ctx`: functions.ts CONTEXT_FRAMEWORKS.)
 */
import { conventionRoot, specifierTo } from '../frontend/js/modules.js';
import { type Node, isFunction, stringValue, unwrap } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import type { Frame } from './frames.js';
import { runFunction } from './functions.js';
import { EMPTY, type Value } from './values.js';

const STRAPI_MODULE = /^@strapi\//;
const FACTORIES = /(^|\.)createCore(Service|Controller)$/;
const UID = /^api::([\w-]+)\.([\w-]+)$/;
const KINDS: Record<string, string> = { service: 'services', controller: 'controllers' };

/** Whether this file runs on Strapi: it imports `@strapi/*`, or its package declares `@strapi/strapi`. */
function runsOnStrapi(e: TaintEngine): boolean {
  return e.runsUnder('strapi', STRAPI_MODULE, ['@strapi/strapi']);
}

/** `createCoreService(uid, ({ strapi }) => ({ … }))`: the object the factory returns. */
export function strapiFactoryProduct(e: TaintEngine, name: string, args: Node[], frame: Frame): Value | undefined {
  if (!FACTORIES.test(name) || !runsOnStrapi(e)) return undefined;
  const factory = args[1] && unwrap(args[1]);
  if (!factory || !isFunction(factory)) return undefined;
  const id = e.fnByNode.get(factory) ?? e.registerFunction(factory, frame.scope);
  const { returned } = runFunction(e, e.fns[id]!, [EMPTY], false);
  return returned.fields ? { taints: [], fields: returned.fields } : undefined;
}

/**
 * `strapi.service('api::recipe.recipe')`, `strapi.controller(…)`: the export of the file that uid
 * names, relative to this file (`src/api/recipe/services/recipe`), for the link step.
 */
export function strapiUidRef(e: TaintEngine, method: string, args: Node[]): Value | undefined {
  const dir = Object.hasOwn(KINDS, method) ? KINDS[method] : undefined;
  const uid = dir && args.length === 1 ? UID.exec(stringValue(args[0]) ?? '') : null;
  if (!uid || !runsOnStrapi(e)) return undefined;
  const root = conventionRoot(e.input.path, /(^|\/)src\/(api|middlewares|policies|index|extensions)\b/);
  if (root === undefined) return undefined;
  const spec = specifierTo(e.input.path, `${root}src/api/${uid[1]}/${dir}/${uid[2]}`);
  e.extraRequests.add(spec);
  return { taints: [], ref: `${spec}#*?` };
}
