/**
 * The JS/TS code analyzer: one parse per file, then every pattern rule walks that one tree and the
 * taint engine runs once for all taint rules. Cross-file flows use the link step: each file
 * publishes summaries of its exports, and files that import them are analysed again with them.
 */
import { type FileAnalyzer, type FileResult, type SourceFile, UNREAD } from '../analyzer.js';
import type { RawFinding } from '../../findings/finding.js';
import { parseSuppressions, type Suppression } from '../../findings/suppressions.js';
import { maskValue } from '../../findings/redact.js';
import { isCodeKind } from '../../pipeline/file-kinds.js';
import { type Node, walk, unwrap, stringValue, type Visitor, releaseSubtreeIndex } from './frontend/js/ast.js';
import { type LineIndex, NestingTooDeepError, parseJs } from './frontend/js/parse.js';
import { type ModuleTable, importedPackages, isRelativeSpecifier, jsDocTypePackages, modulesVisitor, qualifiedName } from './frontend/js/modules.js';
import { type Flow, TaintEngine } from './taint/engine.js';
import { lazyDeclaredRanges } from './models/patched-libraries.js';
import { lazyDeclaredHiddenMembers } from './sibling-declarations.js';
import type { CodeFacts, LinkInput } from './taint/summaries.js';
import type { CodeRuleContext } from './rule-api.js';
import { CODE_RULES } from './rules/index.js';
import { FirstPassLinker, type LinkState, inputCovers, linkCodeFacts, newLinkState } from './link.js';
import { esmExports, importSpecifiers, reexportSpecifiers } from './import-specifiers.js';
import { collectReexports } from './reexports.js';
import { indirectCallsVisitor } from './frontend/js/indirect-calls.js';
import { type ModelsConfig, apiModels } from './models/apis.js';
import { readPathAliases } from './tsconfig-paths.js';
import { nuxtApiRequests, svelteKitLoadModules } from './models/sources.js';
import { collectRateLimitFacts, missingRateLimitMeta } from './rules/missing-rate-limit.js';
import { collectCsrfFacts, csrfMeta } from './rules/csrf.js';
import { collectHttpServerFacts, plainHttpServerMeta } from './rules/plain-http-server.js';
import { collectWeakHashFacts, weakPasswordHash } from './rules/weak-password-hash.js';
import { collectRandomHelperFacts, insecureRandomness } from './rules/insecure-randomness.js';
import { collectYamlLoadFacts, unsafeDeserialization } from './rules/unsafe-deserialization.js';
import { type RawOutput, TemplateSyntaxError, TemplateTooLargeError, htmlViewReadings, isHtmlView, rawOutputs, templateEngineOf, templateIncludes } from './frontend/templates/outputs.js';
import type { TemplateFacts } from './rules/view-xss.js';
import type { VirtualModule } from './frontend/components/virtual.js';
import { ComponentSyntaxError, vueModule } from './frontend/components/vue.js';
import { svelteModule } from './frontend/components/svelte.js';
import { hasInlineScript, htmlModule } from './frontend/components/html.js';

export const CODE_ANALYZER_ID = 'code';

