/** Statements: declarations, control flow (branches, loops, try), destructuring and classes. */
import { extendsEggBase, injectedRequestContext, requiresEggBase } from './egg.js';
import { type Node, calleeProperty, guardPath, isFunction, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { EMPTY, TUPLE_REST, type Value, allTaints, fromInput, isTainted, mask, sanitize, union, withStep } from './values.js';
import { type Frame, type ClassInfo, snapshot, fork, join, mergeSnapshot } from './frames.js';
import { azureResponseObject } from './azure.js';
import { isMeteorCheck, patternProof } from './meteor.js';
import { lambdaResponse, recordReturn, errorValue, assertionProof, assertCall } from './functions.js';
import { svelteKitPageData } from './framework-calls.js';
import { importCandidates } from './imported-calls.js';
import { archiveEntryList } from './calls.js';
import { bindingValue } from './api.js';
import { evaluate, fillMissingStep, readMember, assignMember } from './expressions.js';
import { clientErrorBranch, conditionGuards } from './guards.js';
import type { TaintEngine } from './engine.js';
import { BODY_RETURNING_FILTER_MODULES, EXCEPTION_FILTER_MODULES, JOB_PROCESSOR_MODULES, SVELTEKIT_PAGE_COMPONENT } from '../models/sources.js';
import { HTML_RESPONSE_DECORATORS } from '../models/sinks.js';
import { reportSink, returnedErrorHookBody, returnedFilterBody, returnedReplyBody, slashCheckedTarget, templateSink } from './sinks.js';
import { recordReturnedView } from './views.js';
import { annotationApi, declaredFieldApi } from './declared-types.js';

/** Function declarations and classes are visible before their statement runs. */
export function hoist(e: TaintEngine, body: Node[], frame: Frame): void {
  for (const raw of body) {
    const s = raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration' ? raw.declaration ?? raw : raw;
    if (!s) continue;
    if (s.type === 'FunctionDeclaration' && s.id) {
      frame.scope.vars.set(s.id.name, { taints: [], fn: e.registerFunction(s, frame.scope) });
    } else if (s.type === 'ClassDeclaration' && s.id) {
      declareClass(e, s, frame);
    }
  }
  prototypeClasses(e, body, frame);
  memberClasses(e, body, frame);
}

/**
 * A constructor function that gives each instance its methods as closures (`function UserDao(db) {
 * this.users = db.collection('users'); this.find = (q) => this.users.findOne(q) }`) is a class
 * too: its members read the fields the constructor stored on `this`.
 */
function memberClasses(e: TaintEngine, body: Node[], frame: Frame): void {
  for (const raw of body) {
    const s = raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration' ? raw.declaration ?? raw : raw;
    if (s?.type !== 'FunctionDeclaration' || !s.id || s.body?.type !== 'BlockStatement' || e.classes.has(s.id.name)) continue;
    if (!s.body.body.some(isThisMemberFunction)) continue;
    const ctorId = frame.scope.vars.get(s.id.name)?.fn;
    const ctor = ctorId !== undefined ? e.fns[ctorId] : undefined;
    if (!ctor || ctor.node !== s || ctor.cls) continue;
    const cls: ClassInfo = { name: s.id.name, methods: new Map([['constructor', ctorId!]]), fieldTypes: new Map(), fieldValues: new Map(), paramFields: new Map() };
    e.classes.set(cls.name, cls);
    ctor.cls = cls;
  }
}

/** `this.find = function…` / `this.find = (q) => …` as a statement. */
function isThisMemberFunction(s: Node): boolean {
  if (s.type !== 'ExpressionStatement') return false;
  const x = unwrap(s.expression);
  return x.type === 'AssignmentExpression' && x.operator === '=' && x.left.type === 'MemberExpression' && unwrap(x.left.object).type === 'ThisExpression' && isFunction(unwrap(x.right));
}

/**
 * A constructor function with prototype methods (`function Dao(db) { this.col = db.collection('x') }`,
 * `Dao.prototype.find = function (q) { this.col.find(q) }`, or `Dao.prototype = { find() {…} }`) is
 * a class written the old way: its methods see the fields the constructor stored on `this`, and
 * instances (`new Dao(db)`, here or in another file) have those methods.
 */
function prototypeClasses(e: TaintEngine, body: Node[], frame: Frame): void {
  for (const raw of body) {
    if (raw.type !== 'ExpressionStatement') continue;
    const x = unwrap(raw.expression);
    if (x.type !== 'AssignmentExpression' || x.operator !== '=' || x.left.type !== 'MemberExpression') continue;
    // `Dao.prototype.find = function` or `Dao.prototype = { find: function }`.
    const protoOf = (n: Node): string | undefined => (n.type === 'MemberExpression' && propertyName(n) === 'prototype' && n.object.type === 'Identifier' ? n.object.name : undefined);
    const methods: [string, Node][] = [];
    let owner = protoOf(x.left.object);
    const right = unwrap(x.right);
    if (owner) {
      const key = propertyName(x.left);
      if (key && isFunction(right)) methods.push([key, right]);
    } else if ((owner = protoOf(x.left)) && right.type === 'ObjectExpression') {
      for (const p of right.properties) {
        const key = p.type === 'Property' ? propertyName(p) : undefined;
        if (key && p.value && isFunction(p.value)) methods.push([key, p.value]);
      }
    }
    if (!owner || methods.length === 0) continue;
    const ctorId = frame.scope.vars.get(owner)?.fn;
    const ctor = ctorId !== undefined ? e.fns[ctorId] : undefined;
    if (!ctor || ctor.node.type !== 'FunctionDeclaration' || (ctor.cls && ctor.cls.name !== owner)) continue;
    let cls = ctor.cls;
    if (!cls) {
      if (e.classes.has(owner)) continue;
      cls = { name: owner, methods: new Map([['constructor', ctorId!]]), fieldTypes: new Map(), fieldValues: new Map(), paramFields: new Map() };
      e.classes.set(owner, cls);
      ctor.cls = cls;
    }
    for (const [key, fn] of methods) if (!cls.methods.has(key)) cls.methods.set(key, e.registerFunction(fn, frame.scope, `${owner}.${key}`, cls));
  }
}

export function execBlock(e: TaintEngine, body: Node[], frame: Frame): void {
  for (const s of body) {
    if (frame.terminated) return;
    exec(e, s, frame);
  }
}

export function exec(e: TaintEngine, node: Node, frame: Frame): void {
  switch (node.type) {
    case 'ExpressionStatement': {
      const template = e.input.templateSinks?.get(node.start);
      if (template) {
        templateSink(e, template, evaluate(e, node.expression, frame), unwrap(node.expression), frame);
        return;
      }
      const expr = unwrap(node.expression);
      // `new RegExp(s)` whose result is dropped (inside try/catch): a syntax check of s. Compiling
      // is linear; nothing is ever matched with it.
      if (expr.type === 'NewExpression' && expr.callee.type === 'Identifier' && expr.callee.name === 'RegExp') {
        for (const a of expr.arguments) evaluate(e, a, frame);
        return;
      }
      evaluate(e, node.expression, frame);
      assertionGuards(e, node.expression, frame);
      // ctx.throw(400), process.exit(1), assert-style aborts end this path like `throw` does.
      if (isAbortCall(node.expression)) frame.terminated = true;
      return;
    }
    case 'VariableDeclaration':
      for (const d of node.declarations) {
        declareVariable(e, d, frame);
        if (node.kind === 'const' && d.id.type === 'Identifier' && d.init) recordCondition(e, d.id.name, unwrap(d.init), frame);
      }
      return;
    case 'FunctionDeclaration':
      if (node.id && !frame.scope.vars.has(node.id.name)) frame.scope.vars.set(node.id.name, { taints: [], fn: e.registerFunction(node, frame.scope) });
      return;
    case 'ClassDeclaration':
      declareClass(e, node, frame);
      return;
    case 'ReturnStatement': {
      const v = node.argument ? evaluate(e, node.argument, frame) : EMPTY;
      if (node.argument && (frame.lambda || azureResponseObject(e, node.argument))) lambdaResponse(e, node.argument, v, frame);
      if (node.argument) returnedReplyBody(e, node.argument, v, frame);
      const fnInfo = frame.fnId !== undefined ? e.fns[frame.fnId] : undefined;
      if (node.argument && fnInfo?.cls?.filterReturnsBody && fnInfo.name.endsWith('.catch')) returnedFilterBody(e, node.argument, v, frame);
      if (node.argument && fnInfo && e.elysiaErrorHooks.has(fnInfo.node)) returnedErrorHookBody(e, node.argument, v, frame, insideSwitchCase(fnInfo.node, node));
      const htmlReturn = node.argument && frame.fnId !== undefined ? e.fns[frame.fnId]?.cls?.htmlActions?.get(frame.fnId) : undefined;
      if (htmlReturn) {
        const body = v.awaited ?? v;
        if (body.stringy) reportSink(e, 'xss', body, node.argument, htmlReturn, frame);
      }
      if (node.argument && frame.fnId !== undefined && e.fns[frame.fnId]?.cls?.redirectActions?.has(frame.fnId)) redirectTarget(e, node.argument, v, frame);
      const view = node.argument && frame.fnId !== undefined ? e.fns[frame.fnId]?.cls?.viewActions?.get(frame.fnId) : undefined;
      if (view) recordReturnedView(e, view, v.awaited ?? v, node.argument, frame);
      frame.returns.push(v);
      recordReturn(e, v, frame, node);
      frame.terminated = true;
      return;
    }
    case 'ThrowStatement':
      if (node.argument) evaluate(e, node.argument, frame);
      frame.terminated = true;
      return;
    case 'ContinueStatement':
      if (frame.continued && frame.continued.length < 8) frame.continued.push(fork(frame));
      frame.terminated = true;
      return;
    case 'BreakStatement':
      frame.terminated = true;
      return;
    case 'BlockStatement':
    case 'StaticBlock':
      hoist(e, node.body, frame);
      execBlock(e, node.body, frame);
      return;
    case 'IfStatement':
      execIf(e, node, frame);
      return;
    case 'ForStatement':
      if (node.init) node.init.type === 'VariableDeclaration' ? exec(e, node.init, frame) : evaluate(e, node.init, frame);
      loop(e, frame, () => {
        if (node.test) evaluate(e, node.test, frame);
        exec(e, node.body, frame);
        if (node.update) evaluate(e, node.update, frame);
      });
      return;
    case 'ForInStatement':
    case 'ForOfStatement': {
      const right = evaluate(e, node.right, frame);
      // for…in yields keys (attacker-chosen for a parsed body), for…of yields elements.
      const item: Value = node.type === 'ForInStatement' ? { taints: allTaints(right).map((t) => ({ ...t, whole: false, path: [...t.path, '[key]'] })) }
        // `for await (const chunk of req)`: a plain Node request iterates over its body.
        : right.kind === 'request' && node.await ? e.source(node.left, 'request body', 'request', false)
        // `for (const entry of zip.getEntries())`: an archive's entries (calls.ts archiveEntryList).
        : node.type === 'ForOfStatement' && archiveEntryList(node.right) ? e.source(node.left, 'entry', 'archive', false)
        : elementOf(e, right);
      const target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left;
      loop(e, frame, () => {
        bindPattern(e, target, item, frame, node.left);
        exec(e, node.body, frame);
      });
      return;
    }
    case 'WhileStatement':
    case 'DoWhileStatement':
      loop(e, frame, () => {
        evaluate(e, node.test, frame);
        exec(e, node.body, frame);
      });
      return;
    case 'TryStatement': {
      const before = snapshot(frame);
      exec(e, node.block, frame);
      const afterTry = frame.terminated;
      frame.terminated = false;
      if (node.handler) {
        const catchFrame = fork(frame, before);
        if (node.handler.param) {
          bindPattern(e, node.handler.param, errorValue(e, node.handler.param), catchFrame, node.handler);
        }
        exec(e, node.handler.body, catchFrame);
        join(frame, [catchFrame]);
        frame.terminated = afterTry && catchFrame.terminated;
      }
      if (node.finalizer) {
        const t = frame.terminated;
        frame.terminated = false;
        exec(e, node.finalizer, frame);
        frame.terminated = frame.terminated || t;
      }
      return;
    }
    case 'SwitchStatement': {
      evaluate(e, node.discriminant, frame);
      const branches: Frame[] = [];
      for (const c of node.cases) {
        const f = fork(frame);
        if (c.test) evaluate(e, c.test, f);
        execBlock(e, c.consequent, f);
        branches.push(f);
      }
      join(frame, branches, !node.cases.some((c: Node) => !c.test));
      frame.terminated = false;
      return;
    }
    case 'LabeledStatement':
      exec(e, node.body, frame);
      return;
    case 'ExportNamedDeclaration':
      if (node.declaration) {
        exec(e, node.declaration, frame);
        recordExportDeclaration(e, node.declaration, frame);
      }
      for (const s of node.specifiers ?? []) {
        if (node.source) continue;
        const local = s.local?.name ?? propertyName({ ...s, type: 'Property', key: s.local, computed: false });
        const exported = s.exported?.name ?? stringValue(s.exported) ?? local;
        // (`import { run } from './db'; export { run }`: a barrel hands on the import itself.)
        if (local) e.exportsMap.set(exported, frame.scope.lookup(local) ?? importedValue(e, local) ?? EMPTY);
      }
      return;
    case 'ExportDefaultDeclaration': {
      const d = node.declaration;
      if (isFunction(d)) {
        const id = e.registerFunction(d, frame.scope, d.id?.name ?? 'default');
        if (d.id) frame.scope.vars.set(d.id.name, { taints: [], fn: id });
        e.exportsMap.set('default', { taints: [], fn: id });
      } else if (d.type === 'ClassDeclaration' || d.type === 'ClassExpression') {
        const cls = declareClass(e, d, frame);
        e.exportsMap.set('default', { taints: [], cls: cls.name });
      } else {
        e.exportsMap.set('default', evaluate(e, d, frame));
      }
      return;
    }
    default:
      // Type declarations, imports, empty statements: no data flow.
      return;
  }
}

export function recordExportDeclaration(e: TaintEngine, decl: Node, frame: Frame): void {
  if (decl.type === 'FunctionDeclaration' && decl.id) e.exportsMap.set(decl.id.name, frame.scope.lookup(decl.id.name) ?? EMPTY);
  else if (decl.type === 'ClassDeclaration' && decl.id) e.exportsMap.set(decl.id.name, { taints: [], cls: decl.id.name });
  else if (decl.type === 'VariableDeclaration') {
    for (const d of decl.declarations) if (d.id.type === 'Identifier') e.exportsMap.set(d.id.name, frame.scope.lookup(d.id.name) ?? EMPTY);
  }
}

export function loop(e: TaintEngine, frame: Frame, body: () => void): void {
  // Two rounds reach the values a loop can carry around once; then join with "not entered".
  const before = snapshot(frame);
  const outer = frame.continued;
  for (let i = 0; i < 2; i++) {
    // The body runs in the frame's own scope; only the guards it learns are its own.
    const saved = { scope: frame.scope, guards: frame.guards };
    const continued: Frame[] = [];
    Object.assign(frame, { guards: new Map(frame.guards), continued });
    body();
    frame.terminated = false;
    Object.assign(frame, saved);
    // What a `continue` left is where the next round (and the code after the loop) may start from.
    if (continued.length) join(frame, continued);
  }
  frame.continued = outer;
  mergeSnapshot(frame, before);
}

export function execIf(e: TaintEngine, node: Node, frame: Frame): void {
  evaluate(e, node.test, frame);
  const g = conditionGuards(e, node.test, frame);
  const thenF = fork(frame);
  if (isDevBranch(node.test)) thenF.devOnly = true;
  const clientErrors = clientErrorBranch(node.test);
  if (clientErrors === 'consequent') thenF.clientError = true;
  for (const [k, m] of g.whenTrue) thenF.guards.set(k, (thenF.guards.get(k) ?? 0) | m);
  const filled = fillMissingStep(e, node, frame.fnId !== undefined ? e.fns[frame.fnId]?.node : e.input.program);
  if (filled) e.fillsMissing.add(filled);
  exec(e, node.consequent, thenF);
  const elseF = fork(frame);
  if (clientErrors === 'alternate') elseF.clientError = true;
  for (const [k, m] of g.whenFalse) elseF.guards.set(k, (elseF.guards.get(k) ?? 0) | m);
  if (node.alternate) exec(e, node.alternate, elseF);
  // `if (url.origin !== origin) url = fallback;`: the branch that replaces the checked variable with
  // clean data leaves it as safe as the other branch's check does.
  replacedWhereUnchecked(frame, thenF, g.whenFalse);
  replacedWhereUnchecked(frame, elseF, g.whenTrue);
  builtForPlainResponse(frame, thenF, elseF);
  builtForPlainResponse(frame, elseF, thenF);
  const live = [thenF, elseF].filter((f) => !f.terminated);
  if (live.length === 0) {
    join(frame, [thenF, elseF]);
    frame.terminated = true;
    return;
  }
  join(frame, live, true);
  // A guard that returns early protects everything after it.
  if (thenF.terminated && !elseF.terminated) for (const [k, m] of g.whenFalse) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
  if (elseF.terminated && !thenF.terminated) for (const [k, m] of g.whenTrue) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
  // `if (status >= 500) return res.json(generic);`: what follows handles client errors.
  if ((clientErrors === 'alternate' && thenF.terminated && !elseF.terminated) || (clientErrors === 'consequent' && elseF.terminated && !thenF.terminated)) frame.clientError = true;
}

/**
 * `if (json) { body = JSON.stringify(data); res.setHeader('Content-Type', 'application/json'); }
 * else { body = '<p>' + escape(msg) + '</p>'; res.setHeader('Content-Type', 'text/html'); }
 * res.end(body)`: what a branch builds while it declares the response plain text or JSON (and the
 * other branch does not) is sent as that type, not as HTML.
 */
function builtForPlainResponse(frame: Frame, branch: Frame, other: Frame): void {
  if (branch.terminated) return;
  let plain = false;
  for (const k of branch.guards.keys()) if (k.endsWith('.\0plain') && !frame.guards.has(k) && !other.guards.has(k)) plain = true;
  if (!plain) return;
  for (const [name, v] of branch.scope.vars) {
    if (v !== frame.scope.vars.get(name) && isTainted(v)) branch.scope.vars.set(name, sanitize(v, mask('xss')));
  }
}

function replacedWhereUnchecked(frame: Frame, branch: Frame, otherGuards: Map<string, number>): void {
  for (const [k, m] of otherGuards) {
    const now = branch.scope.vars.get(k);
    if (now === undefined || now === frame.scope.lookup(k) || branch.terminated) continue;
    if (allTaints(now).every((t) => (t.sanitized & m) === m || !fromInput(t))) branch.guards.set(k, (branch.guards.get(k) ?? 0) | m);
  }
}

/**
 * `const allowed = target.startsWith('/admin/') && !target.includes('//')`, later `if (allowed)` or
 * `allowed ? target : '/admin'`: the constant stands for the check. Only checks written as such
 * (logical operators, negation, comparisons, string/set/regex tests), so ordinary calls cost nothing.
 */
function recordCondition(e: TaintEngine, name: string, init: Node, frame: Frame): void {
  if (!CONDITION_SHAPE(init)) return;
  const g = conditionGuards(e, init, frame);
  if (g.whenTrue.size === 0 && g.whenFalse.size === 0) return;
  const roots = new Set<string>();
  for (const k of [...g.whenTrue.keys(), ...g.whenFalse.keys()]) roots.add(k.split('.')[0]!);
  (frame.conditions ??= new Map()).set(name, { whenTrue: g.whenTrue, whenFalse: g.whenFalse, roots: [...roots].map((r) => [r, frame.scope.lookup(r)]) });
}

function CONDITION_SHAPE(n: Node): boolean {
  switch (n.type) {
    case 'LogicalExpression': return n.operator !== '??';
    case 'UnaryExpression': return n.operator === '!';
    case 'BinaryExpression': return /^(===|!==|==|!=|<|<=|>|>=|in|instanceof)$/.test(n.operator);
    case 'CallExpression': return n.callee.type === 'MemberExpression' && /^(startsWith|endsWith|includes|has|test|isValid|some)$/.test(propertyName(n.callee) ?? '');
    default: return false;
  }
}

export function declareVariable(e: TaintEngine, d: Node, frame: Frame): void {
  const init = d.init ? unwrap(d.init) : undefined;
  if (d.id.type === 'Identifier' && init) {
    recordAlias(e, d.id.name, init);
    if (init.type === 'NewExpression' && /^(URL|url\.URL)$/.test(memberPath(init.callee) ?? '') && init.arguments[0]) {
      const p = memberPath(init.arguments[0]);
      if (p) frame.urlOf.set(d.id.name, p);
    }
    // const rel = path.relative(base, p): `rel.startsWith('..')` is a check of where p goes.
    if (init.type === 'CallExpression' && init.arguments[1] && /^path\.(relative|posix\.relative)$/.test(qualifiedName(init.callee, e.input.modules, e.aliases) ?? '')) {
      const p = memberPath(unwrap(init.arguments[1]));
      if (p) frame.urlOf.set(`#relative:${d.id.name}`, p);
    }
    // const host = new URL(x).hostname (or u.origin, or u.hostname.toLowerCase()): a check of `host`
    // is a check of where x goes, and of where the URL object u goes.
    const hostRead = init.type === 'CallExpression' && init.arguments.length === 0 && /^(toLowerCase|toLocaleLowerCase|trim)$/.test(calleeProperty(init) ?? '') ? unwrap(unwrap(init.callee).object) : init;
    if (hostRead.type === 'MemberExpression' && /^(hostname|host|origin)$/.test(propertyName(hostRead) ?? '')) {
      const obj = unwrap(hostRead.object);
      const base = obj.type === 'NewExpression' && /^(URL|url\.URL)$/.test(memberPath(obj.callee) ?? '') && obj.arguments[0] ? memberPath(obj.arguments[0]) : frame.urlOf.get(memberPath(obj) ?? '');
      if (base) frame.urlOf.set(`#host:${d.id.name}`, base);
      if (base && obj.type === 'Identifier') frame.urlOf.set(`#hostOwner:${d.id.name}`, obj.name);
    }
    // const scheme = new URL(x).protocol (or u.protocol): a check of `scheme` is a check of that URL's.
    if (init.type === 'MemberExpression' && propertyName(init) === 'protocol') {
      const owner = urlOwner(init.object);
      if (owner) frame.urlOf.set(`#protocol:${d.id.name}`, owner);
    }
  }
  // const { protocol } = new URL(x): the same, destructured.
  if (d.id.type === 'ObjectPattern' && init && (init.type === 'NewExpression' || memberPath(init) !== undefined)) {
    const prop = d.id.properties.find((p: Node) => p.type === 'Property' && propertyName(p) === 'protocol' && p.value.type === 'Identifier');
    const owner = prop && urlOwner(init);
    if (owner) frame.urlOf.set(`#protocol:${prop.value.name}`, owner);
  }
  if (init && isFunction(init)) {
    const id = e.registerFunction(init, frame.scope, d.id.name);
    bindPattern(e, d.id, { taints: [], fn: id }, frame, d);
    return;
  }
  // Svelte 4 `export let data;` in a SvelteKit page: what the sibling `load` returned.
  let v = init ? evaluate(e, init, frame) : d.id.type === 'Identifier' && d.id.name === 'data' && frame.fnId === undefined && SVELTEKIT_PAGE_COMPONENT.test(e.input.path) ? svelteKitPageData(e) : EMPTY;
  // `const db: Pool = app.db`, `/** @type {import('pg').Pool} */ const db = app.get('db')`: the package's object.
  if (d.id.type === 'Identifier' && !v.api && !v.ref && !v.cls && !v.kind && v.fn === undefined && !isTainted(v)) {
    const api = declaredFieldApi(e, d.id, d.start);
    if (api) v = { ...v, api };
  }
  const named = d.id.type === 'Identifier' && isTainted(v) ? withStep(v, e.step(d.id, `stored in \`${d.id.name}\``)) : v;
  bindPattern(e, d.id, named, frame, d);
}

/** The path of the URL a `.protocol` is read from: the parsed string of `new URL(x)`, or the object `u` itself. */
function urlOwner(obj: Node): string | undefined {
  const o = unwrap(obj);
  if (o.type === 'NewExpression') return /^(URL|url\.URL)$/.test(memberPath(o.callee) ?? '') && o.arguments[0] ? memberPath(o.arguments[0]) : undefined;
  return memberPath(o);
}

/** `const run = exec`, `const execAsync = promisify(exec)`: calls through the alias resolve to the original. */
export function recordAlias(e: TaintEngine, name: string, init: Node): void {
  let target: Node | undefined;
  if (init.type === 'Identifier' || init.type === 'MemberExpression') target = init;
  else if (init.type === 'CallExpression') {
    const callee = qualifiedName(init.callee, e.input.modules, e.aliases) ?? '';
    if (/(^|\.)promisify$/.test(callee) && init.arguments[0]) target = unwrap(init.arguments[0]);
    else if (init.callee.type === 'MemberExpression' && propertyName(init.callee) === 'bind') target = init.callee.object;
  }
  if (!target) return;
  const q = qualifiedName(target, e.input.modules, e.aliases);
  const head = memberPath(target)?.split('.')[0];
  if (q && head && (e.input.modules.bindings.has(head) || e.aliases.has(head))) e.aliases.set(name, q);
}

export function bindPattern(e: TaintEngine, pattern: Node, value: Value, frame: Frame, _at: Node): void {
  const p = unwrap(pattern);
  switch (p.type) {
    case 'Identifier':
      assignVar(e, p.name, value, frame);
      return;
    case 'ObjectPattern':
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') {
          bindPattern(e, prop.argument, value, frame, prop);
          continue;
        }
        const key = propertyName(prop);
        const fieldVal = key === undefined ? { taints: allTaints(value) } : readMember(e, value, key, prop, frame);
        bindPattern(e, prop.value, fieldVal, frame, prop);
      }
      return;
    case 'ArrayPattern': {
      // A tuple shape (see TUPLE_REST) is read by position; any other list by its elements.
      const rest = value.fields?.get(TUPLE_REST);
      p.elements.forEach((el: Node | null, i: number) => {
        if (!el) return;
        const item = rest && el.type !== 'RestElement' ? value.fields!.get(String(i)) ?? rest : rest ?? elementOf(e, value);
        bindPattern(e, el.type === 'RestElement' ? el.argument : el, item, frame, el);
      });
      return;
    }
    case 'AssignmentPattern': {
      const def = evaluate(e, p.right, frame);
      bindPattern(e, p.left, isTainted(value) || value.kind || value.fn !== undefined || value.cls ? value : union(value, def), frame, p);
      return;
    }
    case 'RestElement':
      bindPattern(e, p.argument, value, frame, p);
      return;
    case 'MemberExpression':
      assignMember(e, p, value, frame);
      return;
    default:
      return;
  }
}

