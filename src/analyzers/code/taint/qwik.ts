/**
 * Qwik City (`@builder.io/qwik-city`; Qwik 2's `@qwik.dev/router`): the server's entry points.
 * - `routeLoader$(async (requestEvent) => …)` runs for each page request;
 * - `routeAction$(async (data, requestEvent) => …, zod$({ … }))` (and `globalAction$`) gets the
 *   submitted form, parsed by its validator only as far as the schema says (a `z.string()` field
 *   holds any text; without a validator, every field is the client's);
 * - `server$(async function (...args) { this.… })`: the client calls it with its arguments, and
 *   `this` is the request event;
 * - endpoint and middleware modules (`src/routes/**`: `index.ts`, `layout.tsx`, `plugin@*.ts`)
 *   export `onRequest`, `onGet`, `onPost`, … taking the request event.
 * The request event: `query` (URLSearchParams), `params`, `url`, `cookie`, `request` (the fetch
 * Request) and `parseBody()` are the client's; `headers` are the response's; `sharedMap`, `env`,
 * `platform` are the server's. It answers through `json`, `html`, `send`, `text`, `redirect`
 * (rows of models/apis.ts under `RequestEvent`).
 */
import { type Node, isFunction, unwrap, walk } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { resolveValue } from '../frontend/js/bindings.js';
import type { TaintEngine } from './engine.js';
import { collectRouteEventHandlers } from './resolvers.js';
import { usesModule } from './message-handlers.js';
import { applySchema, schemaShape, zodObjectSchema } from './library-calls.js';
import { type Value, mask, sanitize } from './values.js';

export const QWIK_CITY_MODULES = /^(@builder\.io\/qwik-city|@qwik\.dev\/router)(\/|$)/;
/** The package the request event's API rows are written under (models/apis.ts), whichever module was imported. */
export const QWIK_EVENT_API = '@builder.io/qwik-city|RequestEvent';

export type QwikEntry = { kind: 'event' } | { kind: 'action'; validator: Node | null } | { kind: 'server' };

const WRAPPERS = /^(?:@builder\.io\/qwik-city|@qwik\.dev\/router)\.(routeLoader\$|routeAction\$|globalAction\$|server\$)$/;
const ENDPOINT_EXPORTS = /^on(Request|Get|Post|Put|Patch|Delete|Head|Options)$/;
/** Route modules of a Qwik City app, where an exported `onGet`/`onRequest` is an endpoint or middleware. */
const ROUTE_MODULE = /(^|\/)src\/routes\/(.+\/)?(index|layout(-[\w-]+)?|plugin(@[\w-]+)?)(@[\w-]+)?\.[cm]?[jt]sx?$/;

export function runsUnderQwikCity(e: TaintEngine): boolean {
  return usesModule(e, QWIK_CITY_MODULES);
}

/** Loaders, actions, server functions and exported request handlers of this file. */
export function collectQwikEntryPoints(e: TaintEngine, program: Node, out: Map<Node, QwikEntry>): void {
  const qwik = runsUnderQwikCity(e);
  if (qwik || ROUTE_MODULE.test(e.input.path)) collectRouteEventHandlers<QwikEntry>(program, ENDPOINT_EXPORTS, { kind: 'event' }, out);
  if (!qwik) return;
  walk(program, [{
    CallExpression(call) {
      const m = WRAPPERS.exec(qualifiedName(call.callee, e.input.modules, e.aliases) ?? '');
      const fn = m && call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      if (!m || !fn || !isFunction(fn)) return;
      if (m[1] === 'routeLoader$') out.set(fn, { kind: 'event' });
      else if (m[1] === 'server$') out.set(fn, { kind: 'server' });
      else out.set(fn, { kind: 'action', validator: call.arguments[1] ?? null });
    },
  }]);
}

/** What the framework hands an entry point, parameter by parameter. */
export function qwikEntryParams(e: TaintEngine, fn: Node, entry: QwikEntry, names: (string | undefined)[]): (Value | undefined)[] {
  const params: Node[] = fn.params;
  if (entry.kind === 'event') return params[0] ? [qwikRequestEvent(e, params[0])] : [];
  if (entry.kind === 'server') return params.map((p, i) => e.source(p, `server$ argument \`${names[i] ?? i}\``, 'request', true));
  if (!params[0]) return [];
  const data = e.source(params[0], 'routeAction$ form data', 'request', true);
  const schema = entry.validator ? validatorSchema(e, entry.validator) : undefined;
  return [schema ? applySchema(e, { taints: [], kind: 'schema', schema }, data, false) : data, params[1] ? qwikRequestEvent(e, params[1]) : undefined];
}

/** The request event (`requestEvent`, `{ query, params, json }`, `this` of a `server$` function). */
export function qwikRequestEvent(e: TaintEngine, at: Node): Value {
  const api = (member: string): Value => ({ taints: [], api: `${QWIK_EVENT_API}.${member}` });
  return { taints: [], fields: new Map<string, Value>([
    ['request', { taints: [], kind: 'request' }],
    // (As on the wire: an HTTP parser rejects a raw CR or LF there, so neither forges a log line.)
    ['url', sanitize(e.source(at, 'url', 'request', false), mask('log'))],
    ['pathname', sanitize(e.source(at, 'pathname', 'request', false), mask('log'))],
    ['params', e.source(at, 'params', 'request', false)],
    ['query', e.source(at, 'query', 'request', false, { kind: 'searchParams' })],
    ['cookie', e.source(at, 'cookie', 'request', false)],
    ...['parseBody', 'json', 'html', 'send', 'text', 'redirect', 'headers'].map((m): [string, Value] => [m, api(m)]),
  ]) };
}

/**
 * The fields a `zod$(…)` validator describes: `zod$({ … })`, `zod$(z.object({ … }))` or
 * `zod$((z) => z.object({ … }))`. Undefined (the whole input kept) when it keeps unknown keys or
 * is not one of these.
 */
function validatorSchema(e: TaintEngine, node: Node): Map<string, 'narrow' | 'string' | 'any'> | undefined {
  let n = unwrap(resolveValue(e.input.program, node).value);
  if (n.type !== 'CallExpression' || !/(^|\.)zod\$$/.test(qualifiedName(n.callee, e.input.modules, e.aliases) ?? '') || !n.arguments[0]) return undefined;
  if (/\.(passthrough|catchall)\s*\(/.test(e.text(n))) return undefined;
  n = unwrap(resolveValue(e.input.program, n.arguments[0]).value);
  if (isFunction(n)) {
    const body = n.body && unwrap(n.body);
    const ret = body?.type === 'BlockStatement' ? body.body.find((s: Node) => s.type === 'ReturnStatement')?.argument : body;
    if (!ret) return undefined;
    n = unwrap(ret);
  }
  if (n.type === 'ObjectExpression') return schemaShape(e, n);
  return zodObjectSchema(e, n)?.schema;
}
