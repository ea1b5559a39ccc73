/**
 * Mongoose models' own static methods: `schema.statics.byTag = function (tag) { return this.find(…) }`
 * (or `schema.static('byTag', fn)`) is a method of the model `mongoose.model('Post', schema)` makes,
 * with `this` that model. Services in other files call it as `Post.byTag(tag)`, so the model carries
 * its statics as fields (exported as `Post.byTag`), and the static runs with a model as `this`.
 */
import { type Node, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import type { Value } from './values.js';

/** What `this` is inside a static: a model, whose queries are the mongoose rows of models/apis.ts. */
const MODEL: Value = { taints: [], api: 'mongoose|model()' };

/** `schema.statics.name = fn`: remembered under the schema's variable name. */
export function noteStaticAssignment(e: TaintEngine, left: Node, value: Value): void {
  if (value.fn === undefined || left.type !== 'MemberExpression') return;
  const owner = unwrap(left.object);
  if (owner.type !== 'MemberExpression' || propertyName(owner) !== 'statics') return;
  const schema = unwrap(owner.object);
  const name = propertyName(left);
  if (schema.type === 'Identifier' && name) addStatic(e, schema.name, name, value.fn);
}

/** `schema.static('name', fn)`: the same, as a call. */
export function noteStaticCall(e: TaintEngine, method: string, receiver: Node | undefined, args: Node[], argValues: Value[]): void {
  if (method !== 'static' || !receiver || unwrap(receiver).type !== 'Identifier') return;
  const name = stringValue(args[0]);
  const fn = argValues[1]?.fn;
  if (name !== undefined && fn !== undefined) addStatic(e, unwrap(receiver).name, name, fn);
}

function addStatic(e: TaintEngine, schema: string, name: string, fn: number): void {
  let statics = e.schemaStatics.get(schema);
  if (!statics) e.schemaStatics.set(schema, (statics = new Map()));
  statics.set(name, fn);
  e.thisValues.set(fn, MODEL);
}

/** `mongoose.model('Post', schema)` (or `connection.model(…)`): the model with the schema's statics as fields. */
export function modelWithStatics(e: TaintEngine, method: string, api: string | undefined, args: Node[], out: Value): Value {
  if (method !== 'model' || !api?.startsWith('mongoose|') || args.length < 2) return out;
  const schema = unwrap(args[1]!);
  const statics = schema.type === 'Identifier' ? e.schemaStatics.get(schema.name) : undefined;
  if (!statics) return out;
  const fields = new Map(out.fields ?? []);
  for (const [name, fn] of statics) fields.set(name, { taints: [], fn });
  return { ...out, fields };
}
