/**
 * The taint engine: an abstract interpreter over one file's AST. It tracks which values carry
 * untrusted data (sources), through variables, fields, strings, calls and callbacks, and reports
 * when such data reaches a sink unsanitised. Functions get summaries (parameter → return, parameter
 * → sink) so flows through helpers — in this file or, after linking, in other files — are found.
 *
 * Framework knowledge lives in `../models/*`; this file only interprets the language.
 */
import type { Location, TraceStep } from '../../../findings/finding.js';
import {
  type Node, WRAPPER_TYPES, calleeProperty, functionName, isFunction, isNode, memberPath, objectProperty, propertyName, stringValue, unwrap,
} from '../frontend/js/ast.js';
import type { LineIndex } from '../frontend/js/parse.js';
import { type ModuleTable, qualifiedName } from '../frontend/js/modules.js';
import { CALL_SINKS, type CallSite, PROPERTY_SINKS, SQL_TEXT_PATTERN } from '../models/sinks.js';
import { PROPAGATING_METHODS, SAFE_METHODS, SAFE_PROPERTIES, SANITIZERS } from '../models/sanitizers.js';
import {
  BROWSER_SOURCES, CLI_SOURCES, KOA_CONTEXT_NAMES, LAMBDA_EVENT_FIELDS, NEST_PARAM_DECORATORS, NEXT_ROUTE_HANDLERS,
  REQUEST_FIELDS, REQUEST_METHODS, REQUEST_NESTED, REQUEST_PARAM_NAMES, RESPONSE_PARAM_NAMES, ROUTE_METHODS, SOURCE_CALLS,
} from '../models/sources.js';
import {
  ALL_KINDS, EMPTY, type SinkKind, type SourceInfo, type Taint, type Value, allTaints, isTainted, liveTaints, mask, readField,
  sanitize, union, withStep,
} from './values.js';
import {
  type FunctionSummary, type LinkInput, type SinkSite, addReturn, addSink, emptySummary,
} from './summaries.js';

/** A source reached a sink. */
export interface Flow {
  kind: SinkKind;
  source: SourceInfo;
  /** Source → … → sink, in order. */
  steps: TraceStep[];
  sink: SinkSite;
  /** The taint arrived as a whole object (e.g. `req.body`), not a field. */
  whole: boolean;
  stringy: boolean;
  /** Field path read below the source (`['stack']` for errors). */
  path: string[];
  /**
   * No source in sight: a parameter of the enclosing function is built into query text. Reported
   * with lower confidence — the callers (other services, DI, code outside the scan) are unknown.
   */
  audit?: { param: string };
}

export interface EngineInput {
  path: string;
  program: Node;
  lines: LineIndex;
  modules: ModuleTable;
  linkInput?: LinkInput;
  /** Suppressions in this file by line, so summaries can carry them to other files. */
  suppressionAt?: (line: number) => { ruleIds: string[]; reason: string; line: number } | undefined;
}

class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): Value | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  owner(name: string): Scope | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.vars.has(name)) return s;
    return undefined;
  }
}

interface Frame {
  scope: Scope;
  summary: FunctionSummary;
  /** Sanitisation learned from guards (`if (!allowed.includes(x)) return;`), by expression path. */
  guards: Map<string, number>;
  terminated: boolean;
  returns: Value[];
  fnName: string;
  /** `const u = new URL(x)`: u → the path of x, so a check on `u.hostname` guards x. */
  urlOf: Map<string, string>;
  /** An AWS Lambda handler: its returned object is the HTTP response. */
  lambda?: boolean;
  /** Inside `if (process.env.NODE_ENV === 'development')`: error details are fine here. */
  devOnly?: boolean;
  /** Parameter names of the function being run (for messages). */
  paramNames?: (string | undefined)[];
}

interface FnInfo {
  id: number;
  node: Node;
  name: string;
  closure: Scope;
  /** Class this function is a method of. */
  cls?: ClassInfo;
}

interface ClassInfo {
  name: string;
  methods: Map<string, number>;
  /** Constructor parameter properties and their declared types (`private svc: UsersService`). */
  fieldTypes: Map<string, string>;
}

const MAX_CALL_DEPTH = 6;
const BROWSER_KINDS = new Set<SinkKind>(['xss', 'redirect', 'code', 'prototype', 'regex']);

export class TaintEngine {
  readonly flows: Flow[] = [];
  private readonly fns: FnInfo[] = [];
  private readonly fnByNode = new Map<Node, number>();
  private readonly summaries = new Map<number, FunctionSummary>();
  private readonly inProgress = new Set<number>();
  private readonly analyzedInline = new Set<number>();
  private readonly classes = new Map<string, ClassInfo>();
  private readonly aliases = new Map<string, string>();
  private readonly moduleScope = new Scope();
  private readonly exportsMap = new Map<string, Value>();
  private callDepth = 0;
  /** The file declares 'use server' (Next.js server actions): every exported function's parameters are user data. */
  private serverActions = false;
  private readonly isNextRouteFile: boolean;

  constructor(private readonly input: EngineInput) {
    this.isNextRouteFile = /(^|\/)route\.(t|j)sx?$/.test(input.path);
  }

  // ── entry points ──────────────────────────────────────────────────────────

  run(): void {
    const program = this.input.program;
    this.serverActions = program.body.some((s: Node) => s.type === 'ExpressionStatement' && s.directive === 'use server');
    const frame = this.newFrame(this.moduleScope, '(module)');
    this.hoist(program.body, frame);
    this.execBlock(program.body, frame);
    // Functions nobody called in this file (exported handlers, controller methods, callbacks
    // registered elsewhere) still get analysed once, with their parameters as symbols.
    for (let i = 0; i < this.fns.length; i++) if (!this.analyzedInline.has(i)) this.summaryOf(i);
    // Then functions the interpreter never reached, with the module scope as their closure.
    const reached = this.fns.length;
    this.registerUnreached(program);
    for (let i = reached; i < this.fns.length; i++) if (!this.analyzedInline.has(i)) this.summaryOf(i);
  }

  /** Functions in places the interpreter never evaluated (odd syntax, dead branches) still get analysed. */
  private registerUnreached(program: Node): void {
    const visit = (n: Node, depth: number) => {
      if (depth > 4000) return;
      if (isFunction(n) && !this.fnByNode.has(n)) this.registerFunction(n, this.moduleScope);
      for (const key in n) {
        if (key === 'type' || key === 'start' || key === 'end') continue;
        const v = n[key];
        if (Array.isArray(v)) {
          for (const c of v) if (isNode(c)) visit(c, depth + 1);
        } else if (isNode(v)) visit(v, depth + 1);
      }
    };
    visit(program, 0);
  }