export function assignVar(e: TaintEngine, name: string, value: Value, frame: Frame): void {
  const owner = frame.scope.owner(name) ?? frame.scope;
  owner.vars.set(name, value);
  // A new value replaces what a guard said about the old one (and about its members).
  if (frame.guards.size === 0) return;
  frame.guards.delete(name);
  for (const k of frame.guards.keys()) if (k.startsWith(name) && k[name.length] === '.') frame.guards.delete(k);
}

export function elementOf(e: TaintEngine, v: Value): Value {
  // `list.map((r) => ({ …r, html: clean(r.text) }))` is kept as its element's shape: keep the fields.
  if (v.fields && v.fields.size && !v.kind) return { taints: v.taints.map((t) => ({ ...t, whole: false })), fields: v.fields };
  const taints = allTaints(v).map((t) => ({ ...t, whole: false }));
  return taints.length ? { taints, kind: v.kind === 'searchParams' ? undefined : undefined } : EMPTY;
}

export function declareClass(e: TaintEngine, node: Node, frame: Frame): ClassInfo {
  const name = node.id?.name ?? `(class@${node.start})`;
  const existing = e.classes.get(name);
  if (existing) return existing;
  const cls: ClassInfo = { name, methods: new Map(), fieldTypes: new Map(), fieldValues: new Map(), paramFields: new Map() };
  e.classes.set(name, cls);
  if (node.id) frame.scope.vars.set(node.id.name, { taints: [], cls: name });
  const declaredHidden = node.id ? e.input.declaredHidden?.(name) : undefined;
  for (const m of node.body.body) {
    if ((m.type === 'MethodDefinition' || m.type === 'TSAbstractMethodDefinition') && m.value && isFunction(m.value)) {
      const key = propertyName(m) ?? '(computed)';
      cls.methods.set(key, e.registerFunction(m.value, frame.scope, `${name}.${key}`, cls));
      if (m.kind === 'get' && !m.static) (cls.getters ??= new Set()).add(key);
      if (m.accessibility === 'private' || m.accessibility === 'protected') (cls.hidden ??= new Set()).add(key);
      // Compiled JavaScript whose declaration file says `protected loadTables(…)`: as if the modifier were here.
      if (declaredHidden?.has(key)) {
        (cls.hidden ??= new Set()).add(key);
        (cls.declaredHidden ??= new Set()).add(key);
      }
      if (key === 'constructor') {
        for (const p of m.value.params) {
          const param = p.type === 'TSParameterProperty' ? p.parameter : p;
          const typeName = typeNameOf(param);
          const pname = param.type === 'Identifier' ? param.name : param.left?.name;
          if (pname && typeName) cls.fieldTypes.set(pname, typeName);
          // `constructor(private readonly db: mysql.Pool)`: a package's object as `this.db`.
          const api = p.type === 'TSParameterProperty' && pname && !typeName ? annotationApi(e, p) : undefined;
          if (api) cls.fieldValues.set(pname!, { taints: [], api });
        }
      }
    } else if (m.type === 'PropertyDefinition' && m.value && isFunction(m.value)) {
      const key = propertyName(m) ?? '(computed)';
      cls.methods.set(key, e.registerFunction(m.value, frame.scope, `${name}.${key}`, cls));
      if (m.accessibility === 'private' || m.accessibility === 'protected') (cls.hidden ??= new Set()).add(key);
    } else if (m.type === 'PropertyDefinition') {
      const key = propertyName(m);
      // Midway's `@Inject() ctx: Context`: the request's context (egg.ts), not an injected service of that type.
      if (key && !m.static && injectedRequestContext(e, m)) {
        cls.fieldValues.set(key, { taints: [], kind: 'request' });
        continue;
      }
      const typeName = typeNameOf(m);
      if (key && typeName) cls.fieldTypes.set(key, typeName);
      // `private pool = new Pool()`: a library object every method sees as `this.pool`.
      if (key && m.value && !m.static) {
        const v = evaluate(e, m.value, frame);
        if (v.api || v.ref) cls.fieldValues.set(key, { taints: [], ...(v.api ? { api: v.api } : {}), ...(v.ref ? { ref: v.ref } : {}) });
      }
      // `private db: mysql.Pool;`, `/** @type {Pool} */ db;`: set later (by the constructor, a framework).
      const declared = key && !typeName && !m.value && !m.static ? declaredFieldApi(e, m) : undefined;
      if (declared) cls.fieldValues.set(key!, { taints: [], api: declared });
    }
  }
  // Egg: `this.ctx` of a controller or service is the request's context (egg.ts).
  if (extendsEggBase(e, node) || requiresEggBase(node)) cls.fieldValues.set('ctx', { taints: [], kind: 'request' });
  // (An interceptor on the controller may map every answer into an envelope object, sent as JSON.)
  const nestController = hasDecorator(e, node, 'Controller', NEST_COMMON) && !hasDecorator(e, node, 'UseInterceptors', NEST_COMMON) && nestOnExpress(e);
  for (const m of node.body.body) {
    const id = m.type === 'MethodDefinition' && m.value ? cls.methods.get(propertyName(m) ?? '') : undefined;
    if (id === undefined) continue;
    if (declaresHtmlResponse(e, m)) (cls.htmlActions ??= new Map()).set(id, 'the HTML a controller action returns');
    else if (nestController && sendsReturnedString(e, m)) (cls.htmlActions ??= new Map()).set(id, 'the string a NestJS route returns (sent as text/html on the Express platform)');
    if (hasDecorator(e, m, 'Redirect', NEST_COMMON)) (cls.redirectActions ??= new Set()).add(id);
    const view = renderedView(e, m);
    if (view) (cls.viewActions ??= new Map()).set(id, view);
  }
  const caught = caughtClasses(e, node);
  if (caught) cls.exceptionFilter = caught.length && caught.every((c) => !BUILTIN_ERRORS.test(c)) ? 'http' : 'any';
  if (caught && BODY_RETURNING_FILTER_MODULES.test(e.input.modules.bindings.get('Catch')?.module ?? '')) cls.filterReturnsBody = true;
  if (hasDecorator(e, node, 'Processor', JOB_PROCESSOR_MODULES)) {
    cls.jobHandlers = new Set();
    for (const m of node.body.body) {
      if (m.type !== 'MethodDefinition' || !m.value) continue;
      const id = cls.methods.get(propertyName(m) ?? '');
      if (id !== undefined && (propertyName(m) === 'process' || hasDecorator(e, m, 'Process', JOB_PROCESSOR_MODULES))) cls.jobHandlers.add(id);
    }
  }
  return cls;
}

