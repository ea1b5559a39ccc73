/**
 * The pattern part of js/prototype-pollution: a hand-written deep merge / clone / set-by-path helper
 * that copies keys from a source into a target (`target[key] = …`) and descends into nested objects
 * (recursion, or `cur = cur[key]`), with no check rejecting `__proto__` / `constructor` /
 * `prototype`. Given `JSON.parse('{"__proto__": {"isAdmin": true}}')` it writes into
 * `Object.prototype`, whoever calls it and wherever the data came from.
 */
import type { PatternCheck, CodeRuleContext } from '../rule-api.js';
import { type Node, functionName, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { textMatchesWithin } from './_text-index.js';
import { createsNullPrototype } from '../taint/null-prototype.js';

const GUARD_LITERAL = /(['"`])(__proto__|constructor|prototype)\1/;
/** Reads limited to own properties: an inherited `constructor` is never walked into. */
const OWN_PROPERTY_CHECK = /hasOwnProperty|Object\.hasOwn\b|propertyIsEnumerable|getOwnPropertyNames/;
/** Parameters that hold a property path: `setIn(obj, path, value)`, `assignPath(obj, keys, value)`. */
const PATH_PARAM = /^(path|keys|parts|segments|keyPath|propPath|props)$/;
/** `x[k] = v`, `(x[k] as T) = v`, `x[k]! = v`: a write through a computed member (a loose test of the text; the walk decides). */
/** Enclosing functions of a loop examined as the merge: the loop's own function and two around it. */
const MERGE_LOOP_DEPTH = 3;
/** How many helpers deep a guard is followed: a deny-list, the check using it, the segmenter calling the check. */
const GUARD_HELPER_DEPTH = 2;
const COMPUTED_WRITE = /\][^;=\n]{0,40}=(?![=>])/;
const KEY_LISTS = /^Object\.(keys|entries|getOwnPropertyNames)$|^Reflect\.ownKeys$/;

interface KeyLoop { key: string; body: Node; pathWalk: boolean; viaReduce?: boolean }

/** Names of the key variable of `for (k in x)`, `for (const k of Object.keys(x))`, `Object.keys(x).forEach(k => …)`. */
function keyLoops(fn: Node, splitVars: Set<string>, pathParams: Set<string>): KeyLoop[] {
  // In walk order; a `for (;;)` holds its place with a list of the path-key declarators its body holds (below).
  const loops: (KeyLoop | KeyLoop[])[] = [];
  const forLoops = new Map<Node, KeyLoop[]>();
  const declared = (left: Node): Node | undefined => (left.type === 'VariableDeclaration' ? left.declarations[0]?.id : left);
  const keyOf = (pattern: Node | undefined): string | undefined => {
    if (!pattern) return undefined;
    if (pattern.type === 'Identifier') return pattern.name;
    if (pattern.type === 'ArrayPattern' && pattern.elements[0]?.type === 'Identifier') return pattern.elements[0].name;
    return undefined;
  };
  /** `path.split('.')`, or a variable holding one: the keys of a set-by-path helper. */
  const isPathKeys = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'CallExpression' && unwrap(u.callee).type === 'MemberExpression') {
      const method = propertyName(unwrap(u.callee));
      if (method === 'split') return true;
      // keys.slice(0, -1)
      if (method === 'slice') return isPathKeys(unwrap(u.callee).object);
    }
    return u.type === 'Identifier' && (splitVars.has(u.name) || pathParams.has(u.name));
  };
  const isKeyList = (n: Node): boolean => {
    const u = unwrap(n);
    return u.type === 'CallExpression' && KEY_LISTS.test(memberPath(u.callee) ?? '');
  };
  walk(fn.body, [{
    ForInStatement(n) {
      const key = keyOf(declared(n.left));
      if (key) loops.push({ key, body: n.body, pathWalk: false });
    },
    ForOfStatement(n) {
      const key = keyOf(declared(n.left));
      if (!key) return;
      if (isKeyList(n.right)) loops.push({ key, body: n.body, pathWalk: false });
      else if (isPathKeys(n.right)) loops.push({ key, body: n.body, pathWalk: true });
    },
    CallExpression(n) {
      const callee = unwrap(n.callee);
      if (callee.type !== 'MemberExpression' || !/^(forEach|reduce|map)$/.test(propertyName(callee) ?? '')) return;
      const cb = n.arguments[0] && unwrap(n.arguments[0]);
      if (!cb || !isFunction(cb)) return;
      const pathWalk = isPathKeys(callee.object);
      if (!pathWalk && !isKeyList(callee.object)) return;
      // reduce((acc, key) => …): the key is the second parameter. A reduce walks down a path only
      // when it returns `acc[key]` as the next accumulator; `(acc[key] = v, acc)` builds a flat object.
      const isReduce = propertyName(callee) === 'reduce';
      const param = isReduce ? cb.params[1] : cb.params[0];
      const key = keyOf(param);
      if (!key) return;
      if (isReduce && !returnsMemberOf(cb, keyOf(cb.params[0]))) return;
      loops.push({ key, body: cb.body, pathWalk, viaReduce: isReduce });
    },
    // for (let i = 0; i < keys.length; i++) { const key = keys[i]; … }: the key of every `for` whose
    // body declares it, found in this one walk (a walk of each loop's body was quadratic in bundles).
    ForStatement(n) {
      const list: KeyLoop[] = [];
      forLoops.set(n, list);
      loops.push(list);
    },
    VariableDeclarator(d, ancestors) {
      const init = d.init && unwrap(d.init);
      if (d.id.type !== 'Identifier' || init?.type !== 'MemberExpression' || !init.computed || !isPathKeys(init.object)) return;
      for (let i = 0; i < ancestors.length - 1; i++) {
        const a = ancestors[i]!;
        if (a.type === 'ForStatement' && ancestors[i + 1] === a.body) forLoops.get(a)?.push({ key: d.id.name, body: a.body, pathWalk: true });
      }
    },
  }]);
  return loops.flat();
}

