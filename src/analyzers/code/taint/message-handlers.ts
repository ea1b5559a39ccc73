/**
 * Entry points that are not HTTP routes but receive another party's data all the same:
 *
 * - gRPC service methods (`@grpc/grpc-js`, the older `grpc`): `server.addService(def.service,
 *   { getFeature(call, callback) { … } })`. The first argument is the call: `call.request` is the
 *   client's message (decoded protobuf, so also nested objects and lists), `call.metadata` its
 *   headers (`call.metadata.get('authorization')`). The implementations usually live in another
 *   file than the `addService` call, often wrapped (`withAuth((call, callback) => …)`), so they are
 *   found by shape in a file that uses gRPC: a function whose first parameter is declared as a
 *   server call (`grpc.ServerUnaryCall<Req, Res>`, `ServerWritableStream`, …), or an undeclared
 *   first parameter (of at most two) that the function reads `.request` or `.metadata` of.
 * - kafkajs consumers: `consumer.run({ eachMessage: async ({ message }) => …, eachBatch: async ({ batch }) => … })`.
 *   A topic's messages are what its producers wrote (`message.value`, `message.key`, `message.headers`).
 * - amqplib consumers: `channel.consume(queue, (msg) => …)`: `msg.content` (a Buffer), `msg.properties`.
 *   (calls.ts callbackParams.)
 */
import type { TaintEngine } from './engine.js';
import type { Value } from './values.js';
import { type Node, isFunction, propertyName, unwrap, walk } from '../frontend/js/ast.js';

export const GRPC_MODULES = /^(@grpc\/grpc-js|grpc)$/;
export const KAFKA_MODULES = /^kafkajs$/;
export const AMQP_MODULES = /^(amqplib|amqplib\/callback_api|amqp-connection-manager)$/;

/** The server-side call types of `@grpc/grpc-js` (and `grpc`). */
const GRPC_CALL_TYPES = /^(ServerUnaryCall|ServerReadableStream|ServerWritableStream|ServerDuplexStream|ServerSurfaceCall)$/;

export function usesModule(e: TaintEngine, modules: RegExp): boolean {
  return [...e.input.modules.specifiers].some((s) => modules.test(s));
}

/** gRPC service implementations of this file (by shape, see above). */
export function collectGrpcHandlers(program: Node, out: Set<Node>): void {
  walk(program, [{
    MemberExpression(m, ancestors) {
      const obj = unwrap(m.object);
      if (obj.type !== 'Identifier' || m.computed) return;
      const prop = propertyName(m);
      if (prop !== 'request' && prop !== 'metadata') return;
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const fn = ancestors[i]!;
        if (!isFunction(fn)) continue;
        const declares = (fn.params as Node[]).some((p) => p.type === 'Identifier' && p.name === obj.name);
        if (!declares) continue;
        const first = fn.params[0];
        if (first?.type === 'Identifier' && first.name === obj.name && !first.typeAnnotation && fn.params.length <= 2) out.add(fn);
        return;
      }
    },
  }]);
}

/** A parameter declared as a gRPC server call (`call: grpc.ServerUnaryCall<Req, Res>`, `call: ServerWritableStream<…>`). */
export function isGrpcCallType(e: TaintEngine, param: Node): boolean {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const ann = target.typeAnnotation?.typeAnnotation;
  if (!ann || ann.type !== 'TSTypeReference') return false;
  const tn = ann.typeName;
  const head = tn.type === 'TSQualifiedName' && tn.left.type === 'Identifier' ? tn.left.name : tn.type === 'Identifier' ? tn.name : undefined;
  const name = tn.type === 'TSQualifiedName' ? tn.right.name : tn.name;
  if (!head || !GRPC_CALL_TYPES.test(name ?? '')) return false;
  const binding = e.input.modules.bindings.get(head) ?? e.input.modules.types?.get(head);
  return !!binding && GRPC_MODULES.test(binding.module);
}

/** What a gRPC service method's call carries: the client's message and metadata. */
export function grpcCall(e: TaintEngine, param: Node): Value {
  return {
    taints: [],
    fields: new Map([
      ['request', e.source(param, 'gRPC request message (`call.request`)', 'request', true)],
      ['metadata', e.source(param, 'gRPC call metadata', 'request', false)],
    ]),
  };
}

/** kafkajs `consumer.run({ eachMessage, eachBatch })` handlers of this file. */
export function collectKafkaHandlers(program: Node, out: Map<Node, 'message' | 'batch'>): void {
  walk(program, [{
    CallExpression(call) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'run') return;
      const arg = call.arguments[0] && unwrap(call.arguments[0]);
      if (arg?.type !== 'ObjectExpression') return;
      for (const p of arg.properties as Node[]) {
        const key = p.type === 'Property' ? propertyName(p) : undefined;
        const fn = p.type === 'Property' ? unwrap(p.value) : undefined;
        if (!fn || !isFunction(fn)) continue;
        if (key === 'eachMessage') out.set(fn, 'message');
        if (key === 'eachBatch') out.set(fn, 'batch');
      }
    },
  }]);
}

/** The payload kafkajs hands an `eachMessage` / `eachBatch` handler. */
export function kafkaPayload(e: TaintEngine, param: Node, kind: 'message' | 'batch'): Value {
  const message = e.source(param, kind === 'message' ? 'Kafka message (`eachMessage`)' : 'Kafka batch message (`eachBatch`)', 'request', false);
  if (kind === 'message') return { taints: [], fields: new Map([['message', message]]) };
  return { taints: [], fields: new Map([['batch', { taints: [], fields: new Map([['messages', message]]) }]]) };
}