/** `@ContentType('text/html')`, `@Header('Content-Type', 'text/html')` on a controller action. */
function declaresHtmlResponse(e: TaintEngine, m: Node): boolean {
  return /html/i.test(declaredContentType(e, m) ?? '');
}

/** The content type an action's decorator declares (`@ContentType(t)`, `@Header('Content-Type', t)`), if any. */
function declaredContentType(e: TaintEngine, m: Node): string | undefined {
  for (const d of (m.decorators ?? []) as Node[]) {
    const x = unwrap(d.expression);
    if (x.type !== 'CallExpression' || unwrap(x.callee).type !== 'Identifier') continue;
    const name: string = unwrap(x.callee).name;
    const model = HTML_RESPONSE_DECORATORS[name];
    if (!model || !model.modules.test(e.input.modules.bindings.get(name)?.module ?? '')) continue;
    if (model.headerName && !/^content-type$/i.test(stringValue(x.arguments[0]) ?? '')) continue;
    return stringValue(x.arguments[model.headerName ? 1 : 0]) ?? '';
  }
  return undefined;
}

const NEST_COMMON = /^@nestjs\/common$/;
/**
 * NestJS routes a browser can be sent to (a link, a cross-site form): their answer is rendered as a
 * page. What PUT, PATCH or DELETE routes answer only reaches a script's fetch, which reads it as data.
 */
