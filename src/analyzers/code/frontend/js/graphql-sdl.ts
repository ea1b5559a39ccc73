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

/** Scalars the server coerces to a number or a boolean (anything else is refused before the resolver runs). */
const NARROW_SCALARS = /^(Int|Float|Boolean|BigInt)$/;
/** `input ReviewInput { score: Int! comment: String }`: an input type's body. */
const INPUT_TYPE = /\binput\s+([A-Za-z_]\w*)[^{}]*\{([^{}]*)\}/g;

/**
 * Field name → its arguments (or their input-type fields, `input.score`) declared as a number or a
 * boolean scalar: what arrives there is a number or a boolean, whatever the client wrote.
 */
export function scalarArguments(program: Node): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const texts: string[] = [];
  walk(program, [{
    TemplateLiteral(t) { texts.push(t.quasis.map((q: Node) => q.value?.cooked ?? '').join('')); },
    Literal(l) { if (typeof l.value === 'string' && l.value.includes('(')) texts.push(l.value); },
  }]);
  const sdl = texts.filter((t) => SDL_TEXT.test(t));
  const inputs = new Map<string, string[]>();
  for (const text of sdl) {
    for (const [, name, body] of text.matchAll(INPUT_TYPE)) inputs.set(name!, [...body!.matchAll(ARGUMENT)].filter((a) => NARROW_SCALARS.test(a[2]!)).map((a) => a[1]!));
  }
  for (const text of sdl) {
    for (const [, field, args] of text.matchAll(FIELD_WITH_ARGS)) {
      const paths: string[] = [];
      for (const [, arg, type] of args!.matchAll(ARGUMENT)) {
        if (NARROW_SCALARS.test(type!)) paths.push(arg!);
        else for (const f of inputs.get(type!) ?? []) paths.push(`${arg}.${f}`);
      }
      if (!paths.length) continue;
      const list = (out[field!] ??= []);
      for (const p of paths) if (!list.includes(p) && list.length < 32) list.push(p);
    }
  }
  return out;
}

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