export const codeAnalyzer: FileAnalyzer = {
  id: CODE_ANALYZER_ID,
  rules: CODE_RULES.map((r) => r.meta),
  // Declaration files hold types only: no code runs from them.
  appliesTo: (file) => (isCodeKind(file.kind) && !/\.d\.[mc]?ts$/.test(file.path)) || templateEngineOf(file.path) !== undefined || isHtmlView(file.path) || COMPONENT_FILE.test(file.path),
  analyzeFile: (file, config, linkInput, keep) => {
    if (templateEngineOf(file.path)) return analyzeTemplate(file);
    if (isHtmlView(file.path)) return analyzeHtmlPage(file, linkInput as LinkInput | undefined, config?.models as ModelsConfig | undefined);
    if (COMPONENT_FILE.test(file.path)) return analyzeComponent(file, linkInput as LinkInput | undefined, config?.models as ModelsConfig | undefined);
    return analyzeJs(file, linkInput as LinkInput | undefined, config?.models as ModelsConfig | undefined, undefined, keep);
  },
  keepState: (budgetChars) => keepPreparedFiles(budgetChars),
  // Read by link.ts only; the project rules read routes, imports and the rest.
  linkOnlyFacts: ['exports', 'importCalls', 'reexports', 'exportRefs', 'listeners', 'requestFields', 'requestFieldReads', 'definesGlobals', 'graphqlAnyValueArgs', 'graphqlScalarArgs', 'resolverFields', 'libraryApiRoots'],
  dropState: (paths) => dropPreparedFiles(paths),
  link: (facts, ctx) => {
    const codeFacts = facts as unknown as Map<string, CodeFacts>;
    // The rounds of one scan pass the same context and facts map: resolution and aliases carry over.
    let state = linkStates.get(ctx);
    if (!state || state.known.size !== codeFacts.size) {
      state = newLinkState(codeFacts.keys(), readPathAliases(ctx.root, ctx.files));
      linkStates.set(ctx, state);
    }
    return linkCodeFacts(codeFacts, state, ctx.root);
  },
  firstPass: (ctx, analysed, readText) => {
    // The same state serves the rounds that follow (when every analysed file gave facts).
    const state = newLinkState(analysed, readPathAliases(ctx.root, ctx.files));
    linkStates.set(ctx, state);
    const specs = new Map<string, string[]>();
    for (const path of analysed) {
      const text = readText(path);
      const found = text ? [...importSpecifiers(text), ...svelteKitLoadModules(path), ...nuxtApiRequests(path, text)] : [];
      if (found.length) specs.set(path, found);
    }
    // (Read again, once, for the files a library's entry modules lead to.)
    const reread = new Map<string, string>();
    const textOf = (path: string): string => {
      let text = reread.get(path);
      if (text === undefined) reread.set(path, (text = readText(path) ?? ''));
      return text;
    };
    const linker = new FirstPassLinker(state, ctx.root, specs, (path) => (specs.has(path) ? reexportSpecifiers(textOf(path)) : []), (path) => (specs.has(path) ? esmExports(textOf(path)) : { reexports: [], exportRefs: {} }));
    reread.clear();
    const imports = new Map<string, string[]>();
    for (const [path, found] of specs) imports.set(path, linker.targets(path, found));
    return {
      imports,
      inputFor: (path, view, inCycle) => linker.inputFor(path, view as (p: string) => CodeFacts | undefined | typeof UNREAD, inCycle),
      covers: (before, after, facts) => inputCovers(before as LinkInput | undefined, after as LinkInput | undefined, facts as CodeFacts | undefined),
    };
  },
};

const linkStates = new WeakMap<object, LinkState>();

/**
 * An `.html` file may be a server-side view (an engine registered for `.html`: js/view-xss) and a
 * page with inline scripts (analysed as a component): both readings, one result.
 */
function analyzeHtmlPage(file: SourceFile, linkInput?: LinkInput, userModels?: ModelsConfig): FileResult {
  const view = analyzeHtmlView(file);
  // Generated pages (reports, docs) are large; hand-written pages with inline scripts are not.
  if (file.text.length > MAX_HTML_VIEW_BYTES || !hasInlineScript(file.text)) return view;
  const page = analyzeComponent(file, linkInput, userModels);
  return { ...page, facts: { ...page.facts, ...view.facts } };
}

/** Vue and Svelte components, and HTML pages (for their inline scripts). */
const COMPONENT_FILE = /\.(vue|svelte|html?)$/i;

/**
 * A component file: its scripts and the template expressions that write HTML or URLs become one
 * virtual module (frontend/components), analysed like any JS/TS file with findings located in the
 * component. HTML pages without inline scripts cost one regex test.
 */
