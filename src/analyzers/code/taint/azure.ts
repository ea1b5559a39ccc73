/**
 * Azure Functions for Node.js (`@azure/functions`): the handler an HTTP trigger registers is the
 * function's entry point.
 *
 * - v4 model: `app.http('name', { methods, route, handler })` and the `app.get/post/put/patch/
 *   deleteRequest('name', handler | { handler })` shortcuts. The handler's first parameter is the
 *   `HttpRequest` (`query.get(k)`, `params.x`, `await json()`, `headers.get(k)`, `url`: the
 *   client's, whatever the parameter is called); the object it returns is the HTTP response
 *   (`{ status, body, jsonBody, headers }`), handled as a Lambda handler's (functions.ts lambdaResponse).
 * - v3 model: `module.exports = async function (context, req)`: `req` is the request and
 *   `context.res = { status, body, headers }` the response.
 *
 * Only for calls whose receiver is `app` imported from `@azure/functions`, and v3 handlers of a
 * file whose package declares `@azure/functions`.
 */
import { type Node, isFunction, memberPath, objectProperty, unwrap, walk } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import type { Frame } from './frames.js';

export const AZURE_FUNCTIONS_MODULE = /^@azure\/functions(\/|$)/;

/** `app.http` and its per-method shortcuts (`app.deleteRequest` is DELETE). */
const HTTP_REGISTRATIONS = /^(http|get|post|put|patch|deleteRequest)$/;

export type AzureHandler = 'v4' | 'v3';

/** Whether this file runs as Azure Functions: it imports `@azure/functions` or its package declares it. */
export function runsUnderAzureFunctions(e: TaintEngine): boolean {
  return e.runsUnder('azure-functions', AZURE_FUNCTIONS_MODULE, ['@azure/functions']);
}

/** HTTP handlers of this file: the `handler` given to `app.http(…)`, and a v3 `module.exports = async function (context, req)`. */
export function collectAzureHandlers(e: TaintEngine, program: Node, out: Map<Node, AzureHandler>): void {
  // `handler: onCreate`: a function declared at the top of the file (the v4 templates' shape).
  const declared = new Map<string, Node>();
  for (const s of program.body as Node[]) {
    const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
    if (d.type === 'FunctionDeclaration' && d.id) declared.set(d.id.name, d);
    if (d.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init && isFunction(unwrap(v.init))) declared.set(v.id.name, unwrap(v.init));
  }
  const fnOf = (n: Node | undefined): Node | undefined => {
    const x = n && unwrap(n);
    if (!x) return undefined;
    if (isFunction(x)) return x;
    if (x.type === 'Identifier') return declared.get(x.name);
    return x.type === 'ObjectExpression' ? fnOf(objectProperty(x, 'handler')) : undefined;
  };
  walk(program, [{
    CallExpression(call) {
      const path = memberPath(call.callee);
      const m = path && /^(\w+)\.(\w+)$/.exec(path);
      if (!m || !HTTP_REGISTRATIONS.test(m[2]!)) return;
      const binding = e.input.modules.bindings.get(m[1]!);
      if (!binding || !AZURE_FUNCTIONS_MODULE.test(binding.module) || binding.name !== 'app') return;
      const fn = fnOf(call.arguments[1]);
      if (fn) out.set(fn, 'v4');
    },
    AssignmentExpression(node) {
      // v3: `module.exports = async function (context, req) { … }` (its trigger is in function.json).
      if (memberPath(node.left) !== 'module.exports') return;
      const fn = unwrap(node.right);
      const [ctx] = fn.params ?? [];
      if (isFunction(fn) && fn.params.length >= 2 && ctx?.type === 'Identifier' && /^(context|ctx)$/.test(ctx.name)) out.set(fn, 'v3');
    },
  }]);
}

/**
 * `return { status: 500, jsonBody: { error: err.message } }` in a file that runs as Azure Functions:
 * the HTTP response, built by a helper its handlers return (`return serverError(context, err)`).
 * An object with a status and a `jsonBody`, or a status, a `body` and `headers`: the v4 response shape.
 */
export function azureResponseObject(e: TaintEngine, node: Node): boolean {
  const obj = unwrap(node);
  if (obj.type !== 'ObjectExpression' || !objectProperty(obj, 'status') || !runsUnderAzureFunctions(e)) return false;
  return !!objectProperty(obj, 'jsonBody') || (!!objectProperty(obj, 'body') && !!objectProperty(obj, 'headers'));
}

/** `context` in a v3 handler `(context, req)`: the first parameter of the function this frame runs. */
export function azureV3Context(e: TaintEngine, obj: Node, frame: Frame): boolean {
  if (!e.azureHandlers.size || frame.fnId === undefined || unwrap(obj).type !== 'Identifier') return false;
  const fn = e.fns[frame.fnId]?.node;
  return !!fn && e.azureHandlers.get(fn) === 'v3' && frame.paramNames?.[0] === unwrap(obj).name;
}
