import type { Location, TraceStep } from '../../../findings/finding.js';
import type { SinkKind, Taint } from './values.js';
import type { ViewFacts, ViewRef } from './views.js';

/** A parameter (or one of its fields) reaching a sink inside a function. */
export interface ParamSink {
  param: number;
  /** Field path read from the parameter before the sink (`['body', 'id']`). */
  path: string[];
  sanitized: number;
  /** The parameter value arrived whole (an object) rather than as a field. */
  whole: boolean;
  stringy: boolean;
  /** The parameter sits inside an object or array built in the function (`{ name: { $regex: p } }`). */
  nested?: boolean;
  kind: SinkKind;
  sink: SinkSite;
  /** Steps inside the function, from the parameter to the sink. */
  steps: TraceStep[];
}

/** Where a sink is, with what the finding needs if it is reported from another file. */
export interface SinkSite {
  location: Location;
  label: string;
  /** Redacted code of the sink line(s), for findings reported while analysing a caller. */
  snippet?: string;
  /** Suppression comment covering the sink line, read in the sink's own file. */
  suppression?: { ruleIds: string[]; reason: string; line: number };
  /** Enclosing function name (fingerprint hint). */
  context?: string;
  /** `low` when only a receiver's name says this is a sink (no API path confirmed it). */
  confidence?: 'high' | 'low';
  /**
   * A framework's own way around its escaping (Vue `v-html`, Svelte `{@html}`, a bound `href`,
   * Angular `bypassSecurityTrust*`): the framework's name.
   */
  framework?: string;
  /** ReDoS sinks: how matching time grows with the input (scslre's verdict on the regex). */
  backtracking?: 'exponential' | 'polynomial' | 'move';
  /**
   * A regex compiled implicitly from a string argument (`s.match(x)`, `s.search(x)`) on a receiver
   * not known to be a string: it may be another object's own `match()` (a matcher, a class).
   */
  implicitRegex?: boolean;
  /** A logger class's write of its own output (CallSite.inLogger): what its callers log ends up here. */
  ownLogger?: boolean;
  /** A raw piece of a query the enclosing function composes (CallSink.fragment): reported here, never at callers. */
  fragment?: boolean;
  /** A template engine's template source (CallSink.template): reported by js/template-injection. */
  template?: boolean;
  /**
   * A redirect target checked for a leading `/` and not `//` only, at a redirect that sends it as
   * written (no `\\` → `%5C`): `/\\evil.example` passes and browsers read it as `//evil.example`.
   */
  slashChecked?: boolean;
  /**
   * A `new RegExp()` inside a function that compiles patterns (named so, or reached through a
   * parameter named as a pattern): a library's input that reaches it is the pattern it compiles.
   */
  patternCompiler?: boolean;
  /**
   * A single-level write of an object under a key (`obj[key] = [v]`): a finding only for keys from
   * a document a parser reads (SourceInfo.document); other maps keyed by input are their owner's business.
   */
  replacesPrototype?: boolean;
  /** The sink comes from the user's `models:` (`models.sinks.0: @acme/db Client#query`), not a built-in row. */
  model?: string;
  /**
   * A value a mysql-style formatter binds to a `?` placeholder (ApiSinkRow.objectValues): escaped as
   * text, so only a value that may be an object (expanded into `key` = value) changes the query.
   */
  objectExpanded?: boolean;
  /**
   * A copy of an existing regex (`new RegExp(re.source, re.flags)`): its pattern was compiled
   * already; only plain decoded data (a JSON field named `source`) is text someone typed.
   */
  regexCopy?: boolean;
}

export interface ParamReturn {
  param: number;
  path: string[];
  sanitized: number;
  steps: TraceStep[];
  /**
   * The parameter comes back built into text (`'ffmpeg -i ' + file`, `parts.join(' ')`), not as
   * itself: the caller gets a string, as if it had built it there.
   */
  stringy?: boolean;
  /**
   * Fields of the returned parameter object the callee wrote after copying it (`opts = { ...options };
   * opts.port = toPort(opts.port)`): the caller reads them from the callee's other returns, not as the parameter's.
   */
  shadowed?: string[];
  /** Returned as a path joined or resolved from it (`path.join(dir, \`${name}.js\`)`): a file path. */
  normalized?: boolean;
  /** Returned with its leading slashes collapsed into one (Value.slashesCollapsed). */
  slashesCollapsed?: boolean;
  /**
   * The field of the returned object that holds it (`return { sql: text, values: [where.id] }` →
   * `values`): the caller's `result.sql` does not carry what only `result.values` holds.
   */
  field?: string;
}

