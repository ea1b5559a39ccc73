/**
 * The taint engine: an abstract interpreter over one file's AST. It tracks which values carry
 * untrusted data (sources), through variables, fields, strings, calls and callbacks, and reports
 * when such data reaches a sink unsanitised. Functions get summaries (parameter → return, parameter
 * → sink) so flows through helpers — in this file or, after linking, in other files — are found.
 *
 * This file holds the engine's state and entry points; the interpreter is split by concern:
 * `statements.ts`, `expressions.ts`, `calls.ts` (local, callback and cross-file calls),
 * `library-calls.ts` (modelled library behaviour), `functions.ts` (summaries, framework-typed
 * parameters), `sinks.ts`, `guards.ts`, and `frames.ts` (scopes, branch fork/join). Each part is a set
 * of functions over the engine. Framework knowledge lives in `../models/*`, not here.
 */
import type { DeclaredHiddenMembers } from '../sibling-declarations.js';
import { anyValueArguments, scalarArguments } from '../frontend/js/graphql-sdl.js';
import type { Location, TraceStep } from '../../../findings/finding.js';
import { type Node, memberPath, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import type { LineIndex } from '../frontend/js/parse.js';
import type { ModuleTable } from '../frontend/js/modules.js';
import { CODE_CONTRACT, EMPTY, LENGTH_BOUNDED, PATTERN_INPUT, PATTERN_PARAM, type SinkKind, type SourceInfo, type Taint, type Value, mask, readField, sanitize } from './values.js';
import { type CodeFacts, type FunctionSummary, GLOBAL_SPEC, LIBRARY_KEY, type LinkInput, type SinkSite, emptySummary } from './summaries.js';
import { Scope, type Frame, type FnInfo, type ClassInfo } from './frames.js';
import { hoist, execBlock } from './statements.js';
import { dropCheckedThenOpened, dropWrittenThenServed } from './sinks.js';
import { collectFeathersEntryPoints, runsUnderFeathers } from './feathers.js';
import { type FirebaseHandler, collectFirebaseHandlers, runsUnderFirebase } from './firebase.js';
import { type AzureHandler, collectAzureHandlers, runsUnderAzureFunctions } from './azure.js';
import { ASTRO_ACTIONS_MODULE, collectAstroActions } from './astro.js';
import { type QwikEntry, collectQwikEntryPoints } from './qwik.js';
import { frameworkParams, paramName, runFunction, summaryOf } from './functions.js';
import { collectRedwoodJobs, collectRedwoodServices, runsUnderRedwood } from './redwood.js';
import { collectExportedResolverMaps, collectFieldConfigs, collectH3Handlers, collectResolvers, collectRouteEventHandlers, collectTrpcProcedures } from './resolvers.js';
import { HONO_MODULE, ROUTE_EVENT_MODULES } from '../models/sources.js';
import { narrowedDtoFields } from './validated-dtos.js';
import { type ApiModels, apiModels, modelledModule } from '../models/apis.js';
import { type ViewFacts, newViewFacts } from './views.js';
import type { TemplateSink } from '../frontend/components/virtual.js';
import type { DeclaredRanges } from '../models/patched-libraries.js';
import { type MeteorEntry, collectMeteorEntryPoints, meteorFile } from './meteor.js';
import { GRPC_MODULES, KAFKA_MODULES, collectGrpcHandlers, collectKafkaHandlers, usesModule } from './message-handlers.js';
import { type MoleculerFunctions, MOLECULER_MODULE, collectMoleculerFunctions } from './moleculer.js';
import { type SailsActions, collectSailsActions } from './sails.js';

/** A source reached a sink. */
export interface Flow {
  kind: SinkKind;
  source: SourceInfo;
  /** Source → … → sink, in order. */
  steps: TraceStep[];
  sink: SinkSite;
  /** The taint arrived as a whole object (e.g. `req.body`), not a field. */
  whole: boolean;
  /** It arrived as text that spells out a whole object (`JSON.stringify(req.headers)` in a log line). */
  serialized?: true;
  stringy: boolean;
  /** Field path read below the source (`['stack']` for errors). */
  path: string[];
  /**
   * No source in sight: a parameter of the enclosing function is built into query text. Reported
   * with lower confidence — the callers (other services, DI, code outside the scan) are unknown.
   */
  audit?: { param: string };
}


/**
 * A parameter that holds the caller's own key material or the origin a client talks to
 * (`sign(payload, privateKey)`, `createClient(baseUrl)`): configuration of a few kilobytes at most,
 * never attacker-sized text, so it cannot make a polynomial regex slow (see LENGTH_BOUNDED).
 */
const OWN_CONFIG_TEXT_PARAM = /^(privateKey|publicKey|secretKey|signingKey|pem|cert|certificate|baseUrl|baseURL)$/;

/**
 * A library parameter named as one character (`quoteChar`, `ch`): a delimiter by the function's
 * contract, as a documented `{number}` is a number. One character compiled as a regex is a single
 * atom, matched in linear time.
 */
const CHARACTER_PARAM = /^(ch|char|character)$|[a-z]Char$/;

/** A constructor's object of named properties (`new Provider({ fs, path, folder })`): the instance's configuration. */
const INSTANCE_SETTINGS = /^(props|properties)$/;

const CODE_PARAM = /^(template|tpl|tmpl|source|src|code|script|expr|expression|formula|program)$|(Template|Source|Code|Script|Expr|Expression)$/;

/**
 * A package named as a safe or sandboxed evaluator (`calc-expr-safe`, `safe-eval`, `sandboxed-expr`):
 * its callers hand it untrusted code on that promise, so code its parameters become is no longer
 * the caller's contract but an escape.
 */
const SAFE_EVALUATOR = /(^|[-_.@/])(safe|secure|sandbox|sandboxed)([-_.]|$)/i;

/** Functions nested deeper than this are not registered by registerUnreached. */
const MAX_UNREACHED_DEPTH = 4000;
/** A factory's parameters that configure what it makes (`serveStatic(root, options)`): the developer's settings, not data. */
/** The JSDoc block right above a function (or method) starting at `start`: its parameters typed as numbers or booleans. */
export function jsDocScalarParams(text: string, start: number): Set<string> {
  const out = new Set<string>();
  const doc = leadingDoc(text, start);
  if (doc === undefined) return out;
  for (const m of doc.matchAll(/@param\s*\{\s*([^}]*)\}\s*\[?([\w$]+)/g)) {
    if (m[1]!.split('|').every((t) => /^\s*(number|boolean|bigint|integer|-?\d+(\.\d+)?|true|false)\s*$/.test(t))) out.add(m[2]!);
  }
  return out;
}

/**
 * The doc comment right before a declaration (a function, a method, `obj.prototype.x = function`)
 * marks it as internal to its package (`@private`, `@api private`, `@internal`, `@access private`).
 */
export function jsDocPrivate(text: string, start: number): boolean {
  const doc = leadingDoc(text, start);
  return doc !== undefined && /@(private|internal|protected)\b|@api\s+private\b|@access\s+(private|protected)\b/.test(doc);
}

/**
 * The `/** … *\/` comment written right before the declaration that starts at `start`: only the
 * declaration's own head may stand between them (`export async function log`, `log =`,
 * `static log`, `Foo.prototype.log = function`, `log: function`).
 */
function leadingDoc(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 4000), start);
  const end = before.lastIndexOf('*/');
  const open = end < 0 ? -1 : before.lastIndexOf('/**', end);
  if (open < 0 || !/^\s*((export|default|async|static|public|private|protected|readonly|override|get|set|function\*?|const|let|var)\s+)*[\w$#.]*\s*[:=]?\s*(async\s*)?(function\s*\*?\s*[\w$]*)?\s*$/.test(before.slice(end + 2))) return undefined;
  return before.slice(open, end);
}

/**
 * A function that takes a handler with a path registers a route (`add(method, path, handler)`): the
 * path is a route pattern (`/users/:id{[0-9]+}`, `/files/*`) that the router compiles to a regex.
 */
const ROUTE_HANDLER_PARAM = /^(handlers?|middlewares?|listener)$/;
const ROUTE_PATH_PARAM = /^(path|route|routePath)$/;

const SETTINGS_PARAM = /^(opts?|options|config|configuration|cfg|conf|settings|defaults)$|(Options|Opts|Config|Settings)$/;

/** `options.manifest`, `opts.index || 'index.html'`, a constant: a value the package's settings choose. */
function settingsArgument(arg: Node | undefined): boolean {
  const a = arg && unwrap(arg);
  if (!a) return false;
  if (a.type === 'Literal') return typeof a.value === 'string';
  if (a.type === 'LogicalExpression') return settingsArgument(a.left) && settingsArgument(a.right);
  if (a.type !== 'MemberExpression') return false;
  let root = a;
  while (root.type === 'MemberExpression') root = unwrap(root.object);
  return root.type === 'Identifier' && SETTINGS_PARAM.test(root.name);
}

export interface EngineInput {
  path: string;
  program: Node;
  lines: LineIndex;
  modules: ModuleTable;
  linkInput?: LinkInput;
  /** API models (built-in rows plus the user's `models:`); built-ins when absent. */
  models?: ApiModels;
  /** Generated statements of a component's virtual module that evaluate template sinks, by start offset. */
  templateSinks?: Map<number, TemplateSink>;
  /** Version ranges the file's package.json declares (patched merge libraries are not sinks). */
  declaredRanges?: DeclaredRanges;
  /** Compiled JavaScript: the members its sibling declaration file declares `private` or `protected`, by class. */
  declaredHidden?: DeclaredHiddenMembers;
  /**
   * A classic browser script (no import, require or export): it shares one global scope with the
   * page's other scripts, so what it puts on `window` (or declares at top level) is theirs too.
   */
  classicScript?: boolean;
  /** Suppressions in this file by line, so summaries can carry them to other files. */
  suppressionAt?: (line: number) => { ruleIds: string[]; reason: string; line: number } | undefined;
}

export class TaintEngine {
  readonly flows: Flow[] = [];
  readonly fns: FnInfo[] = [];
  readonly fnByNode = new Map<Node, number>();
  readonly summaries = new Map<number, FunctionSummary>();
  readonly inProgress = new Set<number>();
  readonly analyzedInline = new Set<number>();
  readonly classes = new Map<string, ClassInfo>();
  readonly aliases = new Map<string, string>();
  readonly moduleScope = new Scope();
  readonly exportsMap = new Map<string, Value>();
  /**
   * Exports given as a module-level name (`module.exports = fetch`), with the value they got: members
   * the module adds afterwards (`fetch.Headers = Headers`) are the importers' too (see run()).
   */
  readonly exportedNames = new Map<string, { name: string; value: Value }>();
  /** What each argument of a `list.push(…)`/`unshift(…)` was when it was added (taint/arrays.ts). */
  readonly listValues = new Map<Node, Value>();
  callDepth = 0;
  /** Methods being run inline on an instance (calls.ts runMethodOn), to spot recursion. */
  readonly methodsRunning = new Set<number>();
  /** The function each summary being built belongs to (callbacks run inline share it: calls.ts callsCapturedCallback). */
  readonly summaryOwners = new WeakMap<FunctionSummary, number>();
  /** Names each function calls as plain identifiers (calls.ts callsCapturedCallback). */
  readonly calledNames = new Map<number, Set<string>>();
  /** Running such a closure inline now. */
  runningCaptured = false;
  /** Running a library's exported function with its parameters as input (runExportedApi). */
  libraryRun = false;
  /** While set, the scope each function expression is created in (runExportedApi: the closure of a factory's product). */
  private libraryClosures: Map<number, Scope> | undefined;
  /** In a library run, the scope this run created the function expression in (it was first made in the run that summarised its parent). */
  libraryClosureOf(id: number): Scope | undefined {
    return this.libraryClosures?.get(id);
  }
  /** After a library API run with every export: the exports that led to a run (runExportedApi). */
  libraryApiRoots: CodeFacts['libraryApiRoots'];
  /** Assignments that fill a missing step of a path walk under an `if` testing it (expressions.ts fillMissingStep). */
  readonly fillsMissing = new Set<Node>();
  /** The query template (sql`…`) whose substitutions are being evaluated: a raw fragment in it is reported over the whole query. */
  queryTemplate: Node | undefined;
  /** The file declares 'use server' (Next.js server actions): every exported function's parameters are user data. */
  serverActions = false;
  readonly isNextRouteFile: boolean;
  /** The file imports Hono: its route handlers get a context (`c`), not `(req, res)`. */
  readonly honoFile: boolean;
  /** Field resolvers of a GraphQL resolver map (`{ Query: { user(parent, args) {…} } }`). */
  readonly resolverFns = new Set<Node>();
  /** Elysia error hooks (`.onError(({ error }) => …)`): what they return is the response. */
  readonly elysiaErrorHooks = new Set<Node>();
  /** The schema field each resolver of a map answers (`products` in `{ Query: { products: (…) => … } }`). */
  readonly resolverFields = new Map<Node, string>();
  /** SDL in this file: field → arguments declared with an any-value scalar (`filter: JSON`; frontend/js/graphql-sdl.ts). */
  graphqlAnyValueArgs: Record<string, string[]> = {};
  /** SDL in this file: field → arguments declared as a number or boolean scalar (`id: Int!`, `input.score`). */
  graphqlScalarArgs: Record<string, string[]> = {};
  /** h3 event handlers (resolvers.ts): their first parameter is the request event, their returned text the page. */
  readonly h3Handlers = new Set<Node>();
  /** tRPC procedure resolvers: `input` of their first parameter is the client's. */
  readonly trpcProcedures = new Map<Node, Node>();
  /** DTO classes of this file and the properties their class-validator decorators narrow (validated-dtos.ts). */
  narrowedDtos = new Map<string, string[]>();
  /** Handlers of a file-routed framework's route module (SvelteKit, Remix, Astro): their first parameter is the request event. */
  readonly routeEventHandlers = new Map<Node, 'event' | 'context'>();
  /** Feathers service classes' standard methods (method function → its name) and inline hooks (feathers.ts). */
  readonly feathersMethods = new Map<Node, string>();
  readonly feathersHooks = new Set<Node>();
  /** Cloud Functions trigger handlers (`onCall`, `onRequest`, `onObjectFinalized`, …) and what each is given (firebase.ts). */
  readonly firebaseHandlers = new Map<Node, FirebaseHandler>();
  /** Azure Functions HTTP handlers (`app.http(…, { handler })`, a v3 `module.exports = function (context, req)`) (azure.ts). */
  readonly azureHandlers = new Map<Node, AzureHandler>();
  /** Astro Actions handlers (`defineAction({ input, handler })`) → their input schema, null when none (astro.ts). */
  readonly astroActions = new Map<Node, Node | null>();
  /** Qwik City loaders, actions, `server$` functions and exported request handlers (qwik.ts). */
  readonly qwikEntries = new Map<Node, QwikEntry>();
  /** What the module's `loader` / `action` returned, for the component's `useLoaderData()` (calls.ts routeModuleData). */
  readonly routeModuleData = new Map<string, Value>();
  /** Moleculer action handlers and moleculer-web error handlers of this file (moleculer.ts). */
  moleculer: MoleculerFunctions | undefined;
  /** Meteor method bodies and publish functions (meteor.ts): every argument is the client's. */
  meteorEntries: Map<Node, MeteorEntry> | undefined;
  /** The file is written for Meteor (imports meteor/…, or uses the `Meteor` global). */
  meteor = false;
  /** RedwoodJS service functions → the GraphQL field each resolves, and job `perform` functions → the job's name (redwood.ts). */
  readonly redwoodServices = new Map<Node, string>();
  readonly redwoodJobs = new Map<Node, string>();
  /** Sails actions2 machines of this controller file: `fn` → its declared inputs (sails.ts). */
  sailsActions: SailsActions | undefined;
  /** gRPC service method implementations of this file, found by shape (message-handlers.ts). */
  readonly grpcHandlers = new Set<Node>();
  /** kafkajs `eachMessage` / `eachBatch` handlers of this file (message-handlers.ts). */
  readonly kafkaHandlers = new Map<Node, 'message' | 'batch'>();

  readonly models: ApiModels;
  /** Export key → link reference, for exports that are other files' exports or instances of them. */
  readonly exportRefs: Record<string, string> = {};

  constructor(readonly input: EngineInput) {
    this.isNextRouteFile = /(^|\/)route\.(t|j)sx?$/.test(input.path);
    this.honoFile = [...input.modules.specifiers].some((s) => HONO_MODULE.test(s));
    this.models = input.models ?? apiModels();
  }

  // ── entry points ──────────────────────────────────────────────────────────

  run(): void {
    const program = this.input.program;
    this.serverActions = program.body.some((s: Node) => s.type === 'ExpressionStatement' && s.directive === 'use server');
    if (/\b(Query|Mutation|Subscription)\b/.test(this.input.lines.text)) collectResolvers(program, this.resolverFns, this.resolverFields);
    if (/\b(type|input|interface)\s+\w+/.test(this.input.lines.text) && /\b(JSON\w*|Object|Any)\b/.test(this.input.lines.text)) this.graphqlAnyValueArgs = anyValueArguments(program);
    if (/\b(type|input)\s+\w+/.test(this.input.lines.text) && /\b(Int|Float|Boolean)\b/.test(this.input.lines.text)) this.graphqlScalarArgs = scalarArguments(program);
    if (/\bargs\b/.test(this.input.lines.text) && /\bresolve\b/.test(this.input.lines.text)) collectFieldConfigs(program, this.resolverFns);
    // (The context is often destructured, `(_root, { id }, { db })`, so only the first parameter's name gates.)
    if (/\b(_\w*|root|parent|obj|source)\s*,/.test(this.input.lines.text)) collectExportedResolverMaps(program, this.resolverFns, this.resolverFields);
    if (/[eE]ventHandler\s*\(/.test(this.input.lines.text)) collectH3Handlers(program, this.h3Handlers);
    if (/\.input\s*\(/.test(this.input.lines.text)) collectTrpcProcedures(program, this.trpcProcedures);
    if (this.input.modules.specifiers.has('class-validator')) this.narrowedDtos = narrowedDtoFields(program, this.input.modules);
    if (runsUnderFeathers(this)) collectFeathersEntryPoints(this, program, this.feathersMethods, this.feathersHooks);
    if (runsUnderFirebase(this)) collectFirebaseHandlers(this, program, this.firebaseHandlers);
    if (runsUnderAzureFunctions(this)) collectAzureHandlers(this, program, this.azureHandlers);
    if (runsUnderRedwood(this)) {
      collectRedwoodServices(this, program, this.redwoodServices);
      for (const [fn, field] of this.redwoodServices) this.resolverFields.set(fn, field);
      if (/\bcreateJob\b/.test(this.input.lines.text)) collectRedwoodJobs(program, this.redwoodJobs);
    }
    if (this.input.modules.specifiers.has(ASTRO_ACTIONS_MODULE)) collectAstroActions(this, program, this.astroActions);
    if (/\.(request|metadata)\b/.test(this.input.lines.text) && usesModule(this, GRPC_MODULES)) collectGrpcHandlers(program, this.grpcHandlers);
    if (/\beach(Message|Batch)\b/.test(this.input.lines.text) && this.runsUnder('kafkajs', KAFKA_MODULES, ['kafkajs'])) collectKafkaHandlers(program, this.kafkaHandlers);
    if (/\bon[A-Z]\w+\b|\$\s*\(/.test(this.input.lines.text)) collectQwikEntryPoints(this, program, this.qwikEntries);
    if (/\b(actions|onError)\b/.test(this.input.lines.text) && this.moleculerFile()) this.moleculer = collectMoleculerFunctions(program);
    this.meteor = /\b(Meteor|meteor\/)/.test(this.input.lines.text) && meteorFile(this.input.modules, this.input.lines.text);
    if (this.meteor && /\bMeteor\.(methods|publish)\b|\bAccounts\.(onLoginFailure|validateLoginAttempt|onLogin)\b|\.helpers\s*\(/.test(this.input.lines.text)) this.meteorEntries = collectMeteorEntryPoints(program, this.input.modules);
    if (/\bfn\b/.test(this.input.lines.text) && /\bmodule\.exports\b/.test(this.input.lines.text)) this.sailsActions = collectSailsActions(this, program);
    for (const m of ROUTE_EVENT_MODULES) if (m.path.test(this.input.path)) collectRouteEventHandlers(program, m.exports, m.shape, this.routeEventHandlers);
    const frame = this.newFrame(this.moduleScope, '(module)');
    hoist(this, program.body, frame);
    execBlock(this, program.body, frame);
    // An export is an object or function, not a copy: importers see it as the module body left it.
    for (const [key, { name, value }] of this.exportedNames) {
      const now = this.moduleScope.vars.get(name);
      if (now && now !== value && this.exportsMap.get(key) === value && now.fn === value.fn && now.cls === value.cls && (now.fn !== undefined || now.cls !== undefined)) this.exportsMap.set(key, now);
    }
    // Functions nobody called in this file (exported handlers, controller methods, callbacks
    // registered elsewhere) still get analysed once, with their parameters as symbols.
    for (let i = 0; i < this.fns.length; i++) if (!this.analyzedInline.has(i)) summaryOf(this, i);
    // Then functions the interpreter never reached, with the module scope as their closure.
    const reached = this.fns.length;
    this.registerUnreached(program);
    for (let i = reached; i < this.fns.length; i++) if (!this.analyzedInline.has(i)) summaryOf(this, i);
    const lib = this.input.linkInput?.[LIBRARY_KEY];
    if (lib) this.runExportedApi(lib.name, lib.libraryExports);
    dropCheckedThenOpened(this.flows);
    dropWrittenThenServed(this.flows);
  }

  /** The file imports Moleculer or moleculer-web, or its package declares one of them. */
  private moleculerFile(): boolean {
    const ranges = this.input.declaredRanges;
    return [...this.input.modules.specifiers].some((s) => MOLECULER_MODULE.test(s)) || (!!ranges && (ranges('moleculer') !== undefined || ranges('moleculer-web') !== undefined));
  }

  /** An entry module of a library: run each exported function with its parameters as the caller's input. */
  runExportedApi(pkg: string, only?: string[]): void {
    const seen = new Set<number>();
    // Run with every export: the exports that led to a run (and the default export's fields that
    // did), so a later subset that holds them all is known to give this same run (link.ts
    // allExportsRunAsSubset).
    const roots = only ? undefined : { exports: new Set<string>(), defaultFields: new Set<string>() };
    let root: { field: boolean; name: string } = { field: false, name: '' };
    // The values a caller gives a function's parameters.
    const callerParams = (id: number, info: FnInfo, label: string): { names: string[]; params: Value[] } => {
      const names: string[] = info.node.params.map((p: Node, i: number) => paramName(p) ?? `argument ${i + 1}`);
      // A function that takes a pattern compiles regexes for a living: its other parameters (flags,
      // options such as a prefix) configure that pattern; they are not text inserted into it.
      const compilesPattern = names.some((n: string) => PATTERN_PARAM.test(n));
      const registersRoute = names.some((n: string) => ROUTE_HANDLER_PARAM.test(n));
      // A request the caller hands over (`redirectBack(req, res)`, a middleware's `req`): what it
      // carries (headers, query, body) is the client's, not a value the caller chose.
      const typed = frameworkParams(this, info);
      const scalars = jsDocScalarParams(this.input.lines.text, info.node.start);
      const configParams = this.configuredParams(id);
      const params: Value[] = info.node.params.map((p: Node, i: number) => {
        const name = names[i]!;
        if (typed[i]?.kind === 'request') return typed[i]!;
        // Documented as a number or a boolean (`@param {number} level`): callers pass one, which carries no text.
        if (scalars.has(name)) return EMPTY;
        const given = this.source(p, `parameter \`${name}\` of ${label}() exported by ${pkg}`, 'library', true);
        // A file the settings name (`options.manifest`, an index page), or one the package's own
        // calls only ever fill from its settings: the developer picks it once, as with the product's
        // settings below, and no visitor does.
        const v = SETTINGS_PARAM.test(name) || configParams.has(i) ? sanitize(given, mask('path')) : given;
        // A parameter named as a pattern (`pattern`, `regex`, `glob`) or as code (a template engine's
        // `template`, an evaluator's `expression`) is meant to be compiled: that is the function's job.
        if (PATTERN_PARAM.test(name) || (registersRoute && ROUTE_PATH_PARAM.test(name))) return sanitize(v, mask('regex') | PATTERN_INPUT);
        if (OWN_CONFIG_TEXT_PARAM.test(name)) return sanitize(v, LENGTH_BOUNDED);
        if (CHARACTER_PARAM.test(name)) return sanitize(v, mask('regex'));
        const compiled = CODE_PARAM.test(name) && !SAFE_EVALUATOR.test(pkg) ? sanitize(v, CODE_CONTRACT) : v;
        return compilesPattern ? sanitize(compiled, mask('regex')) : compiled;
      });
      return { names, params };
    };
    const run = (id: number, label: string, closure?: Scope, self?: Value) => {
      if (roots) (root.field ? roots.defaultFields : roots.exports).add(root.name);
      if (seen.has(id) || seen.size > 200) return;
      seen.add(id);
      const info = closure ? { ...this.fns[id]!, closure } : this.fns[id]!;
      const { names, params } = callerParams(id, info, label);
      // Callbacks already run inline while summarising must run again with the caller's input.
      const made = this.runCapturingClosures(info, params, false, self);
      // A factory's product (`compileExpression(src)` → `test(context)`, `serveStatic(root, options)`
      // → `handler(req, res)`): what the caller later hands it is input too, and it still sees what
      // the factory was given — except the factory's settings (`options`, `config`), which are the
      // developer's choices, not data. Run the factory again without them where it has some (its own
      // findings came from the run above), then the product in the closure that run made.
      if (made.product === undefined || seen.has(made.product)) return;
      const settings = params.map((p, i) => (SETTINGS_PARAM.test(names[i]!) ? EMPTY : p));
      const configured = settings.some((p, i) => p !== params[i]) ? this.runCapturingClosures(info, settings, true) : made;
      const at = configured.product !== undefined ? configured.closures.get(configured.product) : undefined;
      if (configured.product !== undefined && at) run(configured.product, `${label}()`, at);
    };
    // A member private by convention (`_name`, `#name`, TypeScript `private`, documented `@private`):
    // the package's own code calls it, and the public members that do run it with the caller's input.
    const hidden = (name: string, id: number, cls?: ClassInfo) =>
      name.startsWith('_') || name.startsWith('#') || !!cls?.hidden?.has(name) || jsDocPrivate(this.input.lines.text, this.fns[id]!.node.start);
    // An instance the caller made (`new Client(req)`): the fields its constructor stored from its
    // parameters (`this.request = request`) hold what the caller passed, for every method — except
    // its settings (`options`, `defaults`), the developer's choices, as for a factory's product below.
    const instanceOfCaller = (cls: ClassInfo, key: string): Value | undefined => {
      const ctor = cls.methods.get('constructor');
      if (ctor === undefined || cls.paramFields.size === 0) return undefined;
      const { names, params } = callerParams(ctor, this.fns[ctor]!, key);
      const fields = new Map<string, Value>();
      for (const [field, i] of cls.paramFields) {
        if (SETTINGS_PARAM.test(names[i] ?? '') || INSTANCE_SETTINGS.test(names[i] ?? '')) continue;
        let f = params[i];
        for (const p of cls.paramFieldPaths?.get(field) ?? []) f = f && readField(f, p);
        // A class named as code (`Template`, `Script`) is built from its code: the text it was given is that code.
        if (f && CODE_PARAM.test(cls.name) && !SAFE_EVALUATOR.test(pkg)) f = sanitize(f, CODE_CONTRACT);
        if (f && (f.taints.length || f.kind)) fields.set(field, f);
      }
      return fields.size ? { taints: [], cls: cls.name, fields } : undefined;
    };
    const visit = (key: string, v: Value, depth: number) => {
      const own = key.slice(key.lastIndexOf('.') + 1);
      if (own.startsWith('_')) return;
      if (v.fn !== undefined && !hidden(own, v.fn)) run(v.fn, key);
      // A class, or a constructor function with prototype methods (statements.ts prototypeClasses):
      // its public methods are the package's API too.
      const ctorCls = v.fn !== undefined ? this.fns[v.fn]!.cls : undefined;
      const cls = v.cls ? this.classes.get(v.cls) : ctorCls?.methods.get('constructor') === v.fn ? ctorCls : undefined;
      if (cls) {
        const self = instanceOfCaller(cls, key);
        for (const [m, id] of cls.methods) if (m !== 'constructor' && !hidden(m, id, cls)) run(id, `${key}.${m}`, undefined, self);
      }
      if (v.fields && depth < 2) {
        for (const [k, f] of v.fields) {
          const ofDefault = depth === 0 && key === 'default';
          if (ofDefault) root = { field: true, name: k };
          visit(ofDefault ? k : `${key}.${k}`, f, depth + 1);
        }
      }
    };
    for (const [name, v] of this.exportsMap) {
      // (Named exports of `module.exports = { … }` sit under `default`.)
      if (!only || only.includes(name)) {
        root = { field: false, name };
        visit(name, v, 0);
      } else if (name === 'default' && v.fields) for (const [k, f] of v.fields) if (only.includes(k)) visit(k, f, 1);
    }
    if (roots) this.libraryApiRoots = { exports: [...roots.exports].sort(), defaultFields: [...roots.defaultFields].sort() };
  }

  /**
   * Parameters of a library function that every call of it in this file fills from settings
   * (`loadManifest(base, options.manifest)`) or constants: the package itself uses them as
   * configuration, whatever else its export allows.
   */
  private configuredParams(id: number): Set<number> {
    const fn = this.fns[id]!.node;
    const name: string | undefined = fn.type === 'FunctionDeclaration' ? fn.id?.name : undefined;
    const out = new Set<number>();
    if (!name || this.moduleScope.vars.get(name)?.fn !== id || !fn.params.length) return out;
    const calls = this.callsByName().get(name);
    if (!calls) return out;
    fn.params.forEach((_: Node, i: number) => { if (calls.every((c) => settingsArgument(c.arguments[i]))) out.add(i); });
    return out;
  }

  private plainCalls?: Map<string, Node[]>;
  /** This file's calls of a plain name (`f(…)`), by name: one walk for every exported function asked about. */
  private callsByName(): Map<string, Node[]> {
    if (this.plainCalls) return this.plainCalls;
    const byName = new Map<string, Node[]>();
    walk(this.input.program, [{
      CallExpression(c) {
        const callee = unwrap(c.callee);
        if (callee.type !== 'Identifier') return;
        const list = byName.get(callee.name);
        if (list) list.push(c);
        else byName.set(callee.name, [c]);
      },
    }]);
    return (this.plainCalls = byName);
  }

  /**
   * Run a library function with the caller's input, noting the scope each function it creates is
   * made in; `quiet`: a second run whose findings the first already has (they are dropped).
   */
  private runCapturingClosures(info: FnInfo, params: Value[], quiet = false, self?: Value): { product?: number; closures: Map<number, Scope> } {
    const closures = new Map<number, Scope>();
    const flows = this.flows.length;
    this.libraryRun = true;
    this.libraryClosures = closures;
    let returned: Value;
    try {
      returned = runFunction(this, info, params, false, self).returned;
    } finally {
      this.libraryRun = false;
      this.libraryClosures = undefined;
    }
    if (quiet) this.flows.length = flows;
    const product = returned.fn ?? returned.awaited?.fn;
    return { product: product !== undefined && product !== info.id && this.fns[product]!.node.params.length > 0 ? product : undefined, closures };
  }

  /** Functions in places the interpreter never evaluated (odd syntax, dead branches) still get analysed. */
  registerUnreached(program: Node): void {
    const visit = (n: Node, ancestors: readonly Node[]) => {
      // (Nesting this deep is generated code; the interpreter would not get there either.)
      if (ancestors.length <= MAX_UNREACHED_DEPTH && !this.fnByNode.has(n)) this.registerFunction(n, this.moduleScope);
    };
    // (The walk replays the file's recorded tree: only its functions are visited.)
    walk(program, [{ FunctionDeclaration: visit, FunctionExpression: visit, ArrowFunctionExpression: visit }]);
  }

  /** What a classic script defines for the page: its `window.x` members and top-level declarations. */
  pageGlobals(): Map<string, Value> {
    const out = new Map<string, Value>();
    if (!this.input.classicScript) return out;
    for (const [name, v] of this.windowGlobals) out.set(name, v);
    for (const [name, v] of this.moduleScope.vars) if (!out.has(name) && (v.fn !== undefined || v.fields)) out.set(name, v);
    return out;
  }

  /** Summaries of the listeners this file registers on other files' emitters (only those with sinks). */
  listenerSummaries(): { key: string; summary: FunctionSummary }[] {
    const out: { key: string; summary: FunctionSummary }[] = [];
    for (const l of this.listeners) {
      const summary = summaryOf(this, l.fn);
      if (summary.sinks.length) out.push({ key: l.key, summary });
    }
    return out;
  }

  /** Summaries of what this file exports, for other files' second pass. */
  exportedSummaries(): Record<string, FunctionSummary> {
    const out: Record<string, FunctionSummary> = {};
    // A file the user's `models:` name (`package: src/lib/db.js`): its exports carry their path in
    // this file (`src/lib/db|runSql`), so importers match the rows however they reach the export
    // (re-exports, `@/` aliases, index files).
    const self = modelledModule(this.models, this.input.path);
    const ownApi = (key: string): string => `${self}|${key === 'default' ? '' : key.replace(/^default\./, '')}`;
    const addValue = (key: string, v: Value, depth = 0) => {
      if (v.fn !== undefined) {
        out[key] = self !== undefined ? { ...summaryOf(this, v.fn), api: ownApi(key) } : summaryOf(this, v.fn);
        // A constructor function's `this.method = …` members, as on a class.
        const members = this.thisMembers.get(v.fn);
        if (members) for (const [m, id] of members) out[`${key}.${m}`] = summaryOf(this, id);
        // Its prototype methods, as on a class (`Dao.prototype.find = function…`).
        // The methods of the object of closures it returns (`createInventory().find`).
        const api = this.returnedApis.get(v.fn);
        if (api && !out[`${key}()`]) out[`${key}()`] = { ...emptySummary(`${key}()`), api };
        const returned = this.returnedMethods.get(v.fn);
        if (returned) for (const [m, id] of returned) out[`${key}().${m}`] = summaryOf(this, id);
        const proto = this.fns[v.fn]!.cls;
        if (proto && proto.methods.get('constructor') === v.fn) for (const [m, id] of proto.methods) if (m !== 'constructor' && !out[`${key}.${m}`]) out[`${key}.${m}`] = summaryOf(this, id);
      } else if (v.api && !v.ref) out[key] = { ...emptySummary(key), api: v.api };
      else if (v.regex && !v.ref) out[key] = { ...emptySummary(key), regex: v.regex };
      else if (v.kind === 'schema' && !v.ref) {
        // An object schema (zod, joi, yup): the fields it narrows, for validation middleware in other files.
        const narrowed = [...(v.schema ?? [])].filter(([, how]) => how === 'narrow').map(([k]) => k);
        if (narrowed.length) out[key] = { ...emptySummary(key), narrowedFields: narrowed };
      }
      if (v.ref && v.fn === undefined && !v.cls) this.exportRefs[key] = v.ref;
      if (v.cls) {
        const narrowed = v.instance ? undefined : this.narrowedDtos.get(v.cls);
        if (narrowed) out[key] = { ...(out[key] ?? emptySummary(key)), narrowedFields: narrowed };
        // (A module singleton of the file's own class, `export const db = new Db()`, is `Db()`.)
        if (self !== undefined && !out[key]) out[key] = { ...emptySummary(key), api: v.instance ? `${self}|${v.cls}()` : ownApi(key) };
        const cls = this.classes.get(v.cls);
        if (cls) for (const [m, id] of cls.methods) out[`${key}.${m}`] = summaryOf(this, id);
        // `new Template(src, options)` in another file runs the constructor: its sinks are the class's own.
        const ctor = cls?.methods.get('constructor');
        if (ctor !== undefined && !v.instance && !out[key]) {
          const summary = summaryOf(this, ctor);
          if (summary.sinks.length) out[key] = { ...summary, returns: [], returnsSources: [] };
        }
      }
      if (v.fields && depth < 2) for (const [k, f] of v.fields) addValue(`${key}.${k}`, f, depth + 1);
    };
    for (const [name, v] of this.exportsMap) addValue(name, v);
    // A classic script's globals, for the page's other scripts (`#global#portal.param`).
    for (const [name, v] of this.pageGlobals()) addValue(`${GLOBAL_SPEC}#${name}`, v);
    // CommonJS `module.exports = { a, b }` is also importable as `{ a, b }`.
    const def = this.exportsMap.get('default');
    if (def?.fields) for (const [k, f] of def.fields) if (!this.exportsMap.has(k)) addValue(k, f);
    for (const [name, cls] of this.classes) {
      if (!this.exportsMap.has(name)) continue;
      for (const [m, id] of cls.methods) out[`${name}.${m}`] = summaryOf(this, id);
    }
    const response = this.apiRouteResponse();
    if (response && !out.default) out.default = { ...emptySummary('default'), returnsFields: response };
    return out;
  }

  /**
   * A Nuxt `server/api` route's `export default defineEventHandler(…)`: the stored content (rows it
   * read, HTML rendered from them) under each field of the object it answers with, for the pages
   * that fetch it (calls.ts nuxtApiFetch). What the request itself sent is not the page's to render.
   */
  private apiRouteResponse(): Record<string, Taint[]> | undefined {
    if (!this.h3Handlers.size || !/(^|\/)server\/api\//.test(this.input.path)) return undefined;
    const decl = (this.input.program.body as Node[]).find((s) => s.type === 'ExportDefaultDeclaration');
    const call = decl && unwrap(decl.declaration);
    const fn = call?.type === 'CallExpression' && call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    const id = fn && this.h3Handlers.has(fn) ? this.fnByNode.get(fn) ?? this.registerFunction(fn, this.moduleScope) : undefined;
    if (id === undefined) return undefined;
    const out: Record<string, Taint[]> = {};
    for (const [k, taints] of Object.entries(summaryOf(this, id).returnsFields ?? {})) {
      const stored = taints.filter((t) => t.source?.category === 'database' || t.source?.category === 'stored');
      if (stored.length) out[k] = stored;
    }
    return Object.keys(out).length ? out : undefined;
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  newFrame(scope: Scope, fnName: string): Frame {
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
  sinkLoc(at: Node): Location {
    const callee = at.type === 'CallExpression' ? unwrap(at.callee) : undefined;
    if (callee?.type === 'MemberExpression' && this.input.lines.line(callee.property.start) !== this.input.lines.line(at.start)) {
      return { ...this.loc(at), startLine: this.input.lines.line(callee.property.start), startColumn: this.input.lines.column(callee.property.start) };
    }
    return this.loc(at);
  }

  step(node: Node, message: string, kind: TraceStep['kind'] = 'step'): TraceStep {
    return { location: this.loc(node), message, kind };
  }

  source(node: Node, label: string, category: SourceInfo['category'], mayBeObject: boolean, extra: Partial<Value> = {}): Value {
    const info: SourceInfo = { label, category, location: this.loc(node), mayBeObject };
    const t: Taint = { source: info, path: [], sanitized: 0, whole: true, steps: [] };
    return { taints: [t], ...extra };
  }

  registerFunction(node: Node, closure: Scope, nameHint?: string, cls?: ClassInfo): number {
    const existing = this.fnByNode.get(node);
    if (existing !== undefined) {
      this.libraryClosures?.set(existing, closure);
      return existing;
    }
    const id = this.fns.length;
    this.fns.push({ id, node, name: node.id?.name ?? nameHint ?? '(anonymous)', closure, cls });
    this.fnByNode.set(node, id);
    this.libraryClosures?.set(id, closure);
    return id;
  }

  private readonly frameworkUse = new Map<string, boolean>();
  /**
   * Whether this file runs under a framework: it imports one of its modules (`specifiers` holds
   * type-only imports too), or its package declares one of `packages`. Worked out once per file
   * and framework.
   */
  runsUnder(framework: string, modules: RegExp, packages: readonly string[]): boolean {
    let known = this.frameworkUse.get(framework);
    if (known === undefined) {
      known = [...this.input.modules.specifiers].some((s) => modules.test(s)) || packages.some((p) => this.input.declaredRanges?.(p) !== undefined);
      this.frameworkUse.set(framework, known);
    }
    return known;
  }

  text(node: Node): string {
    return this.input.lines.text.slice(node.start, node.end);
  }

  /**
   * Calls to functions of other project files, by link key, and whether any argument carried taint.
   * The link step re-analyses a file only for imports it calls with tainted data (or that return
   * sources), so most files of a large tree are analysed once.
   */
  readonly importCalls = new Map<string, boolean>();
  /** Specifiers the file reads without importing them (a Nuxt page's `/api/…` fetches): link facts' moduleRequests. */
  readonly extraRequests = new Set<string>();
  /** What each local validator's truthy return proves (see functions.ts validatorProof). */
  readonly proofs = new Map<number, { param: number; kinds: number }[] | null>();
  /** What each local throwing validator proves once it returns (see functions.ts assertionProof). */
  readonly assertions = new Map<number, { param: number; kinds: number }[] | null>();
  private regexConstants?: Map<string, { pattern: string; flags: string } | null>;
  /** `const NAME = /…/` (or `new RegExp('…')`) declared once in this file: the regex a guard tests with. */
  regexConstant(name: string): { pattern: string; flags: string } | undefined {
    this.regexConstants ??= this.constantsOf((init) => {
      if (init.type === 'Literal' && init.regex) return { pattern: init.regex.pattern, flags: init.regex.flags ?? '' };
      if ((init.type === 'NewExpression' || init.type === 'CallExpression') && init.callee.type === 'Identifier' && init.callee.name === 'RegExp') {
        const p = stringValue(init.arguments[0]);
        const f = init.arguments[1] ? stringValue(init.arguments[1]) : '';
        if (p !== undefined && f !== undefined) return { pattern: p, flags: f };
      }
      return undefined;
    });
    return this.regexConstants.get(name) ?? undefined;
  }

  private stringLists?: Map<string, string[] | null>;
  /** `const NAME = ['a', 'b']` (or `new Set([…])`) declared once in this file: the strings a guard looks the value up in. */
  stringList(name: string): string[] | undefined {
    this.stringLists ??= this.constantsOf((init) => {
      const list = init.type === 'NewExpression' && init.callee.type === 'Identifier' && init.callee.name === 'Set' && init.arguments[0] ? unwrap(init.arguments[0]) : init;
      if (list.type !== 'ArrayExpression') return undefined;
      const items = list.elements.map((x: Node | null) => (x ? stringValue(x) : undefined));
      return items.some((x: string | undefined) => x === undefined) ? undefined : (items as string[]);
    });
    return this.stringLists.get(name) ?? undefined;
  }

  /** Variables of this file initialised with what `read` recognises; a name bound twice is null. */
  private constantsOf<T>(read: (init: Node) => T | undefined): Map<string, T | null> {
    const found = new Map<string, T | null>();
    walk(this.input.program, [{
      VariableDeclarator(d) {
        if (d.id.type !== 'Identifier' || !d.init) return;
        const v = read(unwrap(d.init));
        if (v !== undefined) found.set(d.id.name, found.has(d.id.name) ? null : v);
      },
      // `exports.NAME = …` (compiled TypeScript's `export const`), kept as `exports.NAME`.
      AssignmentExpression(a) {
        if (a.operator !== '=') return;
        const m = /^(?:module\.)?exports\.([\w$]+)$/.exec(memberPath(a.left) ?? '');
        const v = m ? read(unwrap(a.right)) : undefined;
        if (m && v !== undefined) found.set(`exports.${m[1]}`, found.has(`exports.${m[1]}`) ? null : v);
      },
    }]);
    return found;
  }

  /** Listeners registered on other files' emitters (`bus.on('x', fn)`), by link key (calls.ts listenerKey). */
  readonly listeners: { key: string; fn: number }[] = [];
  /** What a modelled callback returned, by the call it was passed to (`arr.map(cb)` → cb's value). */
  readonly callbackReturns = new Map<Node, Value>();
  /** `new Promise(executor)` calls: the values the executor's `resolve` was called with. */
  readonly promiseResolves = new Map<Node, Value[]>();
  /** Response calls a later link of their chain declares non-HTML (`h.response(x).type('application/json')`). */
  readonly nonHtmlResponses = new WeakSet<Node>();
  /** `this.x = function…` inside a plain (constructor) function, by that function's id. */
  readonly thisMembers = new Map<number, Map<string, number>>();
  /**
   * A factory's returned object of closures (`return { find(q) { … } }`), by the factory's id: its
   * methods are published as `factory().find` for files that call the factory and then the method.
   */
  readonly returnedMethods = new Map<number, Map<string, number>>();
  /** The library object (API path) a function returns or resolves to (summaryOf), published as `name()` for other files. */
  readonly returnedApis = new Map<number, string>();
  /**
   * A factory's returned function (`return (req, res) => …`), by the factory's id: what a call of
   * the factory gives is that function (awaited: through the promise of an async factory).
   */
  readonly returnedFunctions = new Map<number, { fn: number; awaited: boolean }>();
  /** Mongoose schemas' static methods by the schema's variable name (mongoose-statics.ts). */
  readonly schemaStatics = new Map<string, Map<string, number>>();
  /** What `this` is in functions called with a known receiver (a mongoose static: its model), by id. */
  readonly thisValues = new Map<number, Value>();
  /** Render calls and view settings, joined with the view files by rules/view-xss.ts. */
  readonly views: ViewFacts = newViewFacts();
  /**
   * Fields a middleware stores on the request from request data (`req.tenant = req.headers['x-tenant']`),
   * with the data's taints: handlers anywhere that read `req.tenant` read that data (link.ts).
   */
  readonly requestFieldsSet = new Map<string, Taint[]>();
  /** Imported handlers registered on routes here: link key → fields the route's validation narrows (CodeFacts.handlerRoutes). */
  readonly handlerRoutes = new Map<string, string[]>();
  /** Fields of the request this file reads that are not the framework's own (`req.tenant`). */
  readonly requestFieldReads = new Set<string>();
  /** `window.portal = {…}`, `window.portal.param = function…` in a classic script: the page's globals it defines. */
  readonly windowGlobals = new Map<string, Value>();
}