export function analyzeComponent(file: SourceFile, linkInput?: LinkInput, userModels?: ModelsConfig): FileResult {
  const html = /\.html?$/i.test(file.path);
  if (html && !hasInlineScript(file.text)) return { findings: [], notices: [] };
  let virtual: VirtualModule;
  try {
    virtual = /\.vue$/i.test(file.path) ? vueModule(file.text, file.path) : /\.svelte$/i.test(file.path) ? svelteModule(file.text, file.path) : htmlModule(file.text);
  } catch (err) {
    const line = err instanceof ComponentSyntaxError && err.line ? ` at line ${err.line}` : '';
    return { findings: [], notices: [{ path: file.path, level: 'error', analyzer: CODE_ANALYZER_ID, reason: `component syntax error${line}: ${(err as Error).message.split('\n')[0]}` }] };
  }
  const analysed = analyzeJs(file, linkInput, userModels, virtual);
  // Names the generated code gives a component's members read as the component's own in messages.
  const named = (m: string) => m.replace(/_\$vm_ref_([$\w]+)/g, '$1').replace(/_\$vm_([$\w]+)/g, 'this.$1');
  const result = { ...analysed, findings: analysed.findings.map((f) => ({ ...f, message: named(f.message), ...(f.trace ? { trace: f.trace.map((s) => ({ ...s, message: named(s.message) })) } : {}) })) };
  // Inline scripts of a page may be server-side templated (`{{ data | json }}`): not ours to fail on.
  if (html) return { ...result, notices: result.notices.map((n) => (n.level === 'error' ? { ...n, level: 'skipped' as const, reason: `inline script not analysed: ${n.reason}` } : n)) };
  return result;
}

/** What pass 1 learns from a file that no link input can change: its tree, imports, pattern findings, facts. */
interface PreparedJs {
  text: string;
  program: Node;
  lineIndex: LineIndex;
  modules: ModuleTable;
  constants: Map<string, string | number | boolean>;
  sups: ReturnType<typeof parseSuppressions>;
  /** Pattern rules' and fact collectors' findings, in the order they were reported. */
  findings: RawFinding[];
  /** Template sinks of a component's virtual module. */
  templateSinks: VirtualModule['sinks'] | undefined;
  facts: Pick<CodeFacts, 'imports' | 'moduleRequests' | 'reexports'> & Record<string, unknown>;
  ctxFor: (ruleId: string, sink: RawFinding[]) => CodeRuleContext;
}

/**
 * Parse once (issue 14): a worker keeps the prepared state of files that may be analysed again
 * with link input, so a link round reruns only the taint engine on the kept tree. Bounded by the
 * source size kept (the tree costs about 15× the source); a file that was not kept is prepared
 * again, with the same result.
 */
const kept = new Map<string, PreparedJs>();
let keepBudget = 0;
let keptChars = 0;

/** Keep prepared files up to `budgetChars` of source (0: keep none and drop what is kept). */
export function keepPreparedFiles(budgetChars: number): void {
  keepBudget = budgetChars;
  if (budgetChars === 0) dropPreparedFiles();
}

/** The files whose prepared state this worker keeps (for tests and timings). */
export function keptPreparedFiles(): string[] {
  return [...kept.keys()];
}

/** Forget kept files (all when no paths are given). */
export function dropPreparedFiles(paths?: Iterable<string>): void {
  if (!paths) {
    kept.clear();
    keptChars = 0;
    return;
  }
  for (const p of paths) {
    const k = kept.get(p);
    if (!k) continue;
    keptChars -= k.text.length;
    kept.delete(p);
  }
}

export function analyzeJs(file: SourceFile, linkInput?: LinkInput, userModels?: ModelsConfig, virtual?: VirtualModule, keep = false): FileResult {
  let prepared = kept.get(file.path);
  if (prepared && prepared.text !== file.text) {
    dropPreparedFiles([file.path]);
    prepared = undefined;
  }
  if (prepared) return finishJs(file, prepared, linkInput, userModels);
  const p = prepareJs(file, virtual);
  if ('notices' in p) return p;
  const result = finishJs(file, p, linkInput, userModels);
  // Only a file that calls into another file of the project can receive link input (library entry
  // modules and files importing through tsconfig aliases, the exceptions, are prepared again).
  const calls = (result.facts as unknown as CodeFacts).importCalls ?? {};
  if (keep && keepBudget > 0 && keptChars + file.text.length <= keepBudget && Object.keys(calls).some(isProjectLinkKey)) {
    kept.set(file.path, p);
    keptChars += file.text.length;
  }
  return result;
}

const isProjectLinkKey = (key: string) => key.startsWith('.') || key.startsWith('/') || key.startsWith('@/') || key.startsWith('~/');