/**
 * What a function does with its parameters: which reach its return value and which reach sinks,
 * and which sources it returns itself. Plain data: it crosses worker threads and files.
 */
export interface FunctionSummary {
  name: string;
  /** A library module's input (LIBRARY_KEY): the exports the package offers its callers, when not all of them. */
  libraryExports?: string[];
  /** The export is a library object, not a function we can see: its API path (`pg|Pool()`). */
  api?: string;
  /** The export is a regex literal (`module.exports = { email: /…/ }`): ReDoS is judged where another file applies it. */
  regex?: { source: string; flags: string };
  returns: ParamReturn[];
  returnsSources: Taint[];
  /** What it returns from those sources is text (a fetched page's body read as text), not an object. */
  returnsText?: boolean;
  /**
   * It returns an object it reached by walking keys taken from these parameters (`getIn(obj, path)`
   * reducing `path.split('.')` over `node[key]`): with a `__proto__` key, a shared prototype.
   */
  returnsKeyedBy?: { param: number; path: string[] }[];
  /**
   * The sources it returns, by the field of the returned object that holds them (`return { q: url.searchParams.get('q') }`
   * → `q`; one level further as `profile.website`): a SvelteKit page's `data` is its `load`'s return.
   */
  returnsFields?: Record<string, Taint[]>;
  /**
   * Some source it returns is the value itself (or text), not only inside an object it built: without
   * this, the caller gets that object back (returnsFields), so `ctx.body = await svc.test(url)` is JSON.
   */
  returnsBareSources?: true;
  sinks: ParamSink[];
  /** A validator: when it returns a truthy value, these parameters are safe for these kinds (read from its body). */
  proves?: { param: number; kinds: number }[];
  /** A throwing validator: once a call returns, these parameters are safe for these kinds (read from its body). */
  asserts?: { param: number; kinds: number }[];
  /**
   * Calls on objects the constructor was given (`this.repo.find(name)` with `this.repo = repo`):
   * resolved where the instance is created with known objects (`new Service(new Repo(db))`).
   */
  fieldCalls?: FieldCall[];
  /**
   * Untrusted data this function (or a handler it registers) passes to a method of an object it was
   * given (`function routes({ inventory }) { … inventory.list(ctx.query.sort) }`): resolved where
   * the function is called with known objects (`routes({ inventory: new Inventory(db) })`).
   */
  paramCalls?: ParamCall[];
  /**
   * A parameter that is the whole argument list of a program that reads options (`function git(args)
   * { return execFileSync('git', args) }`): each caller's list is read element by element where it is built.
   */
  argumentLists?: { param: number; program: string; sink: SinkSite }[];
  /**
   * An emitter's own wrapper methods (`onExport(h) { this.on('export', h) }`, `emitExport(p) {
   * this.emit('export', p) }`): calling them on an instance another file exports registers or emits
   * that event, as `bus.on('export', h)` / `bus.emit('export', p)` would.
   */
  forwards?: { param: number; event: string; listen: boolean }[];
  /** Express error middleware `(err, req, res, next)`: a route registering it hands it the request second. */
  errorHandler?: boolean;
  /**
   * Returns a function that calls this parameter with its own arguments (a promisify, once or
   * deprecate wrapper): calling what it returns is calling the argument.
   */
  returnsCallable?: number;
  /**
   * Named like a sanitiser (`quote`, `escapeHtml`) but escapes nothing (it only puts its argument
   * between constant text) or escapes with a faulty class (`[A-z]` also takes `` [\]^_` ``): the
   * name is not trusted where another file calls it.
   */
  untrustedEscaper?: string;
  /** An HTML escaper that leaves `"` as it is (values.ts QUOTES_KEPT): not enough inside a double-quoted attribute value. */
  keepsQuotes?: true;
  /**
   * Parameters it calls as callbacks with its other parameters' data (`function locate(file, cb) {
   * fs.stat(file, () => cb({ file })) }`): per callback parameter, per argument position, what
   * flows there. The caller runs its own callback with its arguments accordingly. `sources`: untrusted
   * data it reads itself and hands the callback there (`zipfile.on('entry', (entry) => visit({ name:
   * entry.fileName }))`, also from a closure it runs), which every caller's callback receives.
   */
  invokes?: { param: number; args: ParamReturn[][]; sources?: InvokedSource[][] }[];
  /** The function this one returns (a handler factory: `makeHandler()` → `(req, res) => …`). */
  returnsHandler?: FunctionSummary;
  /** A DTO class: the properties its validation decorators narrow to safe values (validated-dtos.ts). */
  narrowedFields?: string[];
  /**
   * A GraphQL field (link input under GRAPHQL_FIELD_KEY): its arguments a schema somewhere in the
   * project declares with an any-value scalar (`filter: JSON`).
   */
  anyValueArgs?: string[];
  /** The GraphQL field's arguments (and input-type fields, `input.score`) declared as a number or boolean scalar. */
  scalarArgs?: string[];
  /** Its parameters' data rendered into a view (taint/views.ts): each caller records the render with its arguments. */
  views?: ParamView[];
  /**
   * It returns a compiled template read from a view file (`return Handlebars.compile(readFileSync(…))`),
   * maybe of a pattern filled by a parameter (`` `${name}.hbs` ``): calling what it returns renders that view.
   */
  returnsTemplate?: { view: string; raw: boolean; nameParam?: number };
}