const NEST_PAGE_ROUTE_DECORATORS = ['Get', 'Post', 'All'];
/** Decorators after which the returned value is not the response body (a view's data, a redirect target, an event stream). An interceptor (`@UseInterceptors`) may map it into another. */
const NEST_NOT_BODY_DECORATORS = ['Render', 'Redirect', 'Sse'];

/**
 * A NestJS route method whose returned string Nest sends as the body itself. On the Express
 * platform Nest answers a string with `res.send()`, which labels it text/html; it does not when the
 * method takes the response (`@Res()` without `passthrough`: the method answers), renders a view,
 * redirects, streams events, declares another content type, or has an interceptor that may map the
 * answer (an application-wide one, `useGlobalInterceptors`, is in another file and not seen here).
 */
function sendsReturnedString(e: TaintEngine, m: Node): boolean {
  if (!NEST_PAGE_ROUTE_DECORATORS.some((d) => hasDecorator(e, m, d, NEST_COMMON))) return false;
  if ([...NEST_NOT_BODY_DECORATORS, 'UseInterceptors'].some((d) => hasDecorator(e, m, d, NEST_COMMON))) return false;
  if (declaredContentType(e, m) !== undefined) return false;
  return !(m.value.params as Node[]).some((p) => {
    const param = p.type === 'TSParameterProperty' ? p.parameter : p;
    return (param.decorators ?? p.decorators ?? []).some((d: Node) => {
      const x = unwrap(d.expression);
      const callee = x.type === 'CallExpression' ? unwrap(x.callee) : x;
      if (callee.type !== 'Identifier' || !/^(Res|Response|Next)$/.test(callee.name)) return false;
      if (!NEST_COMMON.test(e.input.modules.bindings.get(callee.name)?.module ?? '')) return false;
      const opts = x.type === 'CallExpression' && x.arguments[0] ? unwrap(x.arguments[0]) : undefined;
      return !(opts?.type === 'ObjectExpression' && opts.properties.some((pr: Node) => propertyName(pr) === 'passthrough' && unwrap(pr.value)?.value === true));
    });
  });
}

