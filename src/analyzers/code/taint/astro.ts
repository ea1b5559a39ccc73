/**
 * Astro Actions (`astro:actions`): `defineAction({ accept, input: z.object({…}), handler: async (input, context) => … })`.
 * The handler is an entry point: its first parameter is the client's form or JSON body, parsed by
 * the `input` schema (only as far as the schema says: a `z.string()` field holds any text, a
 * `z.any()` field any value); its second is the action's API context (`request`, `url`, `params`,
 * `cookies`, `locals`), like an endpoint's.
 */
import { type Node, isFunction, objectProperty, unwrap, walk } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import type { TaintEngine } from './engine.js';

export const ASTRO_ACTIONS_MODULE = 'astro:actions';

/** The handler of each `defineAction({ handler })` of this file → its `input` schema (null: no schema). */
export function collectAstroActions(e: TaintEngine, program: Node, out: Map<Node, Node | null>): void {
  walk(program, [{
    CallExpression(call) {
      if (qualifiedName(call.callee, e.input.modules, e.aliases) !== `${ASTRO_ACTIONS_MODULE}.defineAction`) return;
      const config = call.arguments[0] && unwrap(call.arguments[0]);
      if (config?.type !== 'ObjectExpression') return;
      const handler = objectProperty(config, 'handler');
      const fn = handler && unwrap(handler);
      if (!fn || !isFunction(fn)) return;
      out.set(fn, objectProperty(config, 'input') ?? null);
    },
  }]);
}