/** Locals a function passes to a view, read from its parameters (`tpl(data)`, `res.render('x', { name: user.name })`). */
export interface ParamView {
  ref: ViewRef;
  /** The parameter that names the file when `ref` is a pattern (`*.hbs`). */
  nameParam?: number;
  /** The render call inside the function (`tpl()`, `res.render()`). */
  label: string;
  /** The locals object is (a field of) this parameter. */
  all?: { param: number; path: string[] };
  /** Locals keys that hold (fields of) parameters. */
  keys?: Record<string, { param: number; path: string[] }>;
}

export function addParamView(s: FunctionSummary, pv: ParamView): void {
  const list = (s.views ??= []);
  const key = JSON.stringify(pv);
  if (list.length < 8 && !list.some((x) => JSON.stringify(x) === key)) list.push(pv);
}

/** A source a function hands to a callback parameter: its taint, and the field of an object built there that holds it. */
export interface InvokedSource {
  taint: Taint;
  field?: string;
}

export interface FieldCall {
  /** Constructor parameter whose object is called. */
  ctorParam: number;
  /** Path below that parameter when the constructor destructures it (`constructor({ repo })` → ['repo']). */
  ctorPath?: string[];
  method: string;
  /** Argument position of the call that receives the parameter. */
  arg: number;
  param: number;
  path: string[];
  sanitized: number;
  steps: TraceStep[];
  /** The call inside the class (`this.pool.raw(…)`): where a library object given to the constructor makes it a sink. */
  site?: SinkSite;
  /** The argument is text built from the parameter. */
  stringy?: boolean;
}

export interface ParamCall {
  /** The parameter whose member is called, and the path below it (`{ inventory }` → `['inventory']`). */
  param: number;
  path: string[];
  method: string;
  /** Argument position of the call that receives the data. */
  arg: number;
  /** The untrusted data (concrete sources) passed there. */
  taints: Taint[];
  /** The call itself: where a method that hands the data on whole to a query or HTML sink is reported. */
  at?: SinkSite;
  /** `param` is the enclosing factory's parameter, not this function's: resolved where the factory's product is used (calls.ts). */
  factory?: boolean;
}