  /** Summaries of what this file exports, for other files' second pass. */
  exportedSummaries(): Record<string, FunctionSummary> {
    const out: Record<string, FunctionSummary> = {};
    const addValue = (key: string, v: Value, depth = 0) => {
      if (v.fn !== undefined) out[key] = this.summaryOf(v.fn);
      if (v.cls) {
        const cls = this.classes.get(v.cls);
        if (cls) for (const [m, id] of cls.methods) out[`${key}.${m}`] = this.summaryOf(id);
      }
      if (v.fields && depth < 2) for (const [k, f] of v.fields) addValue(`${key}.${k}`, f, depth + 1);
    };
    for (const [name, v] of this.exportsMap) addValue(name, v);
    // CommonJS `module.exports = { a, b }` is also importable as `{ a, b }`.
    const def = this.exportsMap.get('default');
    if (def?.fields) for (const [k, f] of def.fields) if (!this.exportsMap.has(k)) addValue(k, f);
    for (const [name, cls] of this.classes) {
      if (!this.exportsMap.has(name)) continue;
      for (const [m, id] of cls.methods) out[`${name}.${m}`] = this.summaryOf(id);
    }
    return out;
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  private newFrame(scope: Scope, fnName: string): Frame {
    return { scope, summary: emptySummary(fnName), guards: new Map(), terminated: false, returns: [], fnName, urlOf: new Map() };
  }

  loc(node: Node): Location {
    const li = this.input.lines;
    const end = Math.max(node.start, node.end - 1);
    return {
      path: this.input.path,
      startLine: li.line(node.start),
      startColumn: li.column(node.start),
      endLine: li.line(end),
      endColumn: li.column(end) + 1,
    };
  }

  /** A call in a multi-line chain (`qb\n  .where(…)`) is located at its method name. */
  private sinkLoc(at: Node): Location {
    const callee = at.type === 'CallExpression' ? unwrap(at.callee) : undefined;
    if (callee?.type === 'MemberExpression' && this.input.lines.line(callee.property.start) !== this.input.lines.line(at.start)) {
      return { ...this.loc(at), startLine: this.input.lines.line(callee.property.start), startColumn: this.input.lines.column(callee.property.start) };
    }
    return this.loc(at);
  }

  private step(node: Node, message: string, kind: TraceStep['kind'] = 'step'): TraceStep {
    return { location: this.loc(node), message, kind };
  }

  private source(node: Node, label: string, category: SourceInfo['category'], mayBeObject: boolean, extra: Partial<Value> = {}): Value {
    const info: SourceInfo = { label, category, location: this.loc(node), mayBeObject };
    const t: Taint = { source: info, path: [], sanitized: 0, whole: true, steps: [] };
    return { taints: [t], ...extra };
  }

  private registerFunction(node: Node, closure: Scope, nameHint?: string, cls?: ClassInfo): number {
    const existing = this.fnByNode.get(node);
    if (existing !== undefined) return existing;
    const id = this.fns.length;
    this.fns.push({ id, node, name: node.id?.name ?? nameHint ?? '(anonymous)', closure, cls });
    this.fnByNode.set(node, id);
    return id;
  }

  private text(node: Node): string {
    return this.input.lines.text.slice(node.start, node.end);
  }

  // ── statements ────────────────────────────────────────────────────────────

  /** Function declarations and classes are visible before their statement runs. */
  private hoist(body: Node[], frame: Frame): void {
    for (const raw of body) {
      const s = raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration' ? raw.declaration ?? raw : raw;
      if (!s) continue;
      if (s.type === 'FunctionDeclaration' && s.id) {
        frame.scope.vars.set(s.id.name, { taints: [], fn: this.registerFunction(s, frame.scope) });
      } else if (s.type === 'ClassDeclaration' && s.id) {
        this.declareClass(s, frame);
      }
    }
  }

  private execBlock(body: Node[], frame: Frame): void {
    for (const s of body) {
      if (frame.terminated) return;
      this.exec(s, frame);
    }
  }

  private exec(node: Node, frame: Frame): void {
    switch (node.type) {
      case 'ExpressionStatement':
        this.eval(node.expression, frame);
        // ctx.throw(400), process.exit(1), assert-style aborts end this path like `throw` does.
        if (isAbortCall(node.expression)) frame.terminated = true;
        return;
      case 'VariableDeclaration':
        for (const d of node.declarations) this.declare(d, frame);
        return;
      case 'FunctionDeclaration':
        if (node.id && !frame.scope.vars.has(node.id.name)) frame.scope.vars.set(node.id.name, { taints: [], fn: this.registerFunction(node, frame.scope) });
        return;
      case 'ClassDeclaration':
        this.declareClass(node, frame);
        return;
      case 'ReturnStatement': {
        const v = node.argument ? this.eval(node.argument, frame) : EMPTY;
        if (frame.lambda && node.argument) this.lambdaResponse(node.argument, v, frame);
        frame.returns.push(v);
        this.recordReturn(v, frame, node);
        frame.terminated = true;
        return;
      }
      case 'ThrowStatement':
        if (node.argument) this.eval(node.argument, frame);
        frame.terminated = true;
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        frame.terminated = true;
        return;
      case 'BlockStatement':
      case 'StaticBlock':
        this.hoist(node.body, frame);
        this.execBlock(node.body, frame);
        return;
      case 'IfStatement':
        this.execIf(node, frame);
        return;
      case 'ForStatement':
        if (node.init) node.init.type === 'VariableDeclaration' ? this.exec(node.init, frame) : this.eval(node.init, frame);
        this.loop(frame, () => {
          if (node.test) this.eval(node.test, frame);
          this.exec(node.body, frame);
          if (node.update) this.eval(node.update, frame);
        });
        return;
      case 'ForInStatement':
      case 'ForOfStatement': {
        const right = this.eval(node.right, frame);
        // for…in yields keys (attacker-chosen for a parsed body), for…of yields elements.
        const item: Value = node.type === 'ForInStatement' ? { taints: allTaints(right).map((t) => ({ ...t, whole: false, path: [...t.path, '[key]'] })) } : this.elementOf(right);
        const target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left;
        this.loop(frame, () => {
          this.bindPattern(target, item, frame, node.left);
          this.exec(node.body, frame);
        });
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
        this.loop(frame, () => {
          this.eval(node.test, frame);
          this.exec(node.body, frame);
        });
        return;
      case 'TryStatement': {
        const before = this.snapshot(frame);
        this.exec(node.block, frame);
        const afterTry = frame.terminated;
        frame.terminated = false;
        if (node.handler) {
          const catchFrame = this.fork(frame, before);
          if (node.handler.param) {
            this.bindPattern(node.handler.param, this.errorValue(node.handler.param), catchFrame, node.handler);
          }
          this.exec(node.handler.body, catchFrame);
          this.join(frame, [catchFrame]);
          frame.terminated = afterTry && catchFrame.terminated;
        }
        if (node.finalizer) {
          const t = frame.terminated;
          frame.terminated = false;
          this.exec(node.finalizer, frame);
          frame.terminated = frame.terminated || t;
        }
        return;
      }
      case 'SwitchStatement': {
        this.eval(node.discriminant, frame);
        const branches: Frame[] = [];
        for (const c of node.cases) {
          const f = this.fork(frame);
          if (c.test) this.eval(c.test, f);
          this.execBlock(c.consequent, f);
          branches.push(f);
        }
        this.join(frame, branches, !node.cases.some((c: Node) => !c.test));
        frame.terminated = false;
        return;
      }
      case 'LabeledStatement':
        this.exec(node.body, frame);
        return;
      case 'ExportNamedDeclaration':
        if (node.declaration) {
          this.exec(node.declaration, frame);
          this.recordExportDeclaration(node.declaration, frame);
        }
        for (const s of node.specifiers ?? []) {
          if (node.source) continue;
          const local = s.local?.name ?? propertyName({ ...s, type: 'Property', key: s.local, computed: false });
          const exported = s.exported?.name ?? stringValue(s.exported) ?? local;
          if (local) this.exportsMap.set(exported, frame.scope.lookup(local) ?? EMPTY);
        }
        return;
      case 'ExportDefaultDeclaration': {
        const d = node.declaration;
        if (isFunction(d)) {
          const id = this.registerFunction(d, frame.scope, d.id?.name ?? 'default');
          if (d.id) frame.scope.vars.set(d.id.name, { taints: [], fn: id });
          this.exportsMap.set('default', { taints: [], fn: id });
        } else if (d.type === 'ClassDeclaration' || d.type === 'ClassExpression') {
          const cls = this.declareClass(d, frame);
          this.exportsMap.set('default', { taints: [], cls: cls.name });
        } else {
          this.exportsMap.set('default', this.eval(d, frame));
        }
        return;
      }
      default:
        // Type declarations, imports, empty statements: no data flow.
        return;
    }
  }

  private recordExportDeclaration(decl: Node, frame: Frame): void {
    if (decl.type === 'FunctionDeclaration' && decl.id) this.exportsMap.set(decl.id.name, frame.scope.lookup(decl.id.name) ?? EMPTY);
    else if (decl.type === 'ClassDeclaration' && decl.id) this.exportsMap.set(decl.id.name, { taints: [], cls: decl.id.name });
    else if (decl.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier') this.exportsMap.set(d.id.name, frame.scope.lookup(d.id.name) ?? EMPTY);
    }
  }

  private loop(frame: Frame, body: () => void): void {
    // Two rounds reach the values a loop can carry around once; then join with "not entered".
    const before = this.snapshot(frame);
    for (let i = 0; i < 2; i++) {
      const f = this.fork(frame);
      const saved = { scope: frame.scope, guards: frame.guards };
      Object.assign(frame, { guards: f.guards });
      body();
      frame.terminated = false;
      Object.assign(frame, saved);
    }
    this.mergeSnapshot(frame, before);
  }

  private execIf(node: Node, frame: Frame): void {
    this.eval(node.test, frame);
    const g = this.guards(node.test, frame);
    const thenF = this.fork(frame);
    if (isDevBranch(node.test)) thenF.devOnly = true;
    for (const [k, m] of g.whenTrue) thenF.guards.set(k, (thenF.guards.get(k) ?? 0) | m);
    this.exec(node.consequent, thenF);
    const elseF = this.fork(frame);
    for (const [k, m] of g.whenFalse) elseF.guards.set(k, (elseF.guards.get(k) ?? 0) | m);
    if (node.alternate) this.exec(node.alternate, elseF);
    const live = [thenF, elseF].filter((f) => !f.terminated);
    if (live.length === 0) {
      this.join(frame, [thenF, elseF]);
      frame.terminated = true;
      return;
    }
    this.join(frame, live, true);
    // A guard that returns early protects everything after it.
    if (thenF.terminated && !elseF.terminated) for (const [k, m] of g.whenFalse) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
    if (elseF.terminated && !thenF.terminated) for (const [k, m] of g.whenTrue) frame.guards.set(k, (frame.guards.get(k) ?? 0) | m);
  }

  private snapshot(frame: Frame): Map<string, Value> {
    return new Map(frame.scope.vars);
  }

  private fork(frame: Frame, vars?: Map<string, Value>): Frame {
    const scope = new Scope(frame.scope.parent);
    for (const [k, v] of vars ?? frame.scope.vars) scope.vars.set(k, v);
    return { ...frame, scope, guards: new Map(frame.guards), terminated: false, urlOf: new Map(frame.urlOf) };
  }

  /** Merge branch states back: a variable may hold any branch's value; guards must hold on all. */
  private join(frame: Frame, branches: Frame[], exhaustive = false): void {
    const names = new Set<string>();
    for (const b of branches) for (const k of b.scope.vars.keys()) names.add(k);
    for (const name of names) {
      const vals = branches.map((b) => b.scope.vars.get(name) ?? frame.scope.vars.get(name) ?? EMPTY);
      if (!exhaustive && frame.scope.vars.has(name)) vals.push(frame.scope.vars.get(name)!);
      frame.scope.vars.set(name, union(...vals));
    }
    for (const b of branches) {
      frame.returns.push(...b.returns.slice(frame.returns.length));
      for (const [k, v] of b.urlOf) frame.urlOf.set(k, v);
    }
    if (exhaustive && branches.length > 0) {
      const common = new Map<string, number>();
      for (const [k, m] of branches[0]!.guards) {
        let all = m;
        for (const b of branches.slice(1)) all &= b.guards.get(k) ?? 0;
        if (all) common.set(k, all);
      }
      frame.guards = common;
    }
  }

  private mergeSnapshot(frame: Frame, before: Map<string, Value>): void {
    for (const [k, v] of before) {
      const now = frame.scope.vars.get(k);
      if (now !== v) frame.scope.vars.set(k, union(v, now ?? EMPTY));
    }
  }

  private declare(d: Node, frame: Frame): void {
    const init = d.init ? unwrap(d.init) : undefined;
    if (d.id.type === 'Identifier' && init) {
      this.recordAlias(d.id.name, init);
      if (init.type === 'NewExpression' && /^(URL|url\.URL)$/.test(memberPath(init.callee) ?? '') && init.arguments[0]) {
        const p = memberPath(init.arguments[0]);
        if (p) frame.urlOf.set(d.id.name, p);
      }
    }
    if (init && isFunction(init)) {
      const id = this.registerFunction(init, frame.scope, d.id.name);
      this.bindPattern(d.id, { taints: [], fn: id }, frame, d);
      return;
    }
    const v = init ? this.eval(init, frame) : EMPTY;
    const named = d.id.type === 'Identifier' && isTainted(v) ? withStep(v, this.step(d.id, `stored in \`${d.id.name}\``)) : v;
    this.bindPattern(d.id, named, frame, d);
  }

  /** `const run = exec`, `const execAsync = promisify(exec)`: calls through the alias resolve to the original. */
  private recordAlias(name: string, init: Node): void {
    let target: Node | undefined;
    if (init.type === 'Identifier' || init.type === 'MemberExpression') target = init;
    else if (init.type === 'CallExpression') {
      const callee = qualifiedName(init.callee, this.input.modules, this.aliases) ?? '';
      if (/(^|\.)promisify$/.test(callee) && init.arguments[0]) target = unwrap(init.arguments[0]);
      else if (init.callee.type === 'MemberExpression' && propertyName(init.callee) === 'bind') target = init.callee.object;
    }
    if (!target) return;
    const q = qualifiedName(target, this.input.modules, this.aliases);
    const head = memberPath(target)?.split('.')[0];
    if (q && head && (this.input.modules.bindings.has(head) || this.aliases.has(head))) this.aliases.set(name, q);
  }

  private bindPattern(pattern: Node, value: Value, frame: Frame, _at: Node): void {
    const p = unwrap(pattern);
    switch (p.type) {
      case 'Identifier':
        this.assignVar(p.name, value, frame);
        return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') {
            this.bindPattern(prop.argument, value, frame, prop);
            continue;
          }
          const key = propertyName(prop);
          const fieldVal = key === undefined ? { taints: allTaints(value) } : this.readMember(value, key, prop, frame);
          this.bindPattern(prop.value, fieldVal, frame, prop);
        }
        return;
      case 'ArrayPattern':
        for (const el of p.elements) if (el) this.bindPattern(el.type === 'RestElement' ? el.argument : el, this.elementOf(value), frame, el);
        return;
      case 'AssignmentPattern': {
        const def = this.eval(p.right, frame);
        this.bindPattern(p.left, isTainted(value) || value.kind || value.fn !== undefined || value.cls ? value : union(value, def), frame, p);
        return;
      }
      case 'RestElement':
        this.bindPattern(p.argument, value, frame, p);
        return;
      case 'MemberExpression':
        this.assignMember(p, value, frame);
        return;
      default:
        return;
    }
  }

