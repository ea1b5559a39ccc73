/**
 * Meteor's DDP entry points, as the Meteor API documents them:
 * - `Meteor.methods({ name(a, b) {…}, 'x.y': async function (a) {…} })`: every argument is what the
 *   client passed to `Meteor.call` / `callAsync`, deserialised from EJSON, so an object
 *   (`{ "$ne": null }`) as well as a string; `this.userId` is the server's, not input.
 * - `Meteor.publish('name', function (a, b) {…})`: the subscription's arguments, from the client too.
 * - `Accounts.onLoginFailure(attempt => …)` (also `validateLoginAttempt`, `onLogin`): the attempt's
 *   `methodArguments` are the arguments the client passed to the `login` method (user name, e-mail).
 * - `check(value, pattern)` (meteor/check) throws unless the value matches the pattern: past it the
 *   value is what the pattern allows (`String` is a string, not an operator object; `Number`,
 *   `Boolean`, `Date`, `Match.Integer` are no text at all; `{ a: String }` has exactly those keys).
 */
import { type Node, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { resolveValue } from '../frontend/js/bindings.js';
import type { ModuleTable } from '../frontend/js/modules.js';
import { ALL_KINDS, mask } from './values.js';

/** A file written for Meteor: it imports a `meteor/…` package (or uses the `Meteor` global). */
export function meteorFile(modules: ModuleTable, text: string): boolean {
  if ([...modules.specifiers].some((s) => /^meteor\/(meteor|check|mongo|webapp|ddp|accounts-base|templating)$/.test(s))) return true;
  return /\bMeteor\.(methods|publish)\s*\(/.test(text) && !modules.bindings.has('Meteor');
}

/** Whether `Meteor` here is Meteor's (imported from meteor/meteor, or the global). */
function isMeteor(modules: ModuleTable, node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'Identifier' || n.name !== 'Meteor') return false;
  const b = modules.bindings.get('Meteor');
  return !b || b.module === 'meteor/meteor';
}

/** `Accounts` of meteor/accounts-base (imported, or the global). */
function isAccounts(modules: ModuleTable, node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'Identifier' || n.name !== 'Accounts') return false;
  const b = modules.bindings.get('Accounts');
  return !b || b.module === 'meteor/accounts-base';
}

/** `Template.name` of Blaze (meteor/templating, or the global). */
function isTemplate(modules: ModuleTable, node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression' || unwrap(n.object).type !== 'Identifier' || unwrap(n.object).name !== 'Template') return false;
  const b = modules.bindings.get('Template');
  return !b || b.module === 'meteor/templating';
}

/** A method body, a publish function, or an accounts-base login hook (`(attempt) => …`). */
export type MeteorEntry = 'method' | 'publication' | 'loginAttempt' | 'helper';

/** Method bodies and publish functions of this file: functions whose every argument is the client's. */
export function collectMeteorEntryPoints(program: Node, modules: ModuleTable): Map<Node, MeteorEntry> {
  const out = new Map<Node, MeteorEntry>();
  walk(program, [{
    CallExpression(c) {
      const callee = unwrap(c.callee);
      // accounts-base login hooks: the attempt's `methodArguments` are what the client sent to `login`.
      if (callee.type === 'MemberExpression' && isAccounts(modules, callee.object) && /^(onLoginFailure|validateLoginAttempt|onLogin)$/.test(propertyName(callee) ?? '')) {
        const fn = c.arguments[0] && unwrap(c.arguments[0]);
        if (fn && isFunction(fn)) out.set(fn, 'loginAttempt');
        return;
      }
      // Blaze: `Template.list.helpers({ title() { return this.title; } })` runs with the data context
      // (a document the client's collections hold) as `this`.
      if (callee.type === 'MemberExpression' && propertyName(callee) === 'helpers' && isTemplate(modules, callee.object)) {
        const map = c.arguments[0] && unwrap(c.arguments[0]);
        if (map?.type === 'ObjectExpression') for (const p of map.properties as Node[]) if (p.type === 'Property' && isFunction(unwrap(p.value)) && unwrap(p.value).type !== 'ArrowFunctionExpression') out.set(unwrap(p.value), 'helper');
        return;
      }
      if (callee.type !== 'MemberExpression' || !isMeteor(modules, callee.object)) return;
      const name = propertyName(callee);
      if (name === 'methods') {
        const map = c.arguments[0] && unwrap(c.arguments[0]);
        if (map?.type !== 'ObjectExpression') return;
        for (const p of map.properties as Node[]) {
          if (p.type !== 'Property') continue;
          const v = unwrap(p.value);
          if (isFunction(v)) out.set(v, 'method');
        }
      } else if (name === 'publish') {
        const fn = c.arguments[1] && unwrap(c.arguments[1]);
        if (fn && isFunction(fn)) out.set(fn, 'publication');
        // `Meteor.publish({ name(a) {…} })`: several publications at once.
        const map = c.arguments[0] && unwrap(c.arguments[0]);
        if (map?.type === 'ObjectExpression') for (const p of map.properties as Node[]) if (p.type === 'Property' && isFunction(unwrap(p.value))) out.set(unwrap(p.value), 'publication');
      }
    },
  }]);
  return out;
}