/** `return { url, statusCode }` of a NestJS `@Redirect()` route: Nest redirects to that `url`. */
function redirectTarget(e: TaintEngine, returned: Node, v: Value, frame: Frame): void {
  const body = v.awaited ?? v;
  const object = unwrap(returned);
  const urlProp = object.type === 'ObjectExpression' ? object.properties.find((p: Node) => p.type === 'Property' && propertyName(p) === 'url') : undefined;
  // On Express, Nest redirects with res.redirect(), which percent-encodes `\` (see slashCheckedTarget).
  const { v: url, extra } = slashCheckedTarget(readMember(e, body, 'url', returned, frame), nestOnExpress(e), undefined);
  reportSink(e, 'redirect', url, urlProp?.value ?? returned, 'the `url` a NestJS @Redirect() route returns', frame, undefined, undefined, undefined, extra);
}

/**
 * The Nest application runs on Express, Nest's default platform: the package declares
 * `@nestjs/platform-express`, or declares no Fastify platform either. On `@nestjs/platform-fastify`
 * a returned string goes out as text/plain.
 */
function nestOnExpress(e: TaintEngine): boolean {
  const declared = e.input.declaredRanges;
  if (!declared) return true;
  return declared('@nestjs/platform-express') !== undefined || declared('@nestjs/platform-fastify') === undefined;
}