  private assignVar(name: string, value: Value, frame: Frame): void {
    const owner = frame.scope.owner(name) ?? frame.scope;
    owner.vars.set(name, value);
    // A new value replaces what a guard said about the old one.
    frame.guards.delete(name);
  }

  private elementOf(v: Value): Value {
    const taints = allTaints(v).map((t) => ({ ...t, whole: false }));
    return taints.length ? { taints, kind: v.kind === 'searchParams' ? undefined : undefined } : EMPTY;
  }

  // ── classes ───────────────────────────────────────────────────────────────

  private declareClass(node: Node, frame: Frame): ClassInfo {
    const name = node.id?.name ?? `(class@${node.start})`;
    const existing = this.classes.get(name);
    if (existing) return existing;
    const cls: ClassInfo = { name, methods: new Map(), fieldTypes: new Map() };
    this.classes.set(name, cls);
    if (node.id) frame.scope.vars.set(node.id.name, { taints: [], cls: name });
    for (const m of node.body.body) {
      if ((m.type === 'MethodDefinition' || m.type === 'TSAbstractMethodDefinition') && m.value && isFunction(m.value)) {
        const key = propertyName(m) ?? '(computed)';
        cls.methods.set(key, this.registerFunction(m.value, frame.scope, `${name}.${key}`, cls));
        if (key === 'constructor') {
          for (const p of m.value.params) {
            const param = p.type === 'TSParameterProperty' ? p.parameter : p;
            const typeName = typeNameOf(param);
            const pname = param.type === 'Identifier' ? param.name : param.left?.name;
            if (pname && typeName) cls.fieldTypes.set(pname, typeName);
          }
        }
      } else if (m.type === 'PropertyDefinition' && m.value && isFunction(m.value)) {
        const key = propertyName(m) ?? '(computed)';
        cls.methods.set(key, this.registerFunction(m.value, frame.scope, `${name}.${key}`, cls));
      } else if (m.type === 'PropertyDefinition') {
        const key = propertyName(m);
        const typeName = typeNameOf(m);
        if (key && typeName) cls.fieldTypes.set(key, typeName);
      }
    }
    return cls;
  }

  // ── functions and summaries ───────────────────────────────────────────────

  /** Analyse a function with its parameters as symbols; memoised. */
  summaryOf(id: number): FunctionSummary {
    const cached = this.summaries.get(id);
    if (cached) return cached;
    const info = this.fns[id]!;
    if (this.inProgress.has(id)) return emptySummary(info.name); // recursion: assume nothing
    this.inProgress.add(id);
    const params = info.node.params.map((_p: Node, i: number): Value => ({
      taints: [{ param: i, path: [], sanitized: 0, whole: true, steps: [] }],
    }));
    const { summary } = this.runFunction(info, params, true);
    this.inProgress.delete(id);
    this.summaries.set(id, summary);
    return summary;
  }

  /**
   * Run a function body. `symbolic` parameters stand for "whatever the caller passes"; framework
   * typing (request objects, decorators, server actions) overrides them with sources.
   */
  private runFunction(info: FnInfo, args: Value[], symbolic: boolean, thisValue?: Value, sharedSummary?: FunctionSummary, inLambda = false): { summary: FunctionSummary; returned: Value } {
    const fn = info.node;
    const scope = new Scope(info.closure);
    const frame = this.newFrame(scope, info.name);
    if (sharedSummary) frame.summary = sharedSummary;
    frame.paramNames = fn.params.map((p: Node) => paramName(p));
    frame.lambda = inLambda;
    if (thisValue) scope.vars.set('this', thisValue);
    else if (info.cls) scope.vars.set('this', { taints: [], cls: info.cls.name });
    const typed = this.frameworkParams(info);
    if (typed.some((t) => t?.kind === 'lambdaEvent')) frame.lambda = true;
    fn.params.forEach((p: Node, i: number) => {
      const param = p.type === 'TSParameterProperty' ? p.parameter : p;
      const t = typed[i];
      const given = args[i];
      const informative = !!given && (isTainted(given) || !!given.kind || !!given.fields);
      // Symbolic parameters keep their parameter taint even when typed, so summaries still see them;
      // a callback's known arguments (a message event, a request) win over typing by name.
      const v = symbolic ? (t ? union(t, given ?? EMPTY) : given ?? EMPTY) : informative ? given! : t ?? given ?? EMPTY;
      this.bindPattern(param, v, frame, p);
    });
    if (fn.body?.type === 'BlockStatement') {
      this.hoist(fn.body.body, frame);
      this.execBlock(fn.body.body, frame);
    } else if (fn.body) {
      const v = this.eval(fn.body, frame);
      if (frame.lambda) this.lambdaResponse(fn.body, v, frame);
      frame.returns.push(v);
      this.recordReturn(v, frame, fn.body);
    }
    const returned = union(...frame.returns);
    const result = fn.async ? { taints: returned.taints, fields: returned.fields, awaited: returned.awaited ?? returned, kind: returned.kind } : returned;
    return { summary: frame.summary, returned: result };
  }

  /** `return { statusCode, headers, body }` from a Lambda handler is the HTTP response. */
  private lambdaResponse(arg: Node, v: Value, frame: Frame): void {
    const obj = unwrap(arg);
    if (obj.type !== 'ObjectExpression') return;
    const prop = (o: Node, name: string): Node | undefined => unwrap(o).type === 'ObjectExpression' ? unwrap(o).properties.find((p: Node) => p.type === 'Property' && propertyName(p) === name) : undefined;
    const body = v.fields?.get('body');
    const headers = objectProperty(obj, 'headers');
    const headerText = headers ? this.text(headers) : '';
    const bodyNode = prop(obj, 'body') ?? obj;
    if (body) {
      this.sink('errorInfo', body, bodyNode, 'the Lambda response body', frame);
      if (/text\/html/i.test(headerText)) this.sink('xss', body, bodyNode, 'the Lambda HTML response body', frame);
    }
    const hv = v.fields?.get('headers');
    const locName = hv?.fields?.has('Location') ? 'Location' : 'location';
    const location = hv?.fields?.get(locName);
    const locNode = (headers && prop(headers, locName)) ?? obj;
    if (location) this.sinkValue('redirect', location, { call: locNode, name: 'Location', method: 'Location', args: [], argValues: [] }, 0, frame);
  }

  private recordReturn(v: Value, frame: Frame, at: Node): void {
    const value = v.awaited ? union(v, v.awaited) : v;
    for (const t of allTaints(value)) {
      if (t.param !== undefined) addReturn(frame.summary, { param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps });
      else if (t.source && frame.summary.returnsSources.length < 8) frame.summary.returnsSources.push({ ...t, steps: [...t.steps, this.step(at, `returned from ${frame.fnName}()`)] });
    }
  }

  /** Parameters that frameworks fill with request data, whatever the caller. */
  private frameworkParams(info: FnInfo): (Value | undefined)[] {
    const fn = info.node;
    const out: (Value | undefined)[] = [];
    const names = fn.params.map((p: Node) => paramName(p));
    fn.params.forEach((p: Node, i: number) => {
      const param = p.type === 'TSParameterProperty' ? p.parameter : p;
      // NestJS: @Body() dto, @Query('q') q, @Param('id') id
      for (const d of param.decorators ?? p.decorators ?? []) {
        const expr = unwrap(d.expression);
        const dname = expr.type === 'CallExpression' ? memberPath(expr.callee) : memberPath(expr);
        const model = dname ? NEST_PARAM_DECORATORS[dname] : undefined;
        if (!model) continue;
        const arg = expr.type === 'CallExpression' ? stringValue(expr.arguments[0]) : undefined;
        const label = arg ? `${model.label.slice(0, -1)}'${arg}')` : model.label;
        out[i] = dname === 'Req' || dname === 'Request'
          ? { taints: [], kind: 'request' }
          : this.source(param, label, 'request', model.object && !arg);
      }
      if (out[i]) return;
      const name = names[i];
      if (!name) return;
      if (i === 0 && /^(err|error|e|ex|exception)$/.test(name) && fn.params.length <= 3) out[i] = this.errorValue(param);
      else if (REQUEST_PARAM_NAMES.test(name)) out[i] = { taints: [], kind: 'request' };
      else if (KOA_CONTEXT_NAMES.test(name) && i === 0) out[i] = { taints: [], kind: 'request' };
      else if (RESPONSE_PARAM_NAMES.test(name) && i > 0) out[i] = { taints: [], kind: 'response' };
      else if (/^(event|evt|apiEvent|apiGatewayEvent)$/.test(name) && i === 0) out[i] = { taints: [], kind: 'lambdaEvent' };
    });
    // Next.js app router: export async function POST(request, { params })
    if (this.isNextRouteFile && NEXT_ROUTE_HANDLERS.test(info.name)) {
      if (fn.params[0] && !out[0]) out[0] = { taints: [], kind: 'request' };
      void 0;
      if (fn.params[1]) out[1] = this.source(fn.params[1], 'route params', 'request', false);
    }
    // Next.js app-router pages and layouts: `{ params, searchParams }` come from the URL.
    if (/(^|\/)(page|layout)\.(t|j)sx?$/.test(this.input.path) && fn.params[0]?.type === 'ObjectPattern') {
      const keys = fn.params[0].properties.map((p: Node) => (p.type === 'Property' ? propertyName(p) : undefined));
      if (keys.includes('searchParams') || keys.includes('params')) {
        out[0] = { taints: [], fields: new Map([
          ['searchParams', this.source(fn.params[0], 'searchParams', 'request', false, { kind: 'searchParams' })],
          ['params', this.source(fn.params[0], 'params', 'request', false)],
        ]) };
      }
    }
    // Next.js server actions: every argument comes from the client.
    if (this.serverActions || hasDirective(fn, 'use server')) {
      fn.params.forEach((p: Node, i: number) => {
        if (!out[i]) out[i] = this.source(p, `server action argument \`${names[i] ?? i}\``, 'request', true, { kind: 'formData' });
      });
    }
    // Express error middleware: (err, req, res, next)
    if (fn.params.length === 4 && names[1] && REQUEST_PARAM_NAMES.test(names[1])) out[0] = this.errorValue(fn.params[0]);
    return out;
  }

  private errorValue(at: Node): Value {
    return { ...this.source(at, 'caught error', 'error', false), kind: 'error' };
  }

  // ── expressions ───────────────────────────────────────────────────────────

  eval(node: Node, frame: Frame): Value {
    const v = this.evalInner(node, frame);
    if (frame.guards.size === 0 || !isTainted(v)) return v;
    const path = memberPath(node);
    const g = path === undefined ? undefined : frame.guards.get(path);
    return g ? sanitize(v, g) : v;
  }