function prepareJs(file: SourceFile, virtual: VirtualModule | undefined): PreparedJs | FileResult {
  let parsed;
  try {
    parsed = virtual ? parseJs(file.path, virtual.text, virtual.lang, virtual.lines) : parseJs(file.path, file.text);
  } catch (err) {
    const reason = err instanceof NestingTooDeepError ? err.message : `parser failed: ${(err as Error).message.split('\n')[0]}`;
    return { findings: [], notices: [{ path: file.path, level: 'error', analyzer: CODE_ANALYZER_ID, reason }] };
  }
  if (parsed.error) {
    return {
      findings: [],
      notices: [{ path: file.path, level: 'error', analyzer: CODE_ANALYZER_ID, reason: `syntax error at line ${parsed.error.line}: ${parsed.error.message}` }],
    };
  }
  const { program, lineIndex } = parsed;
  // One walk collects imports and constants for everything that follows.
  const modules: ModuleTable = { bindings: new Map(), specifiers: new Set() };
  const constants = new Map<string, string | number | boolean>();
  const firstVisitors = [modulesVisitor(modules), constantsVisitor(constants)];
  // (TypeScript's compiled `(0, mod_1.fn)(…)` calls are read as `mod_1.fn(…)` from here on.)
  if (file.text.includes('(0,')) firstVisitors.unshift(indirectCallsVisitor());
  walk(program, firstVisitors);
  // Only a file that has a suppression comment is split into lines (no line has one otherwise).
  const sups = file.text.includes('vouch-ignore[') ? parseSuppressions(file.text.split(/\r?\n/)) : new Map<number, Suppression>();

  // Rules ask for the same callees' qualified names again and again; the import table is complete
  // after the first walk, so each node's name is worked out once per file.
  const qualifiedNames = new Map<Node, string | undefined>();
  const qualifiedOnce = (node: Node): string | undefined => {
    if (qualifiedNames.has(node)) return qualifiedNames.get(node);
    const q = qualifiedName(node, modules);
    qualifiedNames.set(node, q);
    return q;
  };
  const ctxFor = (ruleId: string, findings: RawFinding[]): CodeRuleContext => ({
    path: file.path,
    text: virtual?.text ?? file.text,
    lines: lineIndex,
    program,
    modules,
    qualifiedName: qualifiedOnce,
    constantValue: (node) => constantValue(node, constants),
    source: (node) => (virtual?.text ?? file.text).slice(node.start, node.end),
    report: (node, message, opts) => {
      const end = opts?.endNode ?? node;
      const endOffset = Math.max(node.start, end.end - 1);
      findings.push({
        ruleId,
        message,
        location: {
          path: file.path,
          startLine: lineIndex.line(node.start),
          startColumn: lineIndex.column(node.start),
          endLine: lineIndex.line(endOffset),
          endColumn: lineIndex.column(endOffset) + 1,
        },
        ...(opts?.severity ? { severity: opts.severity } : {}),
        ...(opts?.confidence ? { confidence: opts.confidence } : {}),
        ...(opts?.redact?.length ? { snippet: maskedSnippet(file.text, node.start, endOffset, opts.redact) } : {}),
      });
    },
  });

  // Pattern rules: one walk with every rule's visitors. They do not read link input.
  const findings: RawFinding[] = [];
  const visitors: Visitor[] = [];
  for (const rule of CODE_RULES) if (rule.pattern) visitors.push(rule.pattern.create(ctxFor(rule.meta.id, findings)));
  if (visitors.length) walk(program, visitors);

  const facts = {
    imports: importedPackages(modules),
    // Read by deps/unused-dependency only: computed requires and type-only references also use a package.
    ...(modules.prefixes ? { importPrefixes: [...modules.prefixes].sort() } : {}),
    ...(() => { const t = jsDocTypePackages(file.text); return t.length ? { typeImports: t } : {}; })(),
    // Bare specifiers too: tsconfig `paths` aliases look like packages (`@app/db`); the link step decides.
    // (A SvelteKit page reads its sibling `load` module without importing it.)
    moduleRequests: [...[...modules.specifiers].filter((s) => !s.startsWith('node:')), ...svelteKitLoadModules(file.path)],
    reexports: collectReexports(program),
    // Auth routes and rate limiters, joined across files by js/missing-rate-limit (project-rules.ts).
    ...collectRateLimitFacts(program, ctxFor(missingRateLimitMeta.id, findings)),
    // Cookie sessions, form routes and CSRF defences, joined per package by js/csrf (project-rules.ts).
    ...collectCsrfFacts(ctxFor(csrfMeta.id, findings)),
    // Plain HTTP servers and TLS hints, joined with the auth routes per package by js/plain-http-server.
    ...collectHttpServerFacts(ctxFor(plainHttpServerMeta.id, findings)),
    // Fast-hash helpers and calls that hand a password to a helper in another file (js/weak-password-hash).
    ...collectWeakHashFacts(ctxFor(weakPasswordHash.meta.id, findings)),
    // Math.random() helpers and calls that make a secret of another file's helper (js/insecure-randomness).
    ...collectRandomHelperFacts(ctxFor(insecureRandomness.meta.id, findings)),
  };
  return { text: file.text, program, lineIndex, modules, constants, sups, findings, templateSinks: virtual?.sinks, facts, ctxFor };
}