export function addParamCall(s: FunctionSummary, pc: ParamCall): void {
  const list = (s.paramCalls ??= []);
  if (list.length >= MAX_ENTRIES) return;
  const same = list.find((x) => !x.factory === !pc.factory && x.param === pc.param && x.method === pc.method && x.arg === pc.arg && x.path.join('.') === pc.path.join('.'));
  if (same) {
    if (same.taints.length < 4) same.taints.push(...pc.taints.slice(0, 4 - same.taints.length));
    return;
  }
  list.push(pc);
}

export function addFieldCall(s: FunctionSummary, fc: FieldCall): void {
  const list = (s.fieldCalls ??= []);
  if (list.length >= MAX_ENTRIES) return;
  if (list.some((x) => x.ctorParam === fc.ctorParam && (x.ctorPath ?? []).join('.') === (fc.ctorPath ?? []).join('.') && x.method === fc.method && x.arg === fc.arg && x.param === fc.param && x.path.join('.') === fc.path.join('.'))) return;
  list.push(fc);
}

export function emptySummary(name: string): FunctionSummary {
  return { name, returns: [], returnsSources: [], sinks: [] };
}

export function isTrivial(s: FunctionSummary): boolean {
  return s.returns.length === 0 && s.returnsSources.length === 0 && s.sinks.length === 0 && !s.returnsHandler && s.returnsCallable === undefined && !s.api && !s.regex && s.proves === undefined && s.asserts === undefined && !s.fieldCalls?.length && !s.paramCalls?.length && !s.argumentLists?.length && !s.forwards?.length && !s.narrowedFields && !s.returnsKeyedBy?.length && !s.returnsFields && !s.invokes?.length && !s.views?.length && !s.returnsTemplate;
}

const MAX_ENTRIES = 24;

export function addSink(s: FunctionSummary, sink: ParamSink): void {
  if (s.sinks.length >= MAX_ENTRIES) return;
  const key = `${sink.param}|${sink.path.join('.')}|${sink.kind}|${sink.sink.location.path}:${sink.sink.location.startLine}:${sink.sink.location.startColumn}`;
  if (s.sinks.some((x) => `${x.param}|${x.path.join('.')}|${x.kind}|${x.sink.location.path}:${x.sink.location.startLine}:${x.sink.location.startColumn}` === key)) return;
  s.sinks.push(sink);
}

export function addReturn(s: FunctionSummary, r: ParamReturn): void {
  if (s.returns.length >= MAX_ENTRIES) return;
  const same = s.returns.find((x) => x.param === r.param && x.path.join('.') === r.path.join('.') && x.sanitized === r.sanitized && x.field === r.field);
  if (same) {
    // (Returned as itself on one path and as text on another: text is what a sink must assume.)
    if (r.stringy) same.stringy = true;
    // (A path on every way out, or not known as one.)
    if (!r.normalized) delete same.normalized;
    // (A field is the callee's own only if it wrote it on every way out.)
    if (same.shadowed) {
      const kept = same.shadowed.filter((k) => r.shadowed?.includes(k));
      if (kept.length) same.shadowed = kept;
      else delete same.shadowed;
    }
    return;
  }
  s.returns.push(r);
}