  private evalInner(node: Node, frame: Frame): Value {
    if (WRAPPER_TYPES.has(node.type)) return this.eval(node.expression, frame);
    switch (node.type) {
      case 'Literal':
        return typeof node.value === 'string' ? { taints: [], text: node.value, prefix: node.value, stringy: true } : EMPTY;
      case 'TemplateLiteral':
        return this.evalTemplate(node, frame);
      case 'TaggedTemplateExpression': {
        const tag = qualifiedName(node.tag, this.input.modules, this.aliases) ?? '';
        // sql`…`, Prisma.sql`…`, $queryRaw`…` bind their substitutions as parameters.
        if (/(^|\.)(sql|SQL|\$queryRaw|\$executeRaw|html|css|gql|graphql|raw)$/.test(tag) || /Prisma\.sql/.test(tag)) {
          for (const e of node.quasi.expressions) this.eval(e, frame);
          return EMPTY;
        }
        return this.evalTemplate(node.quasi, frame);
      }
      case 'Identifier':
        return this.evalIdentifier(node, frame);
      case 'ThisExpression':
        return frame.scope.lookup('this') ?? EMPTY;
      case 'MemberExpression':
        return this.evalMember(node, frame);
      case 'CallExpression':
        return this.evalCall(node, frame, false);
      case 'NewExpression':
        return this.evalCall(node, frame, true);
      case 'AwaitExpression': {
        const v = this.eval(node.argument, frame);
        return v.awaited ? union(v.awaited, { taints: v.taints }) : v;
      }
      case 'YieldExpression':
        return node.argument ? this.eval(node.argument, frame) : EMPTY;
      case 'BinaryExpression':
        return this.evalBinary(node, frame);
      case 'LogicalExpression': {
        const l = this.eval(node.left, frame);
        const r = this.eval(node.right, frame);
        const v = union(l, r);
        return envCheck(node.left) ? sanitize(v, mask('errorInfo')) : v;
      }
      case 'ConditionalExpression': {
        this.eval(node.test, frame);
        const g = this.guards(node.test, frame);
        const tf = this.fork(frame);
        for (const [k, m] of g.whenTrue) tf.guards.set(k, m);
        const ef = this.fork(frame);
        for (const [k, m] of g.whenFalse) ef.guards.set(k, m);
        const v = union(this.eval(node.consequent, tf), this.eval(node.alternate, ef));
        return envCheck(node.test) ? sanitize(v, mask('errorInfo')) : v;
      }
      case 'AssignmentExpression':
        return this.evalAssignment(node, frame);
      case 'SequenceExpression': {
        let last = EMPTY;
        for (const e of node.expressions) last = this.eval(e, frame);
        return last;
      }
      case 'UnaryExpression':
        this.eval(node.argument, frame);
        return EMPTY;
      case 'UpdateExpression':
        return EMPTY;
      case 'ObjectExpression':
        return this.evalObject(node, frame);
      case 'ArrayExpression': {
        const vals = node.elements.filter(Boolean).map((e: Node) => (e.type === 'SpreadElement' ? this.eval(e.argument, frame) : this.eval(e, frame)));
        const taints = vals.flatMap((v: Value) => allTaints(v));
        return taints.length ? { taints: taints.map((t: Taint) => ({ ...t })) } : EMPTY;
      }
      case 'SpreadElement':
        return this.eval(node.argument, frame);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { taints: [], fn: this.registerFunction(node, frame.scope) };
      case 'ClassExpression':
        return { taints: [], cls: this.declareClass(node, frame).name };
      case 'JSXElement':
      case 'JSXFragment':
        this.evalJsx(node, frame);
        return EMPTY;
      case 'ImportExpression': {
        // import(userInput) loads and runs a module the user names.
        const spec = this.eval(node.source, frame);
        this.sink('code', spec, node, 'import()', frame);
        return EMPTY;
      }
      default:
        return EMPTY;
    }
  }

  private evalTemplate(node: Node, frame: Frame): Value {
    const parts = node.expressions.map((e: Node) => this.eval(e, frame));
    const text = node.quasis.map((q: Node) => q.value.cooked ?? q.value.raw).join(' ');
    const prefix = node.quasis[0]?.value.cooked ?? '';
    const taints = parts.flatMap((v: Value) => allTaints(v));
    // Interpolating makes a string: it can no longer be a NoSQL operator object.
    const out: Value = { taints: taints.map((t: Taint) => ({ ...t, whole: false, sanitized: t.sanitized | mask('nosql') })), text, prefix, stringy: true };
    return taints.length ? withStep(out, this.step(node, 'interpolated into a template string')) : out;
  }

  private evalBinary(node: Node, frame: Frame): Value {
    const l = this.eval(node.left, frame);
    const r = this.eval(node.right, frame);
    if (node.operator !== '+') return EMPTY; // comparisons and arithmetic yield booleans and numbers
    const stringy = !!(l.stringy || r.stringy);
    const taints = [...allTaints(l), ...allTaints(r)].map((t) => (stringy ? { ...t, whole: false, sanitized: t.sanitized | mask('nosql') } : t));
    const text = [l.text, r.text].filter(Boolean).join(' ');
    const out: Value = { taints, stringy, ...(text ? { text } : {}), ...(l.prefix !== undefined && !isTainted(l) ? { prefix: l.prefix } : {}) };
    return taints.length && stringy ? withStep(out, this.step(node, 'concatenated into a string')) : out;
  }

  private evalIdentifier(node: Node, frame: Frame): Value {
    const name = node.name as string;
    const v = frame.scope.lookup(name);
    if (v !== undefined) return v;
    if (name === 'location') return this.source(node, 'location', 'browser', false);
    if (name === 'undefined' || name === 'NaN') return EMPTY;
    return EMPTY;
  }

  private readMember(obj: Value, name: string, at: Node, _frame: Frame): Value {
    if (SAFE_PROPERTIES.has(name) && !obj.kind) return EMPTY;
    switch (obj.kind) {
      case 'request': {
        const field = REQUEST_FIELDS[name];
        if (field) return this.source(at, memberPath(at) ?? `request.${name}`, 'request', field.object);
        if (REQUEST_NESTED[name]) return { taints: [], kind: 'request' };
        if (name === 'cookies') return this.source(at, memberPath(at) ?? 'request cookies', 'request', false);
        // Koa ctx.body/ctx.redirect etc. belong to the response side.
        return { taints: [], kind: name === 'response' || name === 'res' ? 'response' : undefined };
      }
      case 'lambdaEvent': {
        const field = LAMBDA_EVENT_FIELDS[name];
        return field ? this.source(at, `event.${name}`, 'request', field.object) : EMPTY;
      }
      case 'error': {
        if (name === 'stack' || name === 'message' || name === 'sqlMessage' || name === 'errors' || name === 'detail') {
          const v: Value = { taints: obj.taints.map((t) => ({ ...t, path: [name], whole: false })), stringy: true };
          return _frame.devOnly ? sanitize(v, mask('errorInfo')) : v;
        }
        if (name === 'status' || name === 'statusCode' || name === 'code' || name === 'name') return EMPTY;
        return readField({ taints: obj.taints }, name);
      }
      case 'formData':
        return readField({ taints: obj.taints }, name);
      default:
        break;
    }
    if (obj.cls) {
      const cls = this.classes.get(obj.cls);
      const m = cls?.methods.get(name);
      if (m !== undefined) return { taints: [], fn: m };
      const t = cls?.fieldTypes.get(name);
      if (t) return { taints: [], cls: this.classes.has(t) ? t : `@import:${t}` };
    }
    return readField(obj, name);
  }

  private evalMember(node: Node, frame: Frame): Value {
    const path = memberPath(node);
    if (path) {
      for (const s of BROWSER_SOURCES) if (s.path.test(path)) return this.source(node, path, 'browser', false);
      if (CLI_SOURCES.test(path)) return this.source(node, path, 'cli', false);
      if (/^process\.env\b/.test(path)) return EMPTY;
    }
    const obj = this.eval(node.object, frame);
    const name = propertyName(node);
    if (name !== undefined) {
      const v = this.readMember(obj, name, node, frame);
      // A guard on `req.query.x` applies to this read too.
      return v;
    }
    // obj[expr]: the computed key is evaluated for its own effects; the result is any field.
    this.eval(node.property, frame);
    if (obj.kind === 'request' || obj.kind === 'lambdaEvent') return this.source(node, this.text(node).slice(0, 40), 'request', false);
    const taints = allTaints(obj).map((t) => ({ ...t, whole: false }));
    return taints.length ? { taints } : EMPTY;
  }