/** A `check` call of meteor/check (imported, or the global in a Meteor file). */
export function isMeteorCheck(modules: ModuleTable, callee: Node, meteor: boolean): boolean {
  const n = unwrap(callee);
  if (n.type !== 'Identifier' || n.name !== 'check') return false;
  const b = modules.bindings.get('check');
  return b ? b.module === 'meteor/check' && b.name === 'check' : meteor;
}

/**
 * What matching `pattern` proves about a value (sink kinds ruled out), and about its fields for an
 * object pattern. `Object`, `Match.Any` and `Match.Where` prove nothing here.
 */
export function patternProof(program: Node, pattern: Node | undefined, depth = 0): { kinds: number; fields: Map<string, number> } {
  const fields = new Map<string, number>();
  if (!pattern || depth > 6) return { kinds: 0, fields };
  let n = unwrap(pattern);
  let path = memberPath(n) ?? '';
  // `const NewOrder = Match.ObjectIncluding({ … })` declared once in this file.
  if (n.type === 'Identifier' && !/^(Number|Boolean|Date|String|Object|undefined)$/.test(n.name)) {
    n = unwrap(resolveValue(program, n).value);
    path = memberPath(n) ?? '';
  }
  const proof = (x: Node | undefined) => patternProof(program, x, depth + 1);
  if (/^(Number|Boolean|Date|Match\.Integer)$/.test(path)) return { kinds: ALL_KINDS, fields };
  if (path === 'String') return { kinds: mask('nosql'), fields };
  if (n.type === 'Literal' && n.value !== null && typeof n.value !== 'object') return { kinds: ALL_KINDS, fields };
  if (n.type === 'Literal' && n.value === null) return { kinds: ALL_KINDS, fields };
  if (n.type === 'Identifier' && n.name === 'undefined') return { kinds: ALL_KINDS, fields };
  // `[String]`: an array of strings, no operator object in it.
  if (n.type === 'ArrayExpression' && n.elements.length === 1) return { kinds: proof(n.elements[0]).kinds & mask('nosql'), fields };
  if (n.type === 'CallExpression') {
    const fn = memberPath(n.callee) ?? '';
    if (/^Match\.(Maybe|Optional)$/.test(fn)) return proof(n.arguments[0]);
    if (fn === 'Match.OneOf') return { kinds: n.arguments.reduce((k: number, a: Node) => k & proof(a).kinds, ALL_KINDS), fields };
    if (fn === 'Match.ObjectIncluding') return { kinds: 0, fields: proof(n.arguments[0]).fields };
    return { kinds: 0, fields };
  }
  if (n.type === 'ObjectExpression') {
    // Exactly these keys (check rejects others), each matching its pattern.
    let all = mask('nosql');
    for (const p of n.properties as Node[]) {
      const key = p.type === 'Property' ? propertyName(p) : undefined;
      if (key === undefined) return { kinds: 0, fields };
      const k = proof(p.value).kinds;
      fields.set(key, k);
      all &= k;
    }
    return { kinds: all & mask('nosql'), fields };
  }
  return { kinds: 0, fields };
}
