/**
 * Moleculer services, found by shape: a service schema is an object literal with an `actions` map
 * (`module.exports = { name, actions: { … } }`, `broker.createService({ … })`). Each action's
 * handler (`list(ctx)`, `list: { params, handler(ctx) }`) gets a context whose `ctx.params` is the
 * message the caller sent: through the moleculer-web gateway, the client's query, body and URL
 * parameters. An action declared with a `visibility` other than `published` cannot be called
 * through the gateway (`public`: other nodes only, `protected`: this node, `private`: this service),
 * so its parameters are another service's, not the client's.
 *
 * A moleculer-web gateway's `onError(req, res, err)` (in `settings` or a route) answers failed
 * requests: `err` is the error the action threw.
 */
import type { Value } from './values.js';
import { type Node, isFunction, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';

/**
 * Stands for `ctx.params` in a published action's context (readMember makes it a source): the whole
 * message, so also an object (`{ "$gt": "" }`) and whatever credentials the action takes.
 */
export const ACTION_PARAMS: Value = { taints: [] };

export interface MoleculerFunctions {
  /** Action handlers and whether the gateway may call them (`visibility` unset or `published`). */
  actions: Map<Node, { published: boolean }>;
  /** moleculer-web error handlers `onError(req, res, err)`. */
  errorHandlers: Set<Node>;
}

/** A file written for Moleculer: it imports it (or moleculer-web), or its package declares it. */
export const MOLECULER_MODULE = /^moleculer(-web)?$/;

/** The function value of a property (`handler(ctx) {}`, `handler: async (ctx) => …`), if it is one. */
function fnValue(p: Node): Node | undefined {
  if (p.type !== 'Property' && p.type !== 'MethodDefinition') return undefined;
  const v = unwrap(p.value);
  return isFunction(v) ? v : undefined;
}

export function collectMoleculerFunctions(program: Node): MoleculerFunctions {
  const out: MoleculerFunctions = { actions: new Map(), errorHandlers: new Set() };
  walk(program, [{
    ObjectExpression(o) {
      for (const p of o.properties as Node[]) {
        const key = p.type === 'Property' ? propertyName(p) : undefined;
        if (key === 'actions' && unwrap(p.value).type === 'ObjectExpression') actionsOf(unwrap(p.value), out.actions);
        // `onError(req, res, err)`: three parameters, as moleculer-web calls it (`settings.onError`, a route's).
        if (key === 'onError') {
          const fn = fnValue(p);
          if (fn && fn.params.length === 3) out.errorHandlers.add(fn);
        }
      }
    },
  }]);
  return out;
}

function actionsOf(map: Node, out: MoleculerFunctions['actions']): void {
  for (const p of map.properties as Node[]) {
    const direct = fnValue(p);
    if (direct) {
      out.set(direct, { published: true });
      continue;
    }
    const def = p.type === 'Property' ? unwrap(p.value) : undefined;
    if (def?.type !== 'ObjectExpression') continue;
    const handler = (def.properties as Node[]).find((q) => q.type === 'Property' && propertyName(q) === 'handler');
    const fn = handler && fnValue(handler);
    if (!fn) continue;
    const visibility = stringValue(objectProperty(def, 'visibility'));
    out.set(fn, { published: visibility === undefined || visibility === 'published' });
  }
}
