/** Scopes and frames of the abstract interpreter, and how branch states fork and join. */
import type { Node } from '../frontend/js/ast.js';
import { EMPTY, type Value, union } from './values.js';
import type { FunctionSummary } from './summaries.js';

export class Scope {
  readonly vars: Map<string, Value>;
  /** The function whose body this scope is (its id), for closures that look for their enclosing function. */
  fnId?: number;
  /**
   * A scope that fills `vars` on first use (functions.ts ownParamsOnly): called with a name this
   * scope does not hold, true when it holds it now.
   */
  resolve: ((name: string) => boolean) | undefined = undefined;
  /** `vars`: a copy of these to start from (a branch forked off another scope). */
  constructor(readonly parent?: Scope, vars?: Map<string, Value>) {
    this.vars = vars ? new Map(vars) : new Map();
  }
  lookup(name: string): Value | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
      if (s.resolve !== undefined && s.resolve(name)) return s.vars.get(name);
    }
    return undefined;
  }
  owner(name: string): Scope | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.vars.has(name) || (s.resolve !== undefined && s.resolve(name))) return s;
    return undefined;
  }
}

export interface Frame {
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
  /** Inside the client-error branch of a status test (`if (status < 500)`): error messages are the client's (guards.ts clientErrorBranch). */
  clientError?: boolean;
  /** The function being run (its id), for `this.x = …` in constructor functions. */
  fnId?: number;
  /** Parameter names of the function being run (for messages). */
  paramNames?: (string | undefined)[];
  /**
   * Inside a loop body: the states at each `continue`, which the next round starts from too
   * (`if (header) { target = section(name); continue; }` sets what later lines write to).
   */
  continued?: Frame[];
  /** Parameters a framework fills (a decorator, a request type): their caller is known, so no parameter audit. */
  frameworkFilled?: boolean[];
  /**
   * A callback run inline whose return value goes somewhere else than the enclosing function's
   * (a queue worker's processor: to the job's result): its returns are not the enclosing summary's.
   */
  returnsElsewhere?: boolean;
  /** A callback run inline on its caller's summary (`rows.map((r) => ({ … }))`): its returned object is not the caller's. */
  inline?: boolean;
  /**
   * `const allowed = t.startsWith('/admin/') && !t.includes('//')`: what testing the constant proves,
   * with the values of the variables it checked then (the proof lapses when one is reassigned).
   */
  conditions?: Map<string, { whenTrue: Map<string, number>; whenFalse: Map<string, number>; roots: [string, Value | undefined][] }>;
}

export interface FnInfo {
  id: number;
  node: Node;
  name: string;
  closure: Scope;
  /** Class this function is a method of. */
  cls?: ClassInfo;
  /**
   * A callback run inline: the guards in force where it runs (`if (!ok(file)) return;` before
   * `fs.stat(file, () => read(file))`) hold for the variables it captures.
   */
  guards?: Map<string, number>;
}

export interface ClassInfo {
  name: string;
  methods: Map<string, number>;
  /** Of those, the `get x()` accessors: reading `this.x` runs them (`get events() { return this.db.collection('e') }`). */
  getters?: Set<string>;
  /** Of those, the ones declared `private` or `protected` (TypeScript): not callable by the class's users. */
  hidden?: Set<string>;
  /** …of which those a compiled module's declaration file declares so (sibling-declarations.ts): a built package's own members. */
  declaredHidden?: Set<string>;
  /** Constructor parameter properties and their declared types (`private svc: UsersService`). */
  fieldTypes: Map<string, string>;
  /** Library objects and other files' exports stored on `this` (`this.pool = new Pool()`), by field. */
  fieldValues: Map<string, Value>;
  /** Fields the constructor fills from its parameters (`this.db = db`): field → parameter index. */
  paramFields: Map<string, number>;
  /** …and the path below that parameter, for a destructured one (`constructor({ db }) { this.db = db }` → ['db']). */
  paramFieldPaths?: Map<string, string[]>;
  /** A queue worker class (NestJS `@Processor()`): the methods that receive a job (`process`, `@Process()` ones). */
  jobHandlers?: Set<number>;
  /**
   * Controller actions whose returned string is sent as HTML, with how the sink is described:
   * declared (`@ContentType('text/html')`) or a NestJS route's default on the Express platform.
   */
  htmlActions?: Map<number, string>;
  /**
   * An exception filter (`@Catch(…)`, NestJS and Ts.ED): `http` when it catches only the
   * application's HTTP exception classes (messages written for the client), `any` otherwise.
   */
  exceptionFilter?: 'http' | 'any';
  /** The filter's `catch` return value is the response body (Midway), not a value the framework ignores. */
  filterReturnsBody?: boolean;
  /** Actions whose returned object is a view's locals (Ts.ED `@View('page.ejs')`, NestJS `@Render('page')`), with the view's name. */
  viewActions?: Map<number, string>;
  /** NestJS `@Redirect()` routes: the `url` of the object they return is where the client is sent. */
  redirectActions?: Set<number>;
}

export function snapshot(frame: Frame): Map<string, Value> {
  return new Map(frame.scope.vars);
}

export function fork(frame: Frame, vars?: Map<string, Value>): Frame {
  const scope = new Scope(frame.scope.parent, vars ?? frame.scope.vars);
  return { ...frame, scope, guards: new Map(frame.guards), terminated: false, urlOf: new Map(frame.urlOf) };
}

/** Merge branch states back: a variable may hold any branch's value; guards must hold on all. */
export function join(frame: Frame, branches: Frame[], exhaustive = false): void {
  const names = new Set<string>();
  for (const b of branches) for (const k of b.scope.vars.keys()) names.add(k);
  for (const name of names) {
    // A variable no branch assigned keeps its value (branches start as copies of the frame).
    const now = frame.scope.vars.get(name);
    if (now !== undefined && branches.every((b) => b.scope.vars.get(name) === now)) continue;
    const vals = branches.map((b) => b.scope.vars.get(name) ?? frame.scope.vars.get(name) ?? EMPTY);
    if (!exhaustive && frame.scope.vars.has(name)) vals.push(frame.scope.vars.get(name)!);
    frame.scope.vars.set(name, withCommonText(union(...vals), vals));
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

/**
 * Text every branch's string starts with (`let q = 'SELECT …'; if (x) q += ' AND …'`): what the
 * string holds after the join whichever branch ran, so its shape (query text) is still known.
 */
function withCommonText(joined: Value, vals: Value[]): Value {
  if (joined.text !== undefined || !joined.stringy || !vals.every((v) => v.stringy && v.text)) return joined;
  let common = vals[0]!.text!;
  for (const v of vals.slice(1)) {
    let i = 0;
    while (i < common.length && i < v.text!.length && common[i] === v.text![i]) i++;
    common = common.slice(0, i);
  }
  return common ? { ...joined, text: common } : joined;
}

export function mergeSnapshot(frame: Frame, before: Map<string, Value>): void {
  for (const [k, v] of before) {
    const now = frame.scope.vars.get(k);
    if (now !== v) frame.scope.vars.set(k, union(v, now ?? EMPTY));
  }
}