/** `@Name(…)` on a class or member, with `Name` imported from one of these modules. */
/** Action decorators that render the returned object into a view, by the module they must come from. */
const VIEW_DECORATORS: Record<string, RegExp> = {
  View: /^@tsed\/(platform-views|common)$/,
  Render: NEST_COMMON,
};

/** The view a controller action's `@View('tracking.ejs')` / `@Render('index')` names, if any. */
function renderedView(e: TaintEngine, m: Node): string | undefined {
  for (const d of (m.decorators ?? []) as Node[]) {
    const x = unwrap(d.expression);
    if (x.type !== 'CallExpression' || unwrap(x.callee).type !== 'Identifier') continue;
    const name: string = unwrap(x.callee).name;
    if (!Object.hasOwn(VIEW_DECORATORS, name) || !VIEW_DECORATORS[name]!.test(e.input.modules.bindings.get(name)?.module ?? '')) continue;
    return stringValue(x.arguments[0]);
  }
  return undefined;
}

/** JavaScript's own error classes: a filter catching one of them gets any failure (a driver's, a library's). */
const BUILTIN_ERRORS = /^(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|Object)$/;

/** The classes an exception filter class's `@Catch(A, B)` names (`[]`: `@Catch()`, every error); undefined when it is none. */
function caughtClasses(e: TaintEngine, node: Node): string[] | undefined {
  for (const d of (node.decorators ?? []) as Node[]) {
    const x = unwrap(d.expression);
    if (x.type !== 'CallExpression' || unwrap(x.callee).type !== 'Identifier' || unwrap(x.callee).name !== 'Catch') continue;
    if (!EXCEPTION_FILTER_MODULES.test(e.input.modules.bindings.get('Catch')?.module ?? '')) continue;
    // (A class we cannot name, `@Catch(errors[0])`, may be any.)
    return (x.arguments as Node[]).map((a) => memberPath(unwrap(a)) ?? 'Error');
  }
  return undefined;
}