/** Does the callback return `acc[…]` (possibly as `acc[k] ??= {}` or `acc[k] || (acc[k] = {})`)? */
function returnsMemberOf(cb: Node, acc: string | undefined): boolean {
  if (!acc) return false;
  const isAccMember = (n: Node | undefined | null): boolean => {
    if (!n) return false;
    const u = unwrap(n);
    if (u.type === 'MemberExpression') return u.computed && memberPath(u.object) === acc;
    if (u.type === 'AssignmentExpression' || u.type === 'LogicalExpression') return isAccMember(u.left);
    if (u.type === 'SequenceExpression') return isAccMember(u.expressions[u.expressions.length - 1]);
    return false;
  };
  if (cb.body.type !== 'BlockStatement') return isAccMember(cb.body);
  let found = false;
  walk(cb.body, [{ ReturnStatement(r) { if (isAccMember(r.argument)) found = true; } }]);
  return found;
}

/**
 * Whether the function rejects prototype keys: true, false, or 'proto-only' when it names
 * `__proto__` alone and reads the target's properties without an own-property check — then
 * `{"constructor": {"prototype": …}}` still walks from the inherited `constructor` to
 * `Object.prototype`.
 */
function isGuarded(ctx: CodeRuleContext, fn: Node, guardNames: Set<string>): boolean | 'proto-only' {
  const text = ctx.source(fn);
  if (/(['"`])(constructor|prototype)\1/.test(text)) return true;
  if (GUARD_LITERAL.test(text) || /\b__proto__\b/.test(text)) return OWN_PROPERTY_CHECK.test(text) || /Object\.create\(\s*null\s*\)/.test(text) || 'proto-only';
  // A key check done by a helper or constant declared elsewhere in the file (`UNSAFE_KEYS.has(key)`).
  for (const name of guardNames) if (new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text)) return true;
  // Null-prototype targets plus own-property checks cannot reach Object.prototype.
  return /Object\.create\(\s*null\s*\)/.test(text) && /hasOwnProperty|Object\.hasOwn\b/.test(text);
}

/**
 * `if (specialProperties.has(key)) continue;`, `if (!isSafeKey(key)) throw …`: the key itself is passed to
 * a check that skips or aborts. (A deny-list imported from elsewhere cannot be read, so trust the shape.)
 */
function checksKeyBeforeUse(fn: Node, key: string, lists: ReadonlySet<string>): boolean {
  let guarded = false;
  const exits = (n: Node | null | undefined): boolean => {
    if (!n) return false;
    if (n.type === 'ContinueStatement' || n.type === 'ReturnStatement' || n.type === 'ThrowStatement') return true;
    return n.type === 'BlockStatement' && exits(n.body[0]);
  };
  walk(fn.body, [{
    IfStatement(n) {
      if (guarded || !exits(n.consequent)) return;
      walk(n.test, [{
        CallExpression(c) {
          if (c.arguments.some((a: Node) => unwrap(a).type === 'Identifier' && unwrap(a).name === key)) guarded = true;
          // `if (!parts.every(isSafeKey)) return`: the same check on every key of the split path at once.
          const callee = unwrap(c.callee);
          const list = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
          if (list?.type === 'Identifier' && lists.has(list.name) && /^(every|some)$/.test(propertyName(callee) ?? '') && c.arguments[0] && unwrap(c.arguments[0]).type === 'Identifier') guarded = true;
        },
      }]);
    },
  }]);
  return guarded;
}

/**
 * Top-level names whose definition mentions a prototype key: guard helpers and deny-lists, and the
 * helpers built on them (`isValidPath` testing segments against `disallowedKeys`, `getPathSegments`
 * returning no segments when `isValidPath` fails), a few levels deep.
 */
function guardNamesOf(ctx: CodeRuleContext): Set<string> {
  const names = new Set<string>();
  const defs: [string, string][] = [];
  for (const s of ctx.program.body as Node[]) {
    const decl = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
    if (decl.type === 'FunctionDeclaration' && decl.id) defs.push([decl.id.name, ctx.source(decl)]);
    if (decl.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) defs.push([d.id.name, ctx.source(d.init)]);
    }
  }
  for (const [name, text] of defs) if (GUARD_LITERAL.test(text)) names.add(name);
  for (let round = 0; round < GUARD_HELPER_DEPTH && names.size > 0; round++) {
    const uses = new RegExp(`(^|[^\\w$.])(${[...names].map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`);
    let added = false;
    for (const [name, text] of defs) if (!names.has(name) && uses.test(text)) { names.add(name); added = true; }
    if (!added) break;
  }
  return names;
}

/** The first computed-member assignment (`cur[last] = value`) after `offset` in the function. */
function writesAfter(fn: Node, offset: number, targets: Set<string>): Node | undefined {
  let found: Node | undefined;
  walk(fn.body, [{
    AssignmentExpression(a) {
      const left = unwrap(a.left);
      if (!found && a.start > offset && a.operator === '=' && left.type === 'MemberExpression' && left.computed && targets.has(memberPath(left.object) ?? '')) found = a;
    },
  }]);
  return found;
}

/**
 * A path walk that starts from a prototype-less object the function creates and fills every missing
 * level with another (`cur = cur[k] ||= Object.create(null)`): "__proto__" or "constructor" is an
 * own, missing key at every level, so the walk never reaches Object.prototype.
 */
function nullPrototypeWalk(fn: Node, body: Node, cursor: string): boolean {
  // Where the cursor starts: `let cur = Object.create(null)`, or `let cur = root` with `const root = Object.create(null)`.
  const inits = new Map<string, Node>();
  walk(fn.body, [{
    VariableDeclarator(d) { if (d.id.type === 'Identifier' && d.init) inits.set(d.id.name, unwrap(d.init)); },
  }]);
  let start = inits.get(cursor);
  if (start?.type === 'Identifier') start = inits.get(start.name);
  if (!start || !createsNullPrototype(start)) return false;
  let creates = false;
  let plain = false;
  walk(body, [{
    AssignmentExpression(a) {
      const left = unwrap(a.left);
      if (left.type !== 'MemberExpression' || !left.computed || memberPath(left.object) !== cursor) return;
      if (createsNullPrototype(unwrap(a.right))) creates = true;
      else plain = true;
    },
  }]);
  return creates && !plain;
}

/**
 * A set-by-path helper written as recursion instead of a loop: it takes the first key off the path
 * (`const [head, ...rest] = parts`), writes `container[head] = …` and calls itself with the rest of
 * the path (`assign(container[head], rest, value)`). The write it reports is the one into the object
 * the walk reached, which a `["__proto__", "isAdmin"]` path makes `Object.prototype`.
 */
function recursivePathWrite(fn: Node, name: string | undefined, head: string, isRest: (arg: Node) => boolean): Node | undefined {
  const shortName = name?.split('.').pop();
  if (!shortName) return undefined;
  let recurses = false;
  let write: Node | undefined;
  walk(fn.body, [{
    CallExpression(c) {
      const callee = unwrap(c.callee);
      const self = (callee.type === 'Identifier' && callee.name === shortName) || (callee.type === 'MemberExpression' && propertyName(callee) === shortName && unwrap(callee.object).type === 'ThisExpression');
      if (self && c.arguments.some((a: Node) => isRest(unwrap(a)))) recurses = true;
    },
    AssignmentExpression(a) {
      const left = unwrap(a.left);
      if (write || a.operator !== '=' || left.type !== 'MemberExpression' || !left.computed) return;
      const prop = unwrap(left.property);
      if (prop.type === 'Identifier' && prop.name === head && unwrap(left.object).type === 'Identifier') write = a;
    },
  }]);
  return recurses ? write : undefined;
}

/**
 * A deep merge written as the callback of a key iterator (`forIn(source, copy, target)`,
 * `forOwn(source, copy, target)`): the callback gets `(value, key)` with the target as `this`, writes
 * `this[key] = value`, and descends by calling the merge function that hands the same callback to the
 * iterator again. `{"constructor": {"prototype": …}}` walks from the target's inherited `constructor`
 * to `Object.prototype`. The write reported is `this[key] = …`.
 */
function iteratorCallbackMerge(fn: Node, name: string, key: string, program: Node): boolean {
  const topFunctions = new Map<string, Node>();
  for (const s of program.body as Node[]) {
    const decl = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
    if (decl.type === 'FunctionDeclaration' && decl.id) topFunctions.set(decl.id.name, decl);
  }
  // The callback reads the target's value at that key (`var obj = this[key]`): it looks at what the
  // target already holds under the key, inherited or not, before deciding to descend.
  let readsTarget = false;
  const called = new Set<string>();
  walk(fn.body, [{
    MemberExpression(m) {
      const prop = unwrap(m.property);
      if (m.computed && unwrap(m.object).type === 'ThisExpression' && prop.type === 'Identifier' && prop.name === key) readsTarget = true;
    },
    CallExpression(c) {
      const callee = unwrap(c.callee);
      if (callee.type === 'Identifier') called.add(callee.name);
    },
  }]);
  if (!readsTarget) return false;
  // The callback, or a function it calls, hands the callback to another call together with an object.
  const handsOn = (body: Node) => {
    let found = false;
    walk(body, [{
      CallExpression(c) {
        if (!found && c.arguments.length >= 2 && c.arguments.some((a: Node) => unwrap(a).type === 'Identifier' && unwrap(a).name === name)) found = true;
      },
    }]);
    return found;
  };
  for (const callee of called) {
    const g = topFunctions.get(callee);
    if (g && g !== fn && handsOn(g.body)) return true;
  }
  return false;
}

export const recursiveMergePattern: PatternCheck = {
  create: (ctx) => {
    let guardNames: Set<string> | undefined;
    /** `const [head, ...rest] = parts` of a path parameter: checked as a recursive set-by-path. */
    /**
     * `const [head, ...rest] = parts`, or `var head = path[0]` with the rest handed down as
     * `path.slice(1)`, of a path parameter: checked as a recursive set-by-path.
     */
    const checkPathSplit = (decl: Node, ancestors: readonly Node[]) => {
      const pattern = decl.id;
      const init = decl.init && unwrap(decl.init);
      let head: string;
      let list: string;
      let isRest: (arg: Node) => boolean;
      if (pattern?.type === 'ArrayPattern') {
        const [first, last] = [pattern.elements[0], pattern.elements[pattern.elements.length - 1]];
        if (pattern.elements.length !== 2 || first?.type !== 'Identifier' || last?.type !== 'RestElement' || last.argument.type !== 'Identifier') return;
        if (init?.type !== 'Identifier' || !PATH_PARAM.test(init.name)) return;
        const rest = last.argument.name;
        [head, list, isRest] = [first.name, init.name, (a) => a.type === 'Identifier' && a.name === rest];
      } else if (pattern?.type === 'Identifier' && init?.type === 'MemberExpression' && init.computed) {
        const object = unwrap(init.object);
        const index = unwrap(init.property);
        if (object.type !== 'Identifier' || !PATH_PARAM.test(object.name) || index.type !== 'Literal' || index.value !== 0) return;
        const path = object.name;
        // path.slice(1): everything after the head
        const isTail = (a: Node) => a.type === 'CallExpression' && propertyName(unwrap(a.callee)) === 'slice' && memberPath(unwrap(a.callee).object) === path
          && a.arguments.length === 1 && unwrap(a.arguments[0]).type === 'Literal' && unwrap(a.arguments[0]).value === 1;
        [head, list, isRest] = [pattern.name, path, isTail];
      } else return;
      let i = ancestors.length - 1;
      while (i >= 0 && !isFunction(ancestors[i]!)) i--;
      const fn = ancestors[i];
      if (!fn || !(fn.params as Node[]).some((p) => unwrap(p).type === 'Identifier' && unwrap(p).name === list)) return;
      const parent = ancestors[i - 1];
      const name = functionName(fn, parent) ?? (parent?.type === 'MethodDefinition' ? propertyName(parent) : undefined);
      const write = recursivePathWrite(fn, name, head, isRest);
      if (!write) return;
      const guarded = isGuarded(ctx, fn, (guardNames ??= guardNamesOf(ctx)));
      if (guarded === true || (guarded === false && checksKeyBeforeUse(fn, head, new Set([list])))) return;
      ctx.report(write, `Prototype pollution: ${name ?? 'this function'}() writes each key of a path into the object the previous key reached, without rejecting "__proto__", "constructor" and "prototype", so a crafted path modifies Object.prototype`);
    };
    const check = (fn: Node, ancestors: readonly Node[]) => {
      // Every report is a computed write (`target[key] = …`) in the function: one look-up before any walk.
      if (!textMatchesWithin(ctx.text, COMPUTED_WRITE, fn)) return;
      const parent = ancestors[ancestors.length - 1];
      const name = functionName(fn, parent) ?? (parent?.type === 'MethodDefinition' ? propertyName(parent) : undefined);
      const shortName = name?.split('.').pop();
      // Only writes into the caller's objects matter: a fresh local `{}` gets at most its own prototype changed.
      const params = new Set<string>();
      for (const p of fn.params as Node[]) {
        const id = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
        if (id?.type === 'Identifier') params.add(id.name);
      }
      const pathParams = new Set([...params].filter((p) => PATH_PARAM.test(p)));
      // The keys of the path: `path.split('.')`, or what a segmenting helper makes of the path parameter
      // (`getPathSegments(path)`, `toPath(path)`, `splitString(path, {sep: '.'})`): a list of the caller's keys.
      const splitVars = new Set<string>();
      walk(fn.body, [{
        VariableDeclarator(d) {
          const init = d.init && unwrap(d.init);
          if (d.id.type !== 'Identifier' || init?.type !== 'CallExpression') return;
          const callee = unwrap(init.callee);
          if (propertyName(callee) === 'split') splitVars.add(d.id.name);
          else if (callee.type === 'Identifier' && init.arguments.some((a: Node) => unwrap(a).type === 'Identifier' && pathParams.has(unwrap(a).name))) splitVars.add(d.id.name);
        },
      }]);
      const loops = keyLoops(fn, splitVars, pathParams);
      if (loops.length === 0) return;

      let recurses = false;
      const selfCalls: Node[] = [];
      if (shortName) {
        walk(fn.body, [{
          CallExpression(c) {
            const callee = unwrap(c.callee);
            // merge(…) or this.merge(…); `other.create(…)` is a different function with the same name.
            if ((callee.type === 'Identifier' && callee.name === shortName) || (callee.type === 'MemberExpression' && propertyName(callee) === shortName && unwrap(callee.object).type === 'ThisExpression')) {
              recurses = true;
              selfCalls.push(c);
            }
          },
        }]);
      }
      // A recursion that hands itself the same target every time (`flatten(value, out)`) writes only
      // into the caller's top object, whatever the source nests: no write reaches an inherited object.
      const paramIndex = (name: string) => (fn.params as Node[]).findIndex((p) => {
        const id = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
        return id?.type === 'Identifier' && id.name === name;
      });
      const sameTargetDown = (target: string) => {
        const i = paramIndex(target);
        return i >= 0 && selfCalls.length > 0 && selfCalls.every((c) => {
          const a = c.arguments[i] && unwrap(c.arguments[i]);
          return a?.type === 'Identifier' && a.name === target;
        });
      };

      for (const loop of loops) {
        const candidates: { write: Node; target: string }[] = [];
        const descending = new Set<string>();
        walk(loop.body, [{
          AssignmentExpression(a) {
            const left = unwrap(a.left);
            const right = unwrap(a.right);
            // cur = cur[key], cur = cur[key] ??= {}, cur = cur[key] || (cur[key] = {}): walking down a path
            const read = right.type === 'AssignmentExpression' || right.type === 'LogicalExpression' ? unwrap(right.left) : right;
            if (left.type === 'Identifier' && read.type === 'MemberExpression' && read.computed && memberPath(read.object) === left.name) descending.add(left.name);
            if (a.operator !== '=' || left.type !== 'MemberExpression' || !left.computed) return;
            const prop = unwrap(left.property);
            const target = unwrap(left.object);
            if (prop.type === 'Identifier' && prop.name === loop.key && target.type === 'Identifier') candidates.push({ write: a, target: target.name });
          },
        }]);
        const descends = descending.size > 0;
        const byPath = loop.pathWalk && (descends || loop.viaReduce);
        const writes = candidates.filter((c) => (params.has(c.target) || descending.has(c.target) || (loop.viaReduce ?? false))
          && (byPath || descending.has(c.target) || !sameTargetDown(c.target))).map((c) => c.write);
        const finalWrite = loop.pathWalk && descends ? writesAfter(fn, loop.body.end, descending) : undefined;
        if (writes.length === 0 && !finalWrite) continue;
        if (!(recurses || (loop.pathWalk && (descends || loop.viaReduce)))) continue;
        if (loop.pathWalk && descends && [...descending].every((cursor) => nullPrototypeWalk(fn, loop.body, cursor))) continue;
        const guarded = isGuarded(ctx, fn, (guardNames ??= guardNamesOf(ctx)));
        if (guarded === true || (guarded === false && checksKeyBeforeUse(fn, loop.key, new Set([...splitVars, ...pathParams])))) return;
        // Report the write that lands on Object.prototype: for a path walk, the final `cur[last] = value`
        // after the loop; for a merge, the leaf copy `target[key] = source[key]`.
        const leaf = finalWrite ?? writes.find((w) => {
          const r = unwrap(w.right);
          if (r.type === 'ObjectExpression' || r.type === 'ArrayExpression' || r.type === 'LogicalExpression') return false;
          if (r.type === 'CallExpression' && shortName && (memberPath(r.callee) ?? '').split('.').pop() === shortName) return false;
          return true;
        }) ?? writes[0]!;
        if (guarded === 'proto-only') ctx.report(leaf, `Prototype pollution: ${name ?? 'this function'}() rejects "__proto__" but not "constructor" and "prototype", and reads inherited properties: a crafted object walks from the inherited constructor to Object.prototype`);
        else ctx.report(leaf, `Prototype pollution: ${name ?? 'this function'}() copies keys from its input into nested objects without rejecting "__proto__", "constructor" and "prototype", so a crafted object modifies Object.prototype`);
        return;
      }
    };
    // Only functions that contain a loop are examined, each once, instead of walking every function's
    // body from every ancestor. The merge may loop inside a callback (`keys.forEach((k) => …)`, a
    // callback in a callback), so the nearest few enclosing functions; further out are the module
    // factories of a bundle, each of which holds thousands of loops and would be walked whole.
    const examined = new Set<Node>();
    const checkEnclosing = (_loop: Node, ancestors: readonly Node[]) => {
      let enclosing = 0;
      for (let i = ancestors.length - 1; i >= 0 && enclosing < MERGE_LOOP_DEPTH; i--) {
        const a = ancestors[i]!;
        if (!isFunction(a)) continue;
        enclosing++;
        if (examined.has(a)) continue;
        examined.add(a);
        check(a, ancestors.slice(0, i));
      }
    };
    /** `this[key] = value` in the `(value, key)` callback of a key iterator that merges recursively. */
    const checkThisWrite = (a: Node, ancestors: readonly Node[]) => {
      const left = unwrap(a.left);
      if (a.operator !== '=' || left.type !== 'MemberExpression' || !left.computed || unwrap(left.object).type !== 'ThisExpression') return;
      const prop = unwrap(left.property);
      if (prop.type !== 'Identifier') return;
      let i = ancestors.length - 1;
      while (i >= 0 && !isFunction(ancestors[i]!)) i--;
      const fn = ancestors[i];
      // A function declaration: its name is how the merge hands it to the iterator.
      if (fn?.type !== 'FunctionDeclaration' || !fn.id || fn.params.length < 2) return;
      const keyParam = unwrap(fn.params[1]);
      if (keyParam.type !== 'Identifier' || keyParam.name !== prop.name) return;
      if (!iteratorCallbackMerge(fn, fn.id.name, prop.name, ctx.program)) return;
      const guarded = isGuarded(ctx, fn, (guardNames ??= guardNamesOf(ctx)));
      if (guarded === true || (guarded === false && checksKeyBeforeUse(fn, prop.name, new Set()))) return;
      ctx.report(a, guarded === 'proto-only'
        ? `Prototype pollution: ${fn.id.name}() rejects "__proto__" but not "constructor" and "prototype", and reads inherited properties of the target: a crafted object walks from the inherited constructor to Object.prototype`
        : `Prototype pollution: ${fn.id.name}() copies keys from its input into nested objects without rejecting "__proto__", "constructor" and "prototype", so a crafted object modifies Object.prototype`);
    };
    return {
      AssignmentExpression: checkThisWrite,
      VariableDeclarator: checkPathSplit,
      ForInStatement: checkEnclosing,
      ForOfStatement: checkEnclosing,
      ForStatement: checkEnclosing,
      CallExpression(node, ancestors) {
        const callee = unwrap(node.callee);
        if (callee.type === 'MemberExpression' && /^(forEach|reduce|map)$/.test(propertyName(callee) ?? '')) checkEnclosing(node, ancestors);
      },
    };
  },
};