  private evalObject(node: Node, frame: Frame): Value {
    const fields = new Map<string, Value>();
    const spread: Taint[] = [];
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        const v = this.eval(p.argument, frame);
        spread.push(...allTaints(v));
        if (v.fields) for (const [k, f] of v.fields) fields.set(k, f);
        continue;
      }
      const key = propertyName(p);
      const value = isFunction(p.value) ? { taints: [], fn: this.registerFunction(p.value, frame.scope, key) } : this.eval(p.value, frame);
      if (p.computed) this.eval(p.key, frame);
      if (key === undefined) spread.push(...allTaints(value));
      else fields.set(key, value);
    }
    return { taints: spread, fields };
  }

  private evalAssignment(node: Node, frame: Frame): Value {
    const rightNode = unwrap(node.right);
    // `exports.handler = async (event) => …`: the function is known by the property it is assigned to.
    const right = isFunction(rightNode)
      ? { taints: [], fn: this.registerFunction(rightNode, frame.scope, (memberPath(node.left) ?? '').split('.').pop() || undefined) }
      : this.eval(node.right, frame);
    const value = node.operator === '=' ? right : union(this.eval(node.left, frame), right, node.operator === '+=' ? { taints: [], stringy: true } : EMPTY);
    const left = unwrap(node.left);
    if (left.type === 'Identifier') {
      if (isFunction(unwrap(node.right))) {
        this.assignVar(left.name, value, frame);
        return value;
      }
      this.assignVar(left.name, isTainted(value) ? withStep(value, this.step(left, `assigned to \`${left.name}\``)) : value, frame);
    } else if (left.type === 'MemberExpression') {
      this.assignMember(left, value, frame);
    } else {
      this.bindPattern(left, value, frame, node);
    }
    return value;
  }

  private assignMember(left: Node, value: Value, frame: Frame): void {
    const path = memberPath(left);
    const prop = propertyName(left);
    // module.exports = …, exports.x = …
    if (path === 'module.exports') this.exportsMap.set('default', value);
    else if (path && /^(module\.)?exports\.\w+$/.test(path)) this.exportsMap.set(path.split('.').pop()!, value);
    // Property sinks: el.innerHTML = …, location.href = …
    if (prop) {
      const objPath = memberPath(left.object) ?? '';
      for (const s of PROPERTY_SINKS) {
        if (!s.property.test(prop)) continue;
        if (s.object && !s.object.test(objPath)) continue;
        // An object assigned to ctx.body is sent as JSON, not HTML.
        if (s.kind === 'xss' && value.fields && !value.stringy) continue;
        this.sink(s.kind, value, left, `${objPath ? objPath + '.' : ''}${prop}`, frame);
      }
      if (objPath === 'window' && prop === 'onmessage') this.messageHandler(value, frame);
    } else {
      // obj[key] = value: attacker-chosen keys can reach __proto__.
      const key = this.eval(left.property, frame);
      const inner = unwrap(left.object);
      const nested = inner.type === 'MemberExpression' && inner.computed;
      const keyTaints = liveTaints(key, 'prototype');
      if (keyTaints.length && (nested || isTainted(value))) {
        const outerKey = nested ? liveTaints(this.eval(inner.property, frame), 'prototype') : keyTaints;
        if (outerKey.length) this.sink('prototype', { taints: outerKey }, left, 'a property chosen by the user', frame);
      }
    }
    // Remember the field on the object we can name (one level: `user.name = …`).
    const base = unwrap(left.object);
    if (base.type === 'Identifier' && prop) {
      const cur = frame.scope.lookup(base.name);
      if (cur && !cur.kind) {
        const fields = new Map(cur.fields ?? []);
        fields.set(prop, value);
        const owner = frame.scope.owner(base.name) ?? frame.scope;
        owner.vars.set(base.name, { ...cur, fields });
      } else if (!cur) {
        frame.scope.vars.set(base.name, { taints: [], fields: new Map([[prop, value]]) });
      }
    } else if (base.type === 'ThisExpression' && prop) {
      const self = frame.scope.lookup('this');
      if (self && isTainted(value)) {
        const fields = new Map(self.fields ?? []);
        fields.set(prop, value);
        frame.scope.vars.set('this', { ...self, fields });
      }
    }
  }

  // ── calls ─────────────────────────────────────────────────────────────────

  private evalCall(node: Node, frame: Frame, isNew: boolean): Value {
    const callee = unwrap(node.callee);
    if (isFunction(callee)) {
      // (function () { … })() / (async () => { … })(): run the body here, with the closure it sees.
      const id = this.registerFunction(callee, frame.scope, '(iife)');
      const args = node.arguments.map((a: Node) => this.eval(a, frame));
      return this.runCallback(id, args, frame);
    }
    let name = qualifiedName(callee, this.input.modules, this.aliases) ?? '';
    // promisify(exec)(cmd) calls exec.
    if (callee.type === 'CallExpression' && /(^|\.)promisify$/.test(qualifiedName(callee.callee, this.input.modules, this.aliases) ?? '') && callee.arguments[0]) {
      name = qualifiedName(callee.arguments[0], this.input.modules, this.aliases) ?? name;
    }
    const method = callee.type === 'MemberExpression' ? propertyName(callee) ?? '' : name;
    const receiverNode = callee.type === 'MemberExpression' ? callee.object : undefined;
    const receiverValue = receiverNode ? this.eval(receiverNode, frame) : undefined;
    const args: Node[] = node.arguments;
    const calleeValue = callee.type === 'Identifier' ? frame.scope.lookup(callee.name) : receiverValue && method ? this.readMember(receiverValue, method, callee, frame) : undefined;

    // Callbacks are analysed where they are passed, with the values the callee will give them.
    const argValues = args.map((a, i) => this.evalArgument(a, i, node, name, method, receiverValue, frame));
    const site: CallSite = {
      call: node,
      name: isNew ? (name || 'new') : name,
      method,
      receiver: receiverNode ? memberPath(receiverNode) : undefined,
      receiverNode,
      args,
      argValues,
      receiverValue,
    };
    if (isNew && name === 'RegExp') site.name = 'RegExp';

    // Sinks.
    this.checkCallSinks(site, frame);
    // Inside a Lambda handler, resolve({ statusCode, body }) and callback(null, { … }) send the response.
    if (frame.lambda && callee.type === 'Identifier' && /^(resolve|callback|cb|done)$/.test(callee.name)) {
      const i = callee.name === 'resolve' ? 0 : 1;
      if (args[i]) this.lambdaResponse(args[i]!, argValues[i] ?? EMPTY, frame);
    }

    // Sources returned by calls.
    for (const s of SOURCE_CALLS) if (s.callee.test(name)) return this.source(node, s.label, s.category, false, { kind: 'searchParams' });
    // Router hooks: Next's pages-router `useRouter().query`, React Router's `useLocation()`.
    if (/^next\/router\.(useRouter|default)$|^next\/router$/.test(name) || name === 'next/router.withRouter') {
      return { taints: [], fields: new Map([['query', this.source(node, 'router.query', 'browser', false)], ['asPath', this.source(node, 'router.asPath', 'browser', false)]]) };
    }
    if (/^(react-router-dom|react-router)\.useLocation$/.test(name)) {
      return { taints: [], fields: new Map(['search', 'hash', 'pathname', 'state'].map((f) => [f, this.source(node, `location.${f}`, 'browser', false)])) };
    }
    if (receiverValue?.kind === 'request') {
      const m = REQUEST_METHODS[method];
      if (m) {
        const v = this.source(node, `${memberPath(receiverNode!) ?? 'request'}.${method}()`, 'request', m.object);
        return m.promise ? { taints: [], awaited: v } : v;
      }
    }
    if (receiverValue?.kind === 'formData' && method === 'get') return this.source(node, 'form data', 'request', false);
    if (/^(process\.stdin|readline)\b/.test(name) && /^(read|question)$/.test(method)) return this.source(node, 'stdin', 'cli', false);

    // Sanitizers.
    for (const row of SANITIZERS) {
      if (!row.callee.test(name)) continue;
      if (row.kinds === ALL_KINDS) return EMPTY;
      return sanitize(argValues[row.arg ?? 0] ?? EMPTY, row.kinds);
    }

    // Functions we can see: local, class methods, or imported with a summary from the link step.
    if (calleeValue?.kind === 'template' || calleeValue?.kind === 'rawTemplate') {
      const data = union(...argValues);
      const out: Value = { taints: allTaints(data).map((t) => ({ ...t, whole: false })), stringy: true, text: '<html>' };
      return calleeValue.kind === 'template' ? sanitize(out, mask('xss')) : out;
    }
    const fnId = calleeValue?.fn;
    if (fnId !== undefined) return this.applyLocal(fnId, site, frame);
    if (calleeValue?.cls && isNew) {
      const cls = this.classes.get(calleeValue.cls);
      const ctor = cls?.methods.get('constructor');
      if (ctor !== undefined) this.applyLocal(ctor, site, frame);
      return { taints: [], cls: calleeValue.cls };
    }
    const imported = this.importedSummary(callee, receiverValue, method, argValues);
    if (imported) return this.applySummary(imported, site, frame);

    return this.unknownCall(site, frame, isNew);
  }

  private evalArgument(arg: Node, index: number, call: Node, name: string, method: string, receiver: Value | undefined, frame: Frame): Value {
    const a = unwrap(arg);
    if (a.type === 'SpreadElement') return this.eval(a.argument, frame);
    const fnValue = isFunction(a) ? { taints: [], fn: this.registerFunction(a, frame.scope) } : undefined;
    // Hapi/Fastify route objects: { method, path, handler }
    if (a.type === 'ObjectExpression' && /(^|\.)(route)$/.test(name)) {
      const handler = objectProperty(a, 'handler');
      if (handler && isFunction(unwrap(handler))) this.runCallback(this.registerFunction(unwrap(handler), frame.scope, 'handler'), [{ taints: [], kind: 'request' }, { taints: [], kind: 'response' }], frame);
    }
    const v = fnValue ?? this.eval(arg, frame);
    if (v.fn === undefined) return v;
    const params = this.callbackParams(v.fn, index, call, name, method, receiver);
    if (params) this.callbackReturns.set(call, this.runCallback(v.fn, params, frame));
    // An inline callback to a call we do not model (new Promise, db.query's callback, useEffect):
    // run it here so it sees the variables around it.
    else if (fnValue && !this.analyzedInline.has(v.fn)) this.runCallback(v.fn, [], frame);
    return v;
  }

  /** What a callback receives, for the callers we model; undefined = analyse on its own later. */
  private callbackParams(fnId: number, index: number, call: Node, name: string, method: string, receiver: Value | undefined): Value[] | undefined {
    const info = this.fns[fnId]!;
    const nparams = info.node.params.length;
    const names = info.node.params.map((p: Node) => paramName(p));
    if (ROUTE_METHODS.test(method) && call.callee.type === 'MemberExpression' && isRouteRegistration(call, index)) {
      if (nparams === 4) return [this.errorValue(info.node.params[0]), { taints: [], kind: 'request' }, { taints: [], kind: 'response' }, EMPTY];
      return [{ taints: [], kind: 'request' }, { taints: [], kind: names[1] === 'next' ? undefined : 'response' }, EMPTY];
    }
    if (receiver && (method === 'then' || method === 'finally') && index === 0) return [receiver.awaited ?? receiver];
    if (receiver && method === 'catch' && index === 0) return [this.errorValue(info.node.params[0] ?? call)];
    if (receiver && /^(map|forEach|filter|find|some|every|flatMap|findLast|sort)$/.test(method) && index === 0) return [this.elementOf(receiver), EMPTY];
    if (receiver && method === 'reduce' && index === 0) return [EMPTY, this.elementOf(receiver)];
    if (/(^|\.)addEventListener$/.test(name) && index === 1 && stringValue(call.arguments[0]) === 'message') return [this.messageEvent(info.node.params[0] ?? call)];
    if (/^(process\.stdin\.on|process\.stdin\.once)$/.test(name) || (method === 'on' && /^(line|data)$/.test(stringValue(call.arguments[0]) ?? '') && /stdin|rl|readline|input/i.test(memberPath(call.callee.object ?? call) ?? ''))) {
      return [this.source(info.node.params[0] ?? call, 'stdin', 'cli', false)];
    }
    if (method === 'question' && index === 1) return [this.source(info.node.params[0] ?? call, 'user input (readline)', 'cli', false)];
    return undefined;
  }

  private messageEvent(at: Node): Value {
    return { taints: [], fields: new Map([['data', this.source(at, 'postMessage data', 'browser', true)]]) };
  }

  private messageHandler(v: Value, frame: Frame): void {
    if (v.fn !== undefined) this.runCallback(v.fn, [this.messageEvent(this.fns[v.fn]!.node)], frame);
  }

  /**
   * Run a callback where it is passed. It shares the enclosing function's summary: a parameter of
   * the enclosing function that reaches a sink inside the callback is the enclosing function's flow.
   */
  private runCallback(fnId: number, params: Value[], frame: Frame): Value {
    if (this.callDepth > MAX_CALL_DEPTH) return EMPTY;
    this.callDepth++;
    try {
      this.analyzedInline.add(fnId);
      return this.runFunction(this.fns[fnId]!, params, false, undefined, frame.summary, frame.lambda).returned;
    } finally {
      this.callDepth--;
    }
  }

  private applyLocal(fnId: number, site: CallSite, frame: Frame): Value {
    return this.applySummary(this.summaryOf(fnId), site, frame);
  }

  /**
   * Apply a summary at a call site: sinks inside the callee become flows (or entries of the caller's
   * own summary). When the callee passes the argument to its sink unchanged (a wrapper such as
   * `db.query = (sql, p) => pool.query(sql, p)`), the finding belongs where the dangerous value is
   * built — this call — so it is reported here; otherwise at the sink inside the callee.
   */
  private applySummary(summary: FunctionSummary, site: CallSite, frame: Frame): Value {
    const callStep = (i: number) => this.step(site.args[i] ?? site.call, `passed to ${summary.name}() as argument ${i + 1}`);
    for (const s of summary.sinks) {
      const arg = site.argValues[s.param];
      if (!arg) continue;
      let v = arg;
      for (const p of s.path) v = this.readMember(v, p, site.call, frame);
      const live = liveTaints(v, s.kind);
      if (live.length === 0) continue;
      // Query and HTML wrappers take text built by the caller; the fix belongs there.
      const passThrough = !s.stringy && s.path.length === 0 && (s.kind === 'sql' || s.kind === 'nosql' || s.kind === 'xss');
      const sinkSite: SinkSite = passThrough
        ? { location: this.loc(site.call), label: `${site.name || summary.name}() → ${s.sink.label}`, suppression: this.input.suppressionAt?.(this.loc(site.call).startLine), context: frame.fnName }
        : s.sink;
      for (const t of live) {
        const merged: Taint = { ...t, whole: t.whole && s.whole, steps: passThrough ? [...t.steps] : [...t.steps, callStep(s.param), ...s.steps] };
        this.emit(s.kind, merged, sinkSite, frame, s.stringy || !!v.stringy);
      }
    }
    const results: Value[] = [];
    for (const r of summary.returns) {
      const arg = site.argValues[r.param];
      if (!arg || !isTainted(arg)) continue;
      let v = arg;
      for (const p of r.path) v = this.readMember(v, p, site.call, frame);
      results.push(withStep(sanitize(v, r.sanitized), this.step(site.call, `returned from ${summary.name}()`)));
    }
    if (summary.returnsSources.length) results.push({ taints: summary.returnsSources.map((t) => ({ ...t })) });
    return results.length ? union(...results) : EMPTY;
  }

  /**
   * Calls to functions of other project files, by link key, and whether any argument carried taint.
   * The link step re-analyses a file only for imports it calls with tainted data (or that return
   * sources), so most files of a large tree are analysed once.
   */
  readonly importCalls = new Map<string, boolean>();
  /** What a modelled callback returned, by the call it was passed to (`arr.map(cb)` → cb's value). */
  private readonly callbackReturns = new Map<Node, Value>();

  private importedSummary(callee: Node, receiver: Value | undefined, method: string, argValues: Value[]): FunctionSummary | undefined {
    const candidates = this.importCandidates(callee, receiver, method);
    if (candidates.length === 0) return undefined;
    const tainted = argValues.some((v) => isTainted(v));
    for (const c of candidates) this.importCalls.set(c, (this.importCalls.get(c) ?? false) || tainted);
    const link = this.input.linkInput;
    if (!link) return undefined;
    for (const c of candidates) if (link[c]) return link[c];
    return undefined;
  }

  private importCandidates(callee: Node, receiver: Value | undefined, method: string): string[] {
    const path = memberPath(callee);
    if (!path) return [];
    const parts = path.split('.');
    const head = parts[0]!;
    const binding = this.input.modules.bindings.get(head);
    const candidates: string[] = [];
    if (binding) {
      const rest = parts.slice(1);
      const base = binding.name === '*' ? [] : [binding.name];
      const key = [...base, ...rest].join('.');
      if (key) candidates.push(`${binding.module}#${key}`);
      if (binding.name === '*' || binding.name === 'default') candidates.push(`${binding.module}#default.${rest.join('.')}`, `${binding.module}#${rest.join('.')}`);
    }
    // this.usersService.findOne(): the field's declared class, imported from another file.
    if (receiver?.cls?.startsWith('@import:')) {
      const clsName = receiver.cls.slice(8);
      const b = this.input.modules.bindings.get(clsName);
      if (b) candidates.push(`${b.module}#${b.name === 'default' ? 'default' : b.name}.${method}`);
    }
    return candidates;
  }

  private unknownCall(site: CallSite, frame: Frame, isNew: boolean): Value {
    const { name, method, argValues, receiverValue } = site;
    // Known propagators: the result carries the arguments' data.
    if (/^(path\.(join|resolve|normalize|relative|format|posix\.join|win32\.join)|url\.(parse|resolve|format)|querystring\.(parse|unescape)|qs\.parse|decodeURIComponent|decodeURI|unescape|atob|Buffer\.from|String\.raw|util\.format|Object\.assign|Object\.keys|Object\.values|Object\.entries|Object\.fromEntries|Array\.from|Array\.of|structuredClone|format|sprintf|printf|URL|url\.URL|URLSearchParams|String|Promise\.resolve|Promise\.all|path\.dirname|lodash\.\w+|_\.\w+)$/.test(name)) {
      if (name === 'Object.assign' && receiverValue === undefined) {
        // Object.assign(target, …sources): the target now holds them too.
        const target = site.args[0] && unwrap(site.args[0]);
        const merged = union(...argValues);
        if (target?.type === 'Identifier' && isTainted(merged)) this.assignVar(target.name, merged, frame);
        return merged;
      }
      const taints = argValues.flatMap((v) => allTaints(v)).map((t) => ({ ...t, whole: false }));
      const text = argValues.map((v) => v.text).filter(Boolean).join(' ');
      const prefix = argValues[0]?.prefix !== undefined && !isTainted(argValues[0]!) ? argValues[0]!.prefix : undefined;
      const stringy = !/^(URLSearchParams|Object\.|Array\.|structuredClone|Promise\.)/.test(name);
      const out: Value = { taints, ...(text ? { text } : {}), ...(prefix !== undefined ? { prefix } : {}), stringy, ...(name === 'URLSearchParams' ? { kind: 'searchParams' as const } : {}) };
      return name.startsWith('Promise.') ? { taints: [], awaited: out } : out;
    }
    if (/^(handlebars|Handlebars|ejs|pug|jade|lodash|_|dot|doT|hogan\.js|Hogan)\.(compile|template)$/.test(name)) {
      // A compiled template: calling it puts its data into HTML, escaped unless escaping is off.
      const opts = site.args[1] ? this.text(site.args[1]) : '';
      return { taints: [], kind: /noEscape\s*:\s*true|escape\s*:\s*false|autoescape\s*:\s*false/.test(opts) ? 'rawTemplate' : 'template' };
    }
    // Validation schemas (zod, joi, yup): remember what each field accepts.
    if (/^(zod\.z|zod|z|joi|Joi|yup|Yup|@hapi\/joi)\.(object|strictObject)$/.test(name) && site.args[0]) {
      return { taints: [], kind: 'schema', schema: this.schemaShape(site.args[0]) };
    }
    if (receiverValue?.kind === 'schema') {
      const input = argValues[0] ?? EMPTY;
      switch (method) {
        case 'parse': case 'parseAsync': case 'validateSync': case 'cast':
          return this.applySchema(receiverValue, input, method === 'parseAsync');
        case 'validateAsync': case 'validate':
          // joi: { value, error }; yup: a promise of the value; joi's validateAsync: a promise of the value.
          return /^(yup|Yup)\b/.test(name) || method === 'validateAsync'
            ? { taints: [], awaited: this.applySchema(receiverValue, input, false) }
            : { taints: [], fields: new Map([['value', this.applySchema(receiverValue, input, false)]]) };
        case 'safeParse': case 'safeParseAsync': {
          const r: Value = { taints: [], fields: new Map([['data', this.applySchema(receiverValue, input, false)]]) };
          return method === 'safeParseAsync' ? { taints: [], awaited: r } : r;
        }
        default:
          return receiverValue; // .strict(), .required(), .extend() … keep the shape
      }
    }
    if (/^(joi|Joi)\.attempt$/.test(name) && argValues[1]?.kind === 'schema') return this.applySchema(argValues[1], argValues[0] ?? EMPTY, false);
    if (name === 'JSON.parse') {
      const taints = allTaints(argValues[0] ?? EMPTY).map((t) => ({ ...t, whole: true, sanitized: t.sanitized & ~mask('nosql'), source: t.source ? { ...t.source, mayBeObject: true } : t.source }));
      return taints.length ? { taints } : EMPTY;
    }
    if (isNew) return EMPTY;
    // arr.map(Number), arr.map((x) => escape(x)): the result is what the callback returns.
    if ((method === 'map' || method === 'flatMap') && receiverValue && isTainted(receiverValue) && site.args[0]) {
      const fnArg = unwrap(site.args[0]);
      const sanitizerRef = fnArg.type === 'Identifier' || fnArg.type === 'MemberExpression' ? qualifiedName(fnArg, this.input.modules, this.aliases) ?? '' : '';
      const row = sanitizerRef ? SANITIZERS.find((r) => r.callee.test(sanitizerRef)) : undefined;
      if (row) return row.kinds === ALL_KINDS ? EMPTY : sanitize(this.elementOf(receiverValue), row.kinds);
      const returned = this.callbackReturns.get(site.call);
      if (returned) return { ...returned, stringy: false };
    }
    // Method calls on tainted data return tainted data (strings, arrays, parsed params)…
    if (receiverValue && isTainted(receiverValue) && !SAFE_METHODS.has(method)) {
      const taints = allTaints(receiverValue).map((t) => ({ ...t, whole: false, path: PROPAGATING_METHODS.has(method) ? t.path : [...t.path, `${method}()`] }));
      const sanitized = this.replaceSanitizer(site);
      const stringy = /^(toString|trim|trimStart|trimEnd|toLowerCase|toUpperCase|slice|substring|substr|padStart|padEnd|join|concat|replace|replaceAll|normalize|charAt|repeat)$/.test(method);
      const v: Value = { taints: taints.map((t) => (stringy ? { ...t, sanitized: t.sanitized | mask('nosql') } : t)), stringy, text: receiverValue.text };
      return sanitized ? sanitize(v, sanitized) : v;
    }
    // fetch(...) results and other promises: nothing we track.
    return EMPTY;
  }

  /** Per field of `z.object({ … })`: numbers, enums, uuids, anchored patterns are narrow; strings are strings. */
  private schemaShape(arg: Node): Map<string, 'narrow' | 'string' | 'any'> {
    const shape = new Map<string, 'narrow' | 'string' | 'any'>();
    const obj = unwrap(arg);
    if (obj.type !== 'ObjectExpression') return shape;
    for (const p of obj.properties) {
      if (p.type !== 'Property') continue;
      const key = propertyName(p);
      if (!key) continue;
      const t = this.text(p.value);
      if (/\.(number|int|integer|boolean|bool|enum|nativeEnum|literal|uuid|guid|cuid2?|ulid|date|isoDate|bigint|positive|negative|nonnegative|alphanum|token|hex|valid)\s*\(|\.coerce\.(number|boolean|date)\b|\.(regex|pattern)\s*\(\s*\/\^[^/]*\$\//.test(t)) shape.set(key, 'narrow');
      else if (/\.(string|email|url|uri|trim)\s*\(/.test(t)) shape.set(key, 'string');
      else shape.set(key, 'any');
    }
    return shape;
  }

  /** The validated value: only the schema's fields survive (unknown keys are stripped), each as narrow as its type. */
  private applySchema(schema: Value, input: Value, promise: boolean): Value {
    const fields = new Map<string, Value>();
    for (const [key, how] of schema.schema ?? []) {
      const v = readField(input, key);
      fields.set(key, how === 'narrow' ? EMPTY : how === 'string' ? sanitize(v, mask('nosql')) : v);
    }
    const out: Value = { taints: [], fields };
    return promise ? { taints: [], awaited: out } : out;
  }

  /** `.replace(/[^a-z0-9]/g, '')` and friends: what does this replacement make safe? */
  private replaceSanitizer(site: CallSite): number {
    if (site.method !== 'replace' && site.method !== 'replaceAll') return 0;
    const re = site.args[0] && unwrap(site.args[0]);
    if (!re || re.type !== 'Literal' || !re.regex) return 0;
    const src: string = re.regex.pattern;
    const repl = stringValue(site.args[1]) ?? '';
    let m = 0;
    if (/^\[\^[^\]]*\]\+?$/.test(src) && !/[./\\<>'"`;|&$]/.test(src.replace(/\\[wd]/g, ''))) m |= ALL_KINDS; // strip everything but a safe alphabet
    if (/\\\.\\\.|\.\.\//.test(src)) m |= mask('path');
    if (/\\n|\\r/.test(src)) m |= mask('log');
    if (/</.test(src) && /&lt;|&#/.test(repl + this.text(site.call))) m |= mask('xss');
    if (/\[\.\*\+\?\^\$\{\}\(\)\|\[\\\]\\\\\]|\\\$&/.test(src + repl)) m |= mask('regex');
    if (repl === '\\$&') m |= mask('regex');
    return m;
  }

  private checkCallSinks(site: CallSite, frame: Frame): void {
    const plainResponse = site.receiverNode ? declaresNonHtmlType(site.receiverNode) : false;
    for (const row of CALL_SINKS) {
      if (!row.callee.test(site.name)) continue;
      if (row.when && !row.when(site)) continue;
      if (row.kind === 'xss' && plainResponse) continue;
      const indexes = row.args.map((i) => (i < 0 ? site.args.length + i : i));
      for (const i of new Set(indexes)) {
        let v = site.argValues[i];
        if (!v) continue;
        if (row.field) {
          const key = [...(v.fields?.keys() ?? [])].find((k) => row.field!.test(k));
          if (!key) continue;
          v = v.fields!.get(key)!;
        }
        if (row.text && !(row.text.test(v.text ?? '') || row.text.test(stringValue(site.args[i]) ?? ''))) continue;
        this.sinkValue(row.kind, v, site, i, frame);
      }
    }
  }

  private sinkValue(kind: SinkKind, v: Value, site: CallSite, argIndex: number, frame: Frame): void {
    const label = `${site.name || site.method}()`;
    if (kind === 'nosql') {
      // $where runs JavaScript: any user string there is injection, object or not.
      const where = v.fields?.get('$where');
      if (where) this.sink('code', where, site.args[argIndex]!, `${label} $where`, frame, 'nosql');
      for (const re of findFields(v, '$regex')) this.sink('regex', re, site.call, `${label} $regex`, frame);
    }
    if (kind === 'ssrf' || kind === 'redirect') {
      // A constant scheme://host/ prefix pins the destination.
      if (v.prefix !== undefined && fixedOrigin(v.prefix, kind)) return;
      const urlOpt = site.args[argIndex] && objectProperty(site.args[argIndex], 'url');
      if (urlOpt) {
        this.sink(kind, this.eval(urlOpt, frame), site.call, label, frame);
        return;
      }
    }
    if (kind === 'sql' && v.prefix !== undefined && !v.text && !isTainted(v)) return;
    // pg's query config object: only its text is SQL; `values` are bound parameters.
    if ((kind === 'sql' || kind === 'command') && v.fields && !v.stringy) {
      const text = v.fields.get('text') ?? v.fields.get('sql') ?? v.fields.get('query') ?? v.fields.get('command');
      if (!text) return;
      this.sink(kind, text, site.call, label, frame);
      return;
    }
    // Loggers print objects with util.inspect, which escapes newlines inside strings.
    if (kind === 'log' && v.fields && !v.stringy) return;
    this.sink(kind, v, site.call, label, frame);
  }

  /** Report every live taint of `v` at this sink (or record it in the function's summary). */
  private sink(kind: SinkKind, v: Value, at: Node, label: string, frame: Frame, reportAs?: SinkKind): void {
    const live = liveTaints(v, kind);
    if (live.length === 0) return;
    const loc = this.sinkLoc(at);
    const site: SinkSite = {
      location: loc,
      label,
      snippet: undefined,
      suppression: this.input.suppressionAt?.(loc.startLine),
      context: frame.fnName,
    };
    for (const t of live) this.emit(reportAs ?? kind, t, site, frame, !!v.stringy, v.text);
  }

  private emit(kind: SinkKind, t: Taint, site: SinkSite, frame: Frame, stringy: boolean, text?: string): void {
    if (t.param !== undefined && kind === 'sql' && stringy && SQL_TEXT_PATTERN.test(text ?? '') && site.location.path === this.input.path && frame.paramNames) {
      const param = frame.paramNames[t.param] ?? `argument ${t.param + 1}`;
      this.flows.push({
        kind, source: { label: param, category: 'request', location: site.location, mayBeObject: false },
        steps: [{ location: site.location, message: `query text built from parameter \`${param}\` of ${frame.fnName}()`, kind: 'sink' }],
        sink: site, whole: false, stringy, path: t.path, audit: { param },
      });
    }
    if (t.param !== undefined) {
      addSink(frame.summary, {
        param: t.param, path: t.path, sanitized: t.sanitized, whole: t.whole, stringy, kind,
        sink: { ...site, snippet: site.snippet ?? this.snippetAt(site.location) }, steps: t.steps,
      });
      return;
    }
    if (!t.source) return;
    // Whoever runs a CLI already controls its files, network and logs: argv matters only where it
    // becomes code or a shell command.
    if (t.source.category === 'cli' && kind !== 'command' && kind !== 'code') return;
    // Page URL data only matters in the browser: it cannot reach a server's files, shell or database.
    if (t.source.category === 'browser' && !BROWSER_KINDS.has(kind)) return;
    // Error details only matter at error sinks, and only errors matter there.
    if ((kind === 'errorInfo') !== (t.source.category === 'error')) return;
    const steps: TraceStep[] = [
      { location: t.source.location, message: sourceDescription(t.source, t.path), kind: 'source' },
      ...t.steps,
      { location: site.location, message: `reaches ${site.label}`, kind: 'sink' },
    ];
    this.flows.push({ kind, source: t.source, steps, sink: site, whole: t.whole, stringy, path: t.path });
  }

  private snippetAt(loc: Location): string {
    if (loc.path !== this.input.path) return '';
    const out: string[] = [];
    for (let l = loc.startLine; l <= Math.min(loc.endLine, loc.startLine + 4); l++) out.push(this.input.lines.lineText(l));
    return out.join('\n');
  }

  // ── guards ────────────────────────────────────────────────────────────────

  /** What a condition proves about values when it is true, and when it is false. */
  guards(test: Node, frame: Frame): { whenTrue: Map<string, number>; whenFalse: Map<string, number> } {
    const t = new Map<string, number>();
    const f = new Map<string, number>();
    const n = unwrap(test);
    const add = (m: Map<string, number>, node: Node | undefined, kinds: number) => {
      if (!node) return;
      const inner = unwrap(node);
      const p = memberPath(inner);
      if (p) m.set(p, (m.get(p) ?? 0) | kinds);
      // new URL(x).hostname / url.hostname where url = new URL(x)
      if (inner.type === 'MemberExpression' && /^(hostname|host|origin|protocol)$/.test(propertyName(inner) ?? '')) {
        const obj = unwrap(inner.object);
        const base = obj.type === 'NewExpression' && obj.arguments[0] ? memberPath(obj.arguments[0]) : frame.urlOf.get(memberPath(obj) ?? '');
        if (base) m.set(base, (m.get(base) ?? 0) | mask('ssrf', 'redirect'));
        // Checking a parsed URL's host validates that URL object too.
        const objPath = memberPath(obj);
        if (objPath && obj.type !== 'NewExpression') m.set(objPath, (m.get(objPath) ?? 0) | mask('ssrf', 'redirect'));
      }
      // Guards on a value also cover a re-read of its source path (const f = req.query.f; if (ok(f)) use(f)).
    };
    switch (n.type) {
      case 'UnaryExpression':
        if (n.operator === '!') {
          const g = this.guards(n.argument, frame);
          return { whenTrue: g.whenFalse, whenFalse: g.whenTrue };
        }
        break;
      case 'LogicalExpression': {
        const l = this.guards(n.left, frame);
        const r = this.guards(n.right, frame);
        if (n.operator === '&&') {
          for (const [k, m] of [...l.whenTrue, ...r.whenTrue]) t.set(k, (t.get(k) ?? 0) | m);
        } else if (n.operator === '||') {
          for (const [k, m] of [...l.whenFalse, ...r.whenFalse]) f.set(k, (f.get(k) ?? 0) | m);
        }
        return { whenTrue: t, whenFalse: f };
      }
      case 'BinaryExpression': {
        const op = n.operator;
        const litRight = isConstant(n.right);
        const litLeft = isConstant(n.left);
        if (op === '===' || op === '==' || op === '!==' || op === '!=') {
          const target = op === '===' || op === '==' ? t : f;
          // typeof x === 'string' proves a string (not a NoSQL operator object).
          const typeofSide = unwrap(n.left).type === 'UnaryExpression' && unwrap(n.left).operator === 'typeof' ? unwrap(n.left).argument : undefined;
          // key === '__proto__' || key === 'constructor': when false, the key is not a prototype key.
          const protoConst = [n.left, n.right].map((x) => stringValue(x)).find((v) => v === '__proto__' || v === 'constructor' || v === 'prototype');
          if (protoConst) add(op === '===' || op === '==' ? f : t, litRight ? n.left : n.right, mask('prototype'));
          if (typeofSide) {
            const ty = stringValue(n.right);
            add(target, typeofSide, ty === 'number' || ty === 'boolean' ? ALL_KINDS : ty === 'string' ? mask('nosql') : 0);
          } else if (litRight && !litLeft) add(target, n.left, ALL_KINDS);
          else if (litLeft && !litRight) add(target, n.right, ALL_KINDS);
          // indexOf(x) !== -1
          const call = unwrap(n.left);
          if (call.type === 'CallExpression' && calleeProperty(call) === 'indexOf' && isConstant(n.right)) {
            const neg = String(unwrap(n.right).value) === '-1';
            const pos = (op === '!==' || op === '!=') === neg;
            add(pos ? t : f, call.arguments[0], ALL_KINDS);
          }
        } else if ((op === '>' || op === '>=') && unwrap(n.left).type === 'CallExpression' && calleeProperty(unwrap(n.left)) === 'indexOf') {
          add(t, unwrap(n.left).arguments[0], ALL_KINDS);
        } else if (op === 'in') {
          add(t, n.left, ALL_KINDS);
        } else if (op === 'instanceof') {
          // err instanceof HttpError: an application error with a message written for the client.
          const cls = memberPath(n.right) ?? '';
          if (cls && !/^(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|Object)$/.test(cls)) add(t, n.left, mask('errorInfo'));
        }
        break;
      }
      case 'CallExpression': {
        const method = calleeProperty(n) ?? '';
        const name = qualifiedName(n.callee, this.input.modules, this.aliases) ?? '';
        const callee = unwrap(n.callee);
        const arg0 = n.arguments[0];
        if ((method === 'includes' || method === 'has' || method === 'hasOwnProperty') && callee.type === 'MemberExpression') {
          // allowed.includes(x): an allow-list check on x (not x.includes('..'), which checks x's content).
          const recv = unwrap(callee.object);
          if (recv.type === 'Identifier' && /forbid|block|deny|reserved|unsafe|dangerous|blacklist|banned/i.test(recv.name)) {
            add(f, arg0, mask('prototype'));
          } else if (recv.type === 'ArrayExpression' || (recv.type === 'Identifier' && /^[A-Z_]+$|allow|valid|permit|whitelist|safe|known|supported|accepted|columns|fields|sort|order/i.test(recv.name)) || recv.type === 'MemberExpression') {
            if (!(arg0 && isConstant(arg0))) add(t, arg0, ALL_KINDS);
          }
        } else if (/^(Object\.hasOwn|Object\.prototype\.hasOwnProperty\.call)$/.test(name)) {
          add(t, n.arguments[1], ALL_KINDS);
        } else if (method === 'test' && callee.type === 'MemberExpression') {
          const re = unwrap(callee.object);
          const pattern: string | undefined = re.type === 'Literal' && re.regex ? re.regex.pattern : undefined;
          const anchored = pattern !== undefined && pattern.startsWith('^') && pattern.endsWith('$') && !/\.\*|\.\+/.test(pattern);
          if (anchored) add(t, arg0, ALL_KINDS);
          else if (pattern !== undefined && /\\\.\\\.|\.\./.test(pattern)) add(f, arg0, mask('path'));
          else if (re.type === 'Identifier' && /^[A-Z_]+$|PATTERN|REGEX|RE$/i.test(re.name)) add(t, arg0, ALL_KINDS);
        } else if (method === 'startsWith' && callee.type === 'MemberExpression' && /^path\.(relative|posix\.relative)$/.test(qualifiedName(unwrap(callee.object).callee ?? callee.object, this.input.modules, this.aliases) ?? '') && (stringValue(arg0) ?? '').startsWith('..')) {
          // path.relative(BASE, p).startsWith('..'): true means p escapes BASE.
          add(f, unwrap(callee.object).arguments?.[1], mask('path'));
        } else if (method === 'startsWith' && callee.type === 'MemberExpression') {
          const prefix = stringValue(arg0);
          // x.startsWith(base) after path.resolve/join: a containment check (path), or a same-origin check.
          if (prefix === undefined || prefix.length > 1 || prefix === '/') add(t, callee.object, mask('path', 'redirect', 'ssrf'));
        } else if (method === 'includes' && callee.type === 'MemberExpression' && /\.\./.test(stringValue(arg0) ?? '')) {
          add(f, callee.object, mask('path'));
        } else if (/^(validator\.is\w+|is[A-Z]\w*|isValid\w*|validate\w*|Number\.isInteger|Number\.isSafeInteger|Number\.isFinite|uuid\.validate|isUUID|mongoose\.isValidObjectId|isValidObjectId|ObjectId\.isValid|mongoose\.Types\.ObjectId\.isValid)$/.test(name) || /^(is[A-Z]\w*|isValid\w*|validate\w*|check\w*|allowed\w*)$/.test(method)) {
          if (arg0) add(t, arg0, ALL_KINDS);
        } else if (/(^|\.)(isSafe\w*|isAllowed\w*|isPermitted\w*|isWhitelisted\w*|isTrusted\w*)$/.test(name)) {
          if (arg0) add(t, arg0, ALL_KINDS);
        }
        break;
      }
      case 'MemberExpression': {
        // if (ALLOWED[x]) … : a lookup table decides.
        if (n.computed) add(t, n.property, ALL_KINDS);
        break;
      }
      default:
        break;
    }
    return { whenTrue: t, whenFalse: f };
  }

  // ── JSX ───────────────────────────────────────────────────────────────────

  private evalJsx(node: Node, frame: Frame): void {
    const visit = (n: Node) => {
      if (n.type === 'JSXAttribute') {
        const attr = n.name?.name;
        const value = n.value?.type === 'JSXExpressionContainer' ? n.value.expression : undefined;
        if (!value || value.type === 'JSXEmptyExpression') return;
        if (attr === 'dangerouslySetInnerHTML') {
          const html = objectProperty(value, '__html');
          if (html) this.sink('xss', this.eval(html, frame), n, 'dangerouslySetInnerHTML', frame);
          else this.eval(value, frame);
          return;
        }
        if (attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formAction') {
          const v = this.eval(value, frame);
          // javascript: URLs from the user run script when clicked.
          if (!(v.prefix && /^(https?:)?\/\/?|^\/|^mailto:|^#/.test(v.prefix))) this.sink('xss', v, n, `${attr} attribute`, frame);
          return;
        }
        this.eval(value, frame);
        return;
      }
      if (n.type === 'JSXExpressionContainer') {
        if (n.expression.type !== 'JSXEmptyExpression') this.eval(n.expression, frame);
        return;
      }
      if (n.type === 'JSXSpreadAttribute') {
        this.eval(n.argument, frame);
        return;
      }
      for (const k of ['openingElement', 'children', 'attributes']) {
        const c = n[k];
        if (Array.isArray(c)) c.forEach((x) => isNode(x) && visit(x));
        else if (isNode(c)) visit(c);
      }
    };
    visit(node);
  }
}

// ── small pure helpers ──────────────────────────────────────────────────────

function paramName(p: Node): string | undefined {
  const param = p.type === 'TSParameterProperty' ? p.parameter : p;
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return undefined;
}

function typeNameOf(node: Node): string | undefined {
  const ann = node.typeAnnotation?.typeAnnotation;
  if (ann?.type === 'TSTypeReference' && ann.typeName?.type === 'Identifier') return ann.typeName.name;
  return undefined;
}

function hasDirective(fn: Node, directive: string): boolean {
  return fn.body?.type === 'BlockStatement' && fn.body.body.some((s: Node) => s.type === 'ExpressionStatement' && s.directive === directive);
}

function isConstant(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal') return true;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return true;
  if (n.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(n.name)) return true;
  if (n.type === 'UnaryExpression' && n.operator === '-' && unwrap(n.argument).type === 'Literal') return true;
  return false;
}


/** `app.get('/x', handler)`: a route registration (not `map.get(key)` or `headers.get('x')`). */
function isRouteRegistration(call: Node, index: number): boolean {
  const recv = memberPath(call.callee.object) ?? '';
  if (/(^|\.)(headers|searchParams|params|query|map|cache|store|session|cookies|localStorage|sessionStorage|formData|url|Reflect|config)$/i.test(recv)) return false;
  const args: Node[] = call.arguments;
  if (index === 0 && args.length === 1) return propertyName(call.callee) === 'use';
  const first = args[0] && unwrap(args[0]);
  return !!first && (first.type === 'Literal' || first.type === 'TemplateLiteral' || isFunction(first) || first.type === 'ArrayExpression' || first.type === 'Identifier' || first.type === 'MemberExpression');
}


function sourceDescription(source: SourceInfo, path: string[]): string {
  const fields = path.filter((p) => /^[\w$-]+$/.test(p)).slice(0, 3);
  const s = { ...source, label: fields.length && source.category !== 'error' ? `${source.label}.${fields.join('.')}` : source.label };
  switch (s.category) {
    case 'request': return `user input from ${s.label}`;
    case 'browser': return `attacker-controllable ${s.label}`;
    case 'cli': return `command-line input from ${s.label}`;
    case 'error': return 'error details (message/stack)';
    case 'file': return `file content from ${s.label}`;
  }
}

/** `https://api.example.com/…` or `/path` (not `//host`): the destination is fixed by the constant prefix. */
function fixedOrigin(prefix: string, kind: SinkKind): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(prefix)) return true;
  // A path on our own origin: '/x…' (not '//host' or '/\\host').
  if ((kind === 'redirect' || kind === 'ssrf') && /^\/(?![/\\])/.test(prefix) && prefix.length >= 2) return true;
  return false;
}

/** `process.env.NODE_ENV !== 'production' && err.stack`: details only outside production. */
function envCheck(test: Node): boolean {
  const text = memberPath(test) ?? '';
  const n = unwrap(test);
  const src = n.type === 'BinaryExpression' ? `${memberPath(n.left) ?? ''} ${memberPath(n.right) ?? ''}` : text;
  return /NODE_ENV|isDev|isDevelopment|isProduction|isProd|DEBUG|debug/.test(src);
}


/** Values stored under `key` anywhere inside an object value (`{ tags: { $regex: x } }`). */
function findFields(v: Value, key: string, depth = 0): Value[] {
  if (!v.fields || depth > 4) return [];
  const out: Value[] = [];
  for (const [k, f] of v.fields) {
    if (k === key) out.push(f);
    else out.push(...findFields(f, key, depth + 1));
  }
  return out;
}

function isAbortCall(expr: Node): boolean {
  const e = unwrap(expr);
  if (e.type !== 'CallExpression') return false;
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

/** `res.type('text/plain')`, `res.set('Content-Type', 'application/json')` earlier in the chain. */
function declaresNonHtmlType(receiver: Node): boolean {
  let n: Node | undefined = unwrap(receiver);
  for (let i = 0; i < 8 && n && n.type === 'CallExpression'; i++) {
    const callee = unwrap(n.callee);
    const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    const args: Node[] = n.arguments;
    const lit = args.map((a) => stringValue(a) ?? '').join(' ');
    if ((method === 'type' || method === 'contentType') && lit && !/html/i.test(lit)) return true;
    if ((method === 'set' || method === 'header' || method === 'setHeader') && /content-type/i.test(lit) && !/html/i.test(lit)) return true;
    n = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
  }
  return false;
}