function hasDecorator(e: TaintEngine, node: Node, name: string, modules: RegExp): boolean {
  return (node.decorators ?? []).some((d: Node) => {
    const x = unwrap(d.expression);
    const callee = x.type === 'CallExpression' ? unwrap(x.callee) : x;
    if (callee.type !== 'Identifier' || callee.name !== name) return false;
    return modules.test(e.input.modules.bindings.get(name)?.module ?? '');
  });
}

function typeNameOf(node: Node): string | undefined {
  const ann = node.typeAnnotation?.typeAnnotation;
  if (ann?.type === 'TSTypeReference' && ann.typeName?.type === 'Identifier') return ann.typeName.name;
  return undefined;
}

/**
 * `check(x);` of a throwing validator (this file's, or another file's through its summary), or
 * `assert(cond);`: past this statement, what the check rules out is ruled out.
 */
function assertionGuards(e: TaintEngine, expr: Node, frame: Frame): void {
  let c = unwrap(expr);
  if (c.type === 'AwaitExpression') c = unwrap(c.argument);
  if (c.type !== 'CallExpression') return;
  const add = (node: Node | undefined, kinds: number) => {
    const p = node && guardPath(unwrap(node));
    if (p && kinds) frame.guards.set(p, (frame.guards.get(p) ?? 0) | kinds);
  };
  if (assertCall(e, c)) {
    for (const [k, m] of conditionGuards(e, c.arguments[0], frame).whenTrue) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
    return;
  }
  const callee = unwrap(c.callee);
  const local = callee.type === 'Identifier' ? frame.scope.lookup(callee.name) : undefined;
  // Meteor's `check(x, String)`: throws unless x matches the pattern.
  if (local?.fn === undefined && isMeteorCheck(e.input.modules, callee, e.meteor)) {
    const { kinds, fields } = patternProof(e.input.program, c.arguments[1]);
    add(c.arguments[0], kinds);
    const base = c.arguments[0] && guardPath(unwrap(c.arguments[0]));
    if (base) for (const [k, m] of fields) if (m && frame.guards !== undefined) frame.guards.set(`${base}.${k}`, (frame.guards.get(`${base}.${k}`) ?? 0) | m);
    return;
  }
  let proof: { param: number; kinds: number }[] | undefined;
  if (local?.fn !== undefined) proof = assertionProof(e, local.fn);
  else {
    const link = e.input.linkInput;
    if (link) for (const k of importCandidates(e, callee, undefined, '')) if (link[k]) { proof = link[k]!.asserts; break; }
  }
  for (const { param, kinds } of proof ?? []) add(c.arguments[param], kinds);
}