/**
 * A classic browser script: plain `.js` with no import, require or export of any kind. Such files
 * share the page's global scope (see GLOBAL_SPEC).
 */
function isClassicScript(path: string, text: string, modules: ModuleTable): boolean {
  return path.endsWith('.js') && modules.specifiers.size === 0 && modules.bindings.size === 0 && !/\b(module\.exports|exports\.[\w$]+\s*=|export\s|import\s*[\w{*(]|require\s*\()/.test(text);
}

/** Severity of a flow from an exported function's parameter (issue 13 §5). */
function librarySeverity(flow: Flow): 'medium' | 'low' {
  return flow.kind === 'redos' && flow.sink.backtracking !== undefined && flow.sink.backtracking !== 'exponential' ? 'low' : 'medium';
}

/** The taint engine with this round's link input, joined with what pass 1 found. */
function finishJs(file: SourceFile, p: PreparedJs, linkInput: LinkInput | undefined, userModels: ModelsConfig | undefined): FileResult {
  const { program, lineIndex, modules, sups } = p;
  const findings: RawFinding[] = [];

  // Taint rules: one engine run for all of them.
  const engine = new TaintEngine({
    path: file.path,
    program,
    lines: lineIndex,
    modules,
    linkInput,
    classicScript: isClassicScript(file.path, p.text, modules),
    models: apiModels(userModels),
    declaredRanges: lazyDeclaredRanges(file.absPath, file.path),
    declaredHidden: lazyDeclaredHiddenMembers(file.absPath),
    ...(p.templateSinks ? { templateSinks: p.templateSinks } : {}),
    suppressionAt: (line) => {
      for (const l of [line, line - 1]) {
        const s = sups.get(l);
        if (s) return { ruleIds: s.ruleIds, reason: s.reason, line: s.line };
      }
      return undefined;
    },
  });
  engine.run();
  for (const rule of CODE_RULES) {
    const t = rule.taint;
    if (!t) continue;
    for (const flow of engine.flows) {
      if (!t.kinds.includes(flow.kind)) continue;
      if (t.accept && !t.accept(flow)) continue;
      const external = flow.sink.location.path !== file.path;
      const sup = external && flow.sink.suppression && flow.sink.suppression.ruleIds.some((p) => p === rule.meta.id || (p.endsWith('*') && rule.meta.id.startsWith(p.slice(0, -1))))
        ? { reason: flow.sink.suppression.reason, line: flow.sink.suppression.line }
        : undefined;
      // Library parameters: the caller may well pass trusted values; medium by default (issue 13 §5),
      // low for a polynomial regex (slow only on long input, which callers commonly bound).
      // Fetched content and markdown of stored content (stored XSS): whether another user wrote it is not visible here; medium.
      const severity = flow.source.category === 'library' ? librarySeverity(flow) : flow.source.category === 'remote' || flow.source.category === 'stored' || flow.source.category === 'database' ? 'medium' : t.severity?.(flow);
      const model = userModelOf(flow);
      findings.push({
        ruleId: rule.meta.id,
        message: model ? `${t.message(flow)} [${model.note}]` : t.message(flow),
        location: flow.sink.location,
        trace: flow.steps,
        fingerprintHint: flow.sink.context,
        ...(severity ? { severity } : {}),
        ...(flow.sink.confidence === 'low' ? { confidence: 'low' as const } : flow.audit || flow.source.category === 'remote' || flow.source.category === 'stored' || flow.source.category === 'database' ? { confidence: 'medium' as const } : {}),
        ...(external ? { snippet: flow.sink.snippet ?? '' } : {}),
        ...(sup ? { externalSuppression: sup } : {}),
        ...(model ? { properties: { userModel: model.properties } } : {}),
      });
    }
  }
  // Pattern findings after taint findings (dedupe keeps the first of equal severity).
  findings.push(...p.findings);

  const { imports, moduleRequests, reexports, ...collected } = p.facts;
  const facts: CodeFacts = {
    imports,
    moduleRequests: engine.extraRequests.size ? [...moduleRequests, ...engine.extraRequests] : moduleRequests,
    exports: engine.exportedSummaries(),
    importCalls: Object.fromEntries(engine.importCalls),
    reexports,
    ...(engine.listeners.length ? { listeners: engine.listenerSummaries() } : {}),
    ...(Object.keys(engine.exportRefs).length ? { exportRefs: engine.exportRefs } : {}),
    ...(engine.requestFieldsSet.size ? { requestFields: Object.fromEntries(engine.requestFieldsSet) } : {}),
    ...(engine.handlerRoutes.size ? { handlerRoutes: Object.fromEntries(engine.handlerRoutes) } : {}),
    ...(engine.requestFieldReads.size ? { requestFieldReads: [...engine.requestFieldReads] } : {}),
    ...(Object.keys(engine.graphqlAnyValueArgs).length ? { graphqlAnyValueArgs: engine.graphqlAnyValueArgs } : {}),
    ...(Object.keys(engine.graphqlScalarArgs).length ? { graphqlScalarArgs: engine.graphqlScalarArgs } : {}),
    ...(engine.resolverFields.size ? { resolverFields: [...new Set(engine.resolverFields.values())] } : {}),
    ...(engine.pageGlobals().size ? { definesGlobals: true } : {}),
    ...(engine.libraryApiRoots ? { libraryApiRoots: engine.libraryApiRoots } : {}),
    ...collected,
    // js-yaml load() calls: unsafe or not by the js-yaml version the package depends on (project-rules.ts).
    ...collectYamlLoadFacts(p.ctxFor(unsafeDeserialization.meta.id, findings), new Set(engine.flows.filter((f) => f.kind === 'deserialization' && f.sink.location.path === file.path).map((f) => f.sink.location.startLine))),
    // Render calls and view settings, joined with view files by js/view-xss.
    ...(engine.views.renders.length || engine.views.settings.dirs.length || engine.views.settings.engine || engine.views.escapedFields ? { views: engine.views } : {}),
  };
  // The subtree walks' indexes and the walk's last record go: a tree kept for link rounds does not
  // carry them, and the next file does not keep this one alive.
  releaseSubtreeIndex(program);
  return { findings: dedupe(findings), notices: [], facts: facts as unknown as Record<string, unknown> };
}

/**
 * A server-side view file: its unescaped outputs become facts; whether they write request data is
 * decided with the render calls of the whole project (rules/view-xss.ts). A file that does not
 * parse is a scan error with its path.
 */
export function analyzeTemplate(file: SourceFile): FileResult {
  try {
    const lines = file.text.split(/\r?\n/);
    const withSnippet = (outputs: RawOutput[]) => outputs.map((o) => ({ ...o, snippet: (lines[o.line - 1] ?? '').slice(0, 240) }));
    const engine = templateEngineOf(file.path)!;
    const template: TemplateFacts = { engine, outputs: withSnippet(rawOutputs(file.path, file.text)) };
    // An environment configured with `autoescape: false` makes every plain output raw (decided in the project join).
    if (engine === 'nunjucks' && file.text.includes('{{')) template.readings = { 'nunjucks-autoescape-off': withSnippet(rawOutputs(file.path, file.text, engine, true)) };
    const includes = templateIncludes(file.text, engine);
    if (includes.length) template.includes = includes;
    return { findings: [], notices: [], facts: { template } as unknown as Record<string, unknown> };
  } catch (err) {
    if (err instanceof TemplateTooLargeError) return { findings: [], notices: [{ path: file.path, level: 'skipped', analyzer: CODE_ANALYZER_ID, reason: err.message }] };
    const line = err instanceof TemplateSyntaxError && err.line ? ` at line ${err.line}` : '';
    return { findings: [], notices: [{ path: file.path, level: 'error', analyzer: CODE_ANALYZER_ID, reason: `template syntax error${line}: ${(err as Error).message.split('\n')[0]}` }] };
  }
}

/** An `.html` file: a view only if an app registers an engine for `.html`; its readings under each candidate engine. */
function analyzeHtmlView(file: SourceFile): FileResult {
  if (file.text.length > MAX_HTML_VIEW_BYTES || !/<%|\{[{%]/.test(file.text)) return { findings: [], notices: [], facts: {} };
  const lines = file.text.split(/\r?\n/);
  const readings = Object.fromEntries(Object.entries(htmlViewReadings(file.path, file.text)).map(([k, outs]) => [k, outs.map((o) => ({ ...o, snippet: (lines[o.line - 1] ?? '').slice(0, 240) }))]));
  const includes = templateIncludes(file.text);
  if (!Object.values(readings).some((outs) => outs.length) && !includes.length) return { findings: [], notices: [], facts: {} };
  const template: TemplateFacts = { engine: 'html', outputs: [], readings, ...(includes.length ? { includes } : {}) };
  return { findings: [], notices: [], facts: { template } as unknown as Record<string, unknown> };
}
/** Generated or documentation pages are larger than hand-written views; they are not read as views. */
const MAX_HTML_VIEW_BYTES = 256 * 1024;

/** One finding per rule and line: taint findings come first; the most severe one wins. */
/** A flow whose sink or source is one of the user's `models:` rows says so (message and properties). */
function userModelOf(flow: Flow): { note: string; properties: { sink?: string; source?: string } } | undefined {
  const sink = flow.sink.model;
  const source = flow.source.model;
  if (!sink && !source) return undefined;
  const parts = [...(sink ? [`sink from your model ${sink}`] : []), ...(source ? [`source from your model ${source}`] : [])];
  return { note: `${parts.join('; ')} in .vouch.yml`, properties: { ...(sink ? { sink } : {}), ...(source ? { source } : {}) } };
}

function dedupe(findings: RawFinding[]): RawFinding[] {
  const rank: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
  const byKey = new Map<string, RawFinding>();
  for (const f of findings) {
    const key = `${f.ruleId}|${f.location.path}|${f.location.startLine}`;
    const prev = byKey.get(key);
    // Equal severity: the finding an API path confirmed beats the one a receiver's name suggested.
    const sure = (x: RawFinding) => (x.confidence === 'low' ? 0 : x.confidence === 'medium' ? 1 : 2);
    if (!prev || (f.severity && prev.severity && rank[f.severity]! > rank[prev.severity]!) || (f.severity === prev.severity && sure(f) > sure(prev))) byKey.set(key, f);
  }
  return [...byKey.values()];
}

/** `const NAME = literal` bindings; a name bound twice to different values is dropped. */
function constantsVisitor(out: Map<string, string | number | boolean>): Visitor {
  const conflicting = new Set<string>();
  return {
    VariableDeclarator(node) {
      if (node.id.type !== 'Identifier' || !node.init) return;
      const name = node.id.name as string;
      if (conflicting.has(name)) return;
      const init = unwrap(node.init);
      const v = init.type === 'Literal' && (typeof init.value === 'string' || typeof init.value === 'number' || typeof init.value === 'boolean')
        ? init.value
        : stringValue(init);
      if (v === undefined || (out.has(name) && out.get(name) !== v)) {
        conflicting.add(name);
        out.delete(name);
        return;
      }
      out.set(name, v);
    },
  };
}

function constantValue(node: Node | undefined, constants: Map<string, string | number | boolean>): string | number | boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal' && (typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean')) return n.value;
  const s = stringValue(n);
  if (s !== undefined) return s;
  if (n.type === 'Identifier') return constants.get(n.name);
  return undefined;
}

/** The reported lines (at most 5, 240 characters each) with the given string literals' contents masked. */
function maskedSnippet(text: string, start: number, end: number, literals: Node[]): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const to = newline < 0 ? text.length : newline;
  let out = text.slice(from, to);
  const inside = literals.filter((n) => n.start >= from && n.end <= to).sort((a, b) => b.start - a.start);
  for (const n of inside) {
    const body = text.slice(n.start + 1, n.end - 1);
    out = out.slice(0, n.start + 1 - from) + maskValue(body) + out.slice(n.end - 1 - from);
  }
  return out.split(/\r?\n/).slice(0, 5).map((l) => (l.length > 240 ? l.slice(0, 240) + '…' : l)).join('\n');
}

