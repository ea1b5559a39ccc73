/**
 * GraphQL schemas written in the code as SDL text (`gql`…``, `/* GraphQL *\/ `…``, `buildSchema('…')`):
 * the field arguments declared with a scalar that passes any JSON value through (`filter: JSON`).
 * Such an argument reaches the resolver as whatever object the client sent, MongoDB operators
 * included; one declared `String`, `Int`, `ID` or as an input type is checked by the server first.
 */
import { type Node, walk } from './ast.js';

/** Scalars that accept any value (graphql-type-json's `JSON`/`JSONObject`, graphql-scalars' `JSON`, `Object`, `Any`). */
const ANY_VALUE_SCALARS = /^(JSON|JSONObject|Object|Any)$/;
/** Text that reads as SDL: a type, input or interface block. */
const SDL_TEXT = /\b(type|input|interface)\s+[A-Za-z_]\w*[^{}]*\{/;
/** `products(filter: JSON, limit: Int = 20): [Product!]!`: a field with its arguments. */
const FIELD_WITH_ARGS = /([A-Za-z_]\w*)\s*\(([^()]*)\)\s*:/g;
/** `filter: JSON`, `where: [JSONObject!]`: an argument and its named type. */
const ARGUMENT = /([A-Za-z_]\w*)\s*:\s*\[?\s*([A-Za-z_]\w*)/g;

/** Field name → its arguments declared with an any-value scalar, from every SDL string of the module. */
export function anyValueArguments(program: Node): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const read = (text: string) => {
    if (!SDL_TEXT.test(text)) return;
    for (const [, field, args] of text.matchAll(FIELD_WITH_ARGS)) {
      const names = [...args!.matchAll(ARGUMENT)].filter((a) => ANY_VALUE_SCALARS.test(a[2]!)).map((a) => a[1]!);
      if (!names.length) continue;
      const list = (out[field!] ??= []);
      for (const n of names) if (!list.includes(n)) list.push(n);
    }
  };
  walk(program, [{
    TemplateLiteral(t) { read(t.quasis.map((q: Node) => q.value?.cooked ?? '').join('')); },
    Literal(l) { if (typeof l.value === 'string' && l.value.includes('(')) read(l.value); },
  }]);
  return out;
}