function isAbortCall(expr: Node): boolean {
  const e = unwrap(expr);
  if (e.type !== 'CallExpression') return false;
  // `app.notFound((c) => …)` (Hono) registers a handler; it does not end the path.
  if (e.arguments.some((a: Node) => isFunction(a))) return false;
  const path = memberPath(e.callee) ?? '';
  return /^(ctx|context|this)\.throw$|^process\.exit$|(^|\.)(abort|notFound|forbidden|badRequest)$/.test(path);
}

/** True in the development branch: `NODE_ENV === 'development'`, `NODE_ENV !== 'production'`, `isDev`. */
function isDevBranch(test: Node): boolean {
  const t = unwrap(test);
  if (t.type === 'BinaryExpression') {
    const lit = stringValue(t.right) ?? stringValue(t.left) ?? '';
    const env = /NODE_ENV|ENV|MODE/.test(`${memberPath(t.left) ?? ''} ${memberPath(t.right) ?? ''}`);
    if (!env) return false;
    if (t.operator === '===' || t.operator === '==') return /^(development|dev|test|local)$/.test(lit);
    if (t.operator === '!==' || t.operator === '!=') return /^(production|prod)$/.test(lit);
    return false;
  }
  if (t.type === 'LogicalExpression' && t.operator === '&&') return isDevBranch(t.left) || isDevBranch(t.right);
  return /^(isDev|isDevelopment|IS_DEV|DEBUG|debug|config\.debug|process\.env\.DEBUG)$/.test(memberPath(t) ?? '');
}

/** What an import binding of the file stands for (another file's export, or a library's API path). */
function importedValue(e: TaintEngine, name: string): Value | undefined {
  const b = e.input.modules.bindings.get(name);
  return b ? bindingValue(e, b) : undefined;
}

/**
 * Is `at` inside a `case` clause with a test (`switch (code) { case 'VALIDATION': … }`) of `fn`? An
 * Elysia error hook that switches on the error's code answers known errors there, with messages
 * written for the client.
 */
function insideSwitchCase(fn: Node, at: Node): boolean {
  const todo: Node[] = [fn.body];
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (n.start > at.start || n.end < at.end) continue;
    if (n.type === 'SwitchCase' && n.test) return true;
    if (n !== fn.body && isFunction(n)) continue;
    for (const k of Object.keys(n)) {
      const c = (n as Record<string, unknown>)[k];
      if (Array.isArray(c)) for (const x of c) { if (x && typeof x === 'object' && typeof (x as Node).type === 'string') todo.push(x as Node); }
      else if (c && typeof c === 'object' && typeof (c as Node).type === 'string' && k !== 'parent') todo.push(c as Node);
    }
  }
  return false;
}