/** The facts the code analyzer publishes per file for the link step. */
export interface CodeFacts {
  /** Packages imported (for the dependency analyzer). */
  imports: string[];
  /** Relative/aliased module specifiers this file imports. */
  moduleRequests: string[];
  /** Export key (`getUser`, `default`, `UserService.find`, `default.find`) → summary. */
  exports: Record<string, FunctionSummary>;
  /** Calls to other files' functions, by link key (`./db#query`), and whether an argument was tainted. */
  importCalls?: Record<string, boolean>;
  /** `export * from './x'`, `export * as ns from './x'` (`as`) and `export { a as b } from './x'`. */
  reexports: { spec: string; names?: Record<string, string>; as?: string }[];
  /**
   * Exports that are another file's export or an instance of it (`daos.userDao = new UserDao(db)`,
   * `module.exports = require('./impl')`): export key → link reference (`./dao/user#*`).
   */
  exportRefs?: Record<string, string>;
  /** Login-like routes and rate-limit use, for the project-level rate-limit rule. */
  authRoutes?: { path: string; method?: string; location: Location; limited: boolean; snippet?: string; suppression?: { reason: string; line: number } }[];
  usesRateLimit?: boolean;
  /** Path prefixes an app-level limiter is mounted on (`app.use('/api/auth', authLimiter)`). */
  rateLimitedPrefixes?: string[];
  /** Routers from other files mounted here (`app.use('/api/auth', authRoutes)`), with a limiter in the same call or not. */
  routerMounts?: { prefix: string; spec: string; limited: boolean }[];
  /** A Meteor `DDPRateLimiter.addRule` here may cover the DDP `login` method (rules/missing-rate-limit.ts). */
  ddpLoginLimited?: boolean;
  /** Listeners this file registers on another file's emitter: link key (`./events#default|on:report`) → summary. */
  listeners?: { key: string; summary: FunctionSummary }[];
  /** Request fields a middleware here fills from request data (`req.tenant = req.headers['x-tenant']`), with its taints. */
  requestFields?: Record<string, Taint[]>;
  /** Request fields this file reads that are not the framework's own (`req.tenant`). */
  requestFieldReads?: string[];
  /** A classic browser script that defines globals for the page's other scripts (GLOBAL_SPEC). */
  definesGlobals?: boolean;
  /** Render calls and view settings (taint/views.ts). */
  views?: ViewFacts;
  /** GraphQL SDL in this file: field → arguments declared with an any-value scalar (`filter: JSON`). */
  graphqlAnyValueArgs?: Record<string, string[]>;
  graphqlScalarArgs?: Record<string, string[]>;
  /** The GraphQL fields this file's resolver maps answer (`products`), for the SDL's argument types. */
  resolverFields?: string[];
  /**
   * Route handlers this file imports and registers (`app.get(p, query('sort').isIn(…), posts.list)`):
   * link key → the request fields the route's validation narrows there (`query.sort`), [] for none.
   */
  handlerRoutes?: Record<string, string[]>;
  /**
   * A module run as a library's with every export (no `libraryExports` yet): the exports, and the
   * fields of the default export, that led to a run (TaintEngine.runExportedApi).
   */
  libraryApiRoots?: { exports: string[]; defaultFields: string[] };
}

/**
 * The link step marks an entry module of a library package with this key (the summary's `name` is
 * the package's): the parameters of the functions it exports are untrusted input.
 */
export const LIBRARY_KEY = '#library';

/**
 * The link step hands a file that reads `req.tenant` the request data a middleware somewhere stored
 * there, under `#req.tenant` (the summary's `returnsSources` are that data's taints).
 */
export const REQUEST_FIELD_KEY = '#req.';

/**
 * The link step hands a file whose exported handler every route registers with the same validation
 * the request fields it narrows, under `#route#<export name>` (the summary's `narrowedFields`,
 * `query.sort`): the handler reads them as safe values.
 */
export const ROUTE_NARROWING_KEY = '#route#';

/**
 * The link step hands a file with GraphQL resolvers, under `#graphql#<field>`, the arguments of that
 * field that the project's SDL (in any file) declares with an any-value scalar (`anyValueArgs`).
 */
export const GRAPHQL_FIELD_KEY = '#graphql#';

/**
 * Classic browser scripts share the page's global scope: a call to a global another script defines
 * (`portal.param('next')`, `window.portal.param(…)`) is linked as `#global#portal.param`, and a
 * script's exports table carries its globals under `#global#<name>`.
 */
export const GLOBAL_SPEC = '#global';
/** A Nuxt server file's call of a function `server/utils` exports, auto-imported by name (`#nuxt-utils#renderMarkdown`). */
export const NUXT_UTILS_SPEC = '#nuxt-utils';

/**
 * A method called with request data on an object whose type nothing tells (a GraphQL context's
 * `dataSources.reviews`, a DI container's service) is linked as `#method#matching` to the one
 * exported class of the project with a method of that name, if there is exactly one.
 */
export const METHOD_SPEC = '#method';

/** What the link step hands a file for its second pass: summaries of what it imports, by `spec#key`. */
export type LinkInput = Record<string, FunctionSummary>;
