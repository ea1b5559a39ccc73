/**
 * express-validator chains on a route (`app.get(p, query('sort').isIn([...]), handler)`): a field
 * checked to be an integer, UUID, boolean, date, one of listed values or a string of letters and
 * digits, or converted (`toInt()`), is narrow in the handler. A failed check only stops the request
 * where the app reads the result (the file imports `validationResult`, or a `validate…` middleware is
 * on the route); conversions hold either way.
 */
import { type Node, objectProperty, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { qualifiedName } from '../frontend/js/modules.js';
import type { TaintEngine } from './engine.js';
import { ALLOW_LIST_PATTERN } from './validated-dtos.js';

/** Where each chain start reads its field: `param('id')` → req.params.id; `check` looks everywhere. */
const PARTS: Record<string, string[]> = {
  query: ['query'], body: ['body'], param: ['params'], header: ['headers'], cookie: ['cookies'],
  check: ['body', 'query', 'params', 'headers', 'cookies'],
};
const CHECKS = /^(isIn|isInt|isNumeric|isFloat|isDecimal|isBoolean|isUUID|isMongoId|isISO8601|isDate|isAlphanumeric|isAlpha|isHexadecimal|isPort|isHexColor|isLatLong)$/;
const CONVERSIONS = /^(toInt|toFloat|toBoolean|toDate)$/;

/** Request part → the field names the route's validation chains narrow. */
export function expressValidatorNarrowing(e: TaintEngine, route: Node): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const args = route.arguments as Node[];
  // A checked field only stays narrow when a failed check stops the request.
  const readsResult = [...e.input.modules.bindings.values()].some((b) => b.module.startsWith('express-validator') && b.name === 'validationResult');
  const enforced = readsResult || args.some((a) => /validat|handleErrors/i.test(calleeName(unwrap(a)) ?? ''));
  const add = (part: string, name: string) => {
    const set = out.get(part) ?? new Set<string>();
    set.add(name);
    out.set(part, set);
  };
  const visit = (node: Node, depth: number) => {
    const n = unwrap(node);
    if (n.type === 'ArrayExpression' && depth < 2) {
      for (const el of n.elements as (Node | null)[]) if (el) visit(el, depth + 1);
      return;
    }
    // checkSchema({ sort: { in: ['query'], isIn: { options: [[…]] } }, page: { toInt: true } })
    if (n.type === 'CallExpression' && /^express-validator(\/check)?\.checkSchema$/.test(qualifiedName(n.callee, e.input.modules) ?? '')) {
      const schema = objectLiteralOf(e.input.program, n.arguments[0]);
      for (const field of (schema?.properties ?? []) as Node[]) {
        const name = field.type === 'Property' ? propertyName(field) : undefined;
        const spec = field.type === 'Property' ? objectLiteralOf(e.input.program, field.value) : undefined;
        if (!name || !spec || !/^[\w$-]+$/.test(name) || !schemaNarrows(spec, enforced)) continue;
        const where = objectProperty(spec, 'in');
        const listed = where && unwrap(where).type === 'ArrayExpression' ? (unwrap(where).elements as Node[]).map((x) => stringValue(x)) : where ? [stringValue(where)] : undefined;
        const parts = listed ? listed.flatMap((l) => (l && Object.hasOwn(PARTS, l === 'params' ? 'param' : l.replace(/s$/, '')) ? PARTS[l === 'params' ? 'param' : l.replace(/s$/, '')]! : [])) : PARTS.check!;
        for (const part of parts) add(part, name);
      }
      return;
    }
    let narrows = false;
    let cur = n;
    for (let i = 0; i < 16 && cur.type === 'CallExpression'; i++) {
      const callee = unwrap(cur.callee);
      if (callee.type !== 'MemberExpression') break;
      const method = propertyName(callee) ?? '';
      if (CONVERSIONS.test(method) || (enforced && (CHECKS.test(method) || (method === 'matches' && allowListPattern(cur.arguments[0]))))) narrows = true;
      cur = unwrap(callee.object);
    }
    if (!narrows || cur.type !== 'CallExpression') return;
    const start = (qualifiedName(cur.callee, e.input.modules) ?? '').replace(/^express-validator(\/check)?\./, '');
    const parts = Object.hasOwn(PARTS, start) && (qualifiedName(cur.callee, e.input.modules) ?? '').startsWith('express-validator') ? PARTS[start]! : undefined;
    if (!parts) return;
    const first = unwrap(cur.arguments[0] ?? cur);
    const names = first.type === 'ArrayExpression' ? (first.elements as Node[]).map((x) => stringValue(x)) : [stringValue(first)];
    for (const name of names) {
      if (!name || !/^[\w$-]+$/.test(name)) continue; // nested (`user.id`) and wildcard paths are not read
      for (const part of parts) add(part, name);
    }
  };
  for (const a of args) visit(a, 0);
  return out;
}

function calleeName(n: Node): string | undefined {
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'CallExpression') return calleeName(unwrap(n.callee));
  if (n.type === 'MemberExpression') return propertyName(n);
  return undefined;
}

/** A checkSchema field spec with a narrowing check (counted where enforced) or conversion. */
function schemaNarrows(spec: Node, enforced: boolean): boolean {
  return (spec.properties as Node[]).some((p) => {
    const key = p.type === 'Property' ? propertyName(p) ?? '' : '';
    if (CONVERSIONS.test(key)) return true;
    if (!enforced) return false;
    if (CHECKS.test(key)) return true;
    const options = key === 'matches' ? objectProperty(unwrap(p.value), 'options') : undefined;
    const pattern = options && unwrap(options).type === 'ArrayExpression' ? unwrap(options).elements[0] : options;
    return key === 'matches' && allowListPattern(pattern ?? undefined);
  });
}

function allowListPattern(arg: Node | undefined): boolean {
  const a = arg && unwrap(arg);
  return a?.type === 'Literal' && !!a.regex && ALLOW_LIST_PATTERN.test(String(a.regex.pattern));
}
