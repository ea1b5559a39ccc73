/**
 * Server-side views: which render calls pass request data to which view file, per locals key.
 * The view files themselves are read by `frontend/templates`; `rules/view-xss.ts` joins both
 * across the project. Also here: request objects passed whole as render options (SSTI-like
 * option injection: EJS `settings`/`outputFunctionName`, Pug `pretty`/`self`).
 */
import type { TraceStep } from '../../../findings/finding.js';
import { type Node, propertyName, stringValue, unwrap, isNode } from '../frontend/js/ast.js';
import type { TemplateEngine } from '../frontend/templates/outputs.js';
import { type CallSite, isResponse } from '../models/sinks.js';
import { EMPTY, SINK_KINDS, type Taint, type Value, allTaints, isTainted, liveTaints, readField, union, withStep } from './values.js';
import { type FunctionSummary, type ParamView, addParamView } from './summaries.js';
import { emit, sourceDescription } from './sinks.js';
import type { Frame } from './frames.js';
import type { TaintEngine } from './engine.js';
import { evaluate } from './expressions.js';

/** How a render call names its view. */
export type ViewRef =
  /** `res.render('admin/users')`: a name looked up in the app's views directory with the engine's extension. */
  | { kind: 'name'; name: string }
  /**
   * `pug.renderFile(path.join(dir, 'snippet.pug'))`, `env.render('digest.njk')`: a file found by its
   * trailing path; with a `*` (`*.hbs` from `` `${name}.hbs` ``), any file of that pattern.
   */
  | { kind: 'file'; file: string };

export interface KeyTrace {
  source: string;
  steps: TraceStep[];
  /** Rows read from the database (not request data): reported only for fields users write (rules/view-xss.ts). */
  stored?: true;
  /** The field of a stored row the local holds itself (`{ name: order.attendeeName }` → `attendeeName`). */
  field?: string;
}

export interface ViewRender {
  ref: ViewRef;
  /** `res.render()`, `env.render()`. */
  label: string;
  line: number;
  /** Locals keys that carry request data, with the trace from the source to the render call. */
  keys: Record<string, KeyTrace>;
  /**
   * Of those keys whose value is an object (or array of objects) of known shape, each field: its
   * trace, or null when that field is clean (`{ bodyHtml: marked(x), replyHtml: sanitizeHtml(…) }`).
   */
  fields?: Record<string, Record<string, KeyTrace | null>>;
  /** Every key may be request data: the locals object is (a spread of) a request object. */
  all?: KeyTrace;
}

/**
 * App-level view settings: `app.set('views', …)`, `app.set('view engine', 'pug')`, the engines an app
 * registers for extensions (`app.engine('html', require('ejs').renderFile)`), and engines configured
 * not to escape (`swig.setDefaults({ autoescape: false })`, `nunjucks.configure(dir, { autoescape: false })`).
 */
export interface ViewSettings { dirs: string[]; engine?: string; engines?: Record<string, TemplateEngine>; autoescapeOff?: TemplateEngine[] }

/** The engine a render function belongs to, from how it is written: `cons.swig`, `ejs.renderFile`, `exphbs.engine()`. */
function engineNamed(text: string): TemplateEngine | undefined {
  if (/\b(ejs)\b/i.test(text)) return 'ejs';
  if (/\b(swig|nunjucks)\b/i.test(text)) return 'nunjucks';
  if (/\b(pug|jade)\b/i.test(text)) return 'pug';
  if (/(handlebars|hbs)/i.test(text)) return 'handlebars';
  if (/\b(mustache|hogan)\b/i.test(text)) return 'mustache';
  return undefined;
}

/** `{ autoescape: false }` among a configuration call's arguments. */
function disablesAutoescape(args: Node[]): boolean {
  return args.some((a) => {
    const n = unwrap(a);
    return n.type === 'ObjectExpression' && n.properties.some((p: Node) => p.type === 'Property' && propertyName(p) === 'autoescape' && unwrap(p.value).type === 'Literal' && unwrap(p.value).value === false);
  });
}

export interface ViewFacts {
  renders: ViewRender[];
  settings: ViewSettings;
  /**
   * Field names this file stores user data under escaped for HTML on the way in (`{ html:
   * sanitizeHtml(marked(body)) }`, `post.html = DOMPurify.sanitize(html)`): a view writing such a
   * field of a stored row raw writes what was cleaned before it was saved (rules/view-xss.ts).
   */
  escapedFields?: string[];
}

const MAX_ESCAPED_FIELDS = 64;

/** An object property or member assignment: note it when it holds user data (or a caller's) escaped for HTML. */
export function noteFieldWrite(e: TaintEngine, name: string, value: Value): void {
  // (Runs for every property written: only a value whose own taints are all escaped for HTML, as a
  // sanitiser returns it, is looked at further.)
  if (value.taints.length === 0 || value.taints.some((t) => (t.sanitized & SINK_KINDS.xss) === 0)) return;
  const taints = allTaints(value).filter((t) => (t.source ? t.source.category === 'request' || t.source.category === 'stored' : t.param !== undefined));
  if (taints.length === 0 || taints.some((t) => (t.sanitized & SINK_KINDS.xss) === 0)) return;
  const list = (e.views.escapedFields ??= []);
  if (list.length < MAX_ESCAPED_FIELDS && !list.includes(name)) list.push(name);
}

const TEMPLATE_FILE = /[\w.-]+\.(ejs|pug|jade|hbs|handlebars|mustache|njk|nunjucks)$/;

export function newViewFacts(): ViewFacts {
  return { renders: [], settings: { dirs: [] } };
}

/** Called for every call the engine evaluates. */
export function recordViewCall(e: TaintEngine, site: CallSite, frame: Frame): void {
  const { method, args, argValues } = site;
  if (method === 'engine' && args.length === 2) {
    const ext = stringValue(args[0])?.replace(/^\./, '').toLowerCase();
    const engine = engineNamed(e.text(args[1]!));
    if (ext && engine) (e.views.settings.engines ??= {})[ext] = engine;
    return;
  }
  // swig.setDefaults({ autoescape: false }), nunjucks.configure('views', { autoescape: false }).
  if ((method === 'setDefaults' || method === 'configure') && /^(swig|swig-templates|nunjucks)\b/.test(site.api ?? site.name) && disablesAutoescape(args)) {
    (e.views.settings.autoescapeOff ??= []).push('nunjucks');
    return;
  }
  if (method === 'set' && args.length === 2) {
    const key = stringValue(args[0]);
    if (key === 'views') e.views.settings.dirs.push(...viewDirs(args[1]!));
    else if (key === 'view engine') {
      const engine = stringValue(args[1]);
      if (engine) e.views.settings.engine = engine.replace(/^\./, '');
    }
    return;
  }
  // res.render(view, locals) (Express), ctx.render (koa-views; Egg's and Midway's `this.ctx` too), reply.view (@fastify/view).
  const express = method === 'render' && (isResponse(site) || /^(ctx|context|this)$/.test(site.receiver ?? '') || (site.receiver === 'this.ctx' && site.receiverValue?.kind === 'request'));
  const fastify = method === 'view' && /^(reply|res)$/.test(site.receiver ?? '');
  if (express || fastify) {
    const name = stringValue(args[0]);
    const locals = argValues[1];
    if (locals) optionInjection(e, locals, site, frame);
    if (name !== undefined && locals) record(e, TEMPLATE_FILE.test(name) && fastify ? { kind: 'file', file: name } : { kind: 'name', name }, locals, site, frame);
    return;
  }
  // pug.renderFile(path, locals), ejs.renderFile(path, locals), nunjucks env.render('x.njk', locals).
  if (/(^|\.)(renderFile|render)$/.test(site.name) && args.length >= 2) {
    const file = viewOf(args[0]!, nameReader(e, frame)) ?? (argValues[0]?.view ? argValues[0] : undefined);
    if (file?.view) record(e, { kind: 'file', file: file.view }, argValues[1]!, site, frame, { viewName: file.viewName });
  }
}

/** The object a controller action returns into the view its decorator names (`@View('tracking.ejs')`, NestJS `@Render('index')`). */
export function recordReturnedView(e: TaintEngine, name: string, locals: Value, returned: Node, frame: Frame): void {
  const site: CallSite = { call: returned, name: '', method: '', args: [], argValues: [] };
  record(e, { kind: 'name', name }, locals, site, frame, { label: 'the object a view-rendering controller action returns' });
}

/** A compiled template called with data: `tpl(locals)` where `tpl = Handlebars.compile(readFileSync('x.hbs'))`. */
export function recordTemplateCall(e: TaintEngine, template: Value, locals: Value | undefined, site: CallSite, frame: Frame): void {
  if (!locals || !template.view) return;
  // (`this.template(name)(data)`: the callee as written says more than a method name.)
  const callee = e.text(site.call.callee);
  record(e, { kind: 'file', file: template.view }, locals, site, frame, { viewName: template.viewName, ...(callee.length <= 40 && !callee.includes('\n') ? { label: `${callee}()` } : {}) });
}

/** The template file name written in an expression (`path.join(dir, 'newsletter.hbs')`, `readFileSync(…)`). */
export function templateFileIn(node: Node, depth = 0): string | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  const s = stringValue(n);
  if (s !== undefined) return TEMPLATE_FILE.exec(s)?.[0] ? s.replace(/^\.?\//, '') : undefined;
  for (const key of ['arguments', 'expressions', 'quasis', 'left', 'right']) {
    const v = n[key];
    const list = Array.isArray(v) ? v : isNode(v) ? [v] : [];
    for (const c of [...list].reverse()) {
      const found = isNode(c) ? templateFileIn(c, depth + 1) : undefined;
      if (found) return found;
    }
  }
  if (n.type === 'TemplateElement' && TEMPLATE_FILE.test(n.value?.cooked ?? '')) return TEMPLATE_FILE.exec(n.value.cooked)![0];
  return undefined;
}

/**
 * A view file named by a pattern: the last path segment built around one value (`` `${name}.hbs` ``,
 * `'mail-' + kind + '.njk'`), as a glob (`*.hbs`, `mail-*.njk`) with the expression that fills it.
 */
export function templatePatternIn(node: Node, depth = 0): { glob: string; name: Node } | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  if (n.type === 'CallExpression') {
    // path.join(dir, `${name}.hbs`), readFileSync(path.join(…), 'utf8').
    for (const a of [...n.arguments].reverse()) {
      const found = templatePatternIn(a, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const parts = concatParts(n);
  if (!parts || parts.every((p) => typeof p === 'string')) return undefined;
  // The last path segment: its text with one hole.
  let segment: (string | Node)[] = [];
  for (const p of parts) {
    if (typeof p === 'string' && p.includes('/')) segment = [p.slice(p.lastIndexOf('/') + 1)];
    else segment.push(p);
  }
  const holes = segment.filter((p): p is Node => typeof p !== 'string');
  if (holes.length !== 1) return undefined;
  const glob = segment.map((p) => (typeof p === 'string' ? p : '*')).join('');
  return /^[\w.-]*\*[\w.-]*\.(ejs|pug|jade|hbs|handlebars|mustache|njk|nunjucks)$/.test(glob) ? { glob, name: holes[0]! } : undefined;
}

/** A template literal or `+` chain as its constant text and the expressions between. */
function concatParts(n: Node): (string | Node)[] | undefined {
  if (n.type === 'TemplateLiteral') {
    const out: (string | Node)[] = [];
    n.quasis.forEach((q: Node, i: number) => {
      out.push(q.value?.cooked ?? '');
      if (i < n.expressions.length) out.push(n.expressions[i]);
    });
    return out;
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const side = (x: Node): (string | Node)[] => {
      const u = unwrap(x);
      const s = stringValue(u);
      return s !== undefined ? [s] : concatParts(u) ?? [u];
    };
    return [...side(n.left), ...side(n.right)];
  }
  return undefined;
}

/**
 * The view an expression reads, and what chose its name when it is a pattern: the name's value
 * (read by `nameValue`) gives the file when it is a constant, else its taints travel with the view.
 */
export function viewOf(node: Node, nameValue: (n: Node) => Value): Pick<Value, 'view' | 'viewName'> | undefined {
  const file = templateFileIn(node);
  if (file) return { view: file };
  const pattern = templatePatternIn(node);
  if (!pattern) return undefined;
  const value = nameValue(pattern.name);
  const name = constantName(pattern.name, value);
  if (name !== undefined) return { view: pattern.glob.replace('*', name) };
  return { view: pattern.glob, ...(value.taints.length ? { viewName: value.taints } : {}) };
}

/** Reads the value that fills a view pattern: a variable or a member (`name`, `opts.template`), nothing that runs code. */
export function nameReader(e: TaintEngine, frame: Frame): (n: Node) => Value {
  return (n) => {
    const u = unwrap(n);
    return u.type === 'Identifier' || u.type === 'MemberExpression' ? evaluate(e, u, frame) : EMPTY;
  };
}

/** A name written as a literal, or a variable holding one. */
export function constantName(node: Node | undefined, value: Value | undefined): string | undefined {
  const literal = stringValue(node);
  const text = literal ?? (node && unwrap(node).type === 'Identifier' && value && !isTainted(value) && value.text !== undefined && value.text === value.prefix ? value.text : undefined);
  return text !== undefined && /^[\w.-]+$/.test(text) ? text : undefined;
}

/** `path.join(__dirname, 'views')`, `new URL('./views', import.meta.url)`, `['views', 'shared/views']` → trailing dir names. */
function viewDirs(node: Node): string[] {
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') return n.elements.filter(Boolean).flatMap((x: Node) => viewDirs(x));
  const literals: string[] = [];
  const visit = (x: Node, depth: number) => {
    if (depth > 6) return;
    const s = stringValue(x);
    if (s !== undefined) {
      literals.push(s);
      return;
    }
    for (const key of ['arguments', 'left', 'right', 'object', 'expressions', 'quasis']) {
      const v = x[key];
      for (const c of Array.isArray(v) ? v : isNode(v) ? [v] : []) if (isNode(c)) visit(c, depth + 1);
    }
  };
  visit(n, 0);
  const joined = literals.filter((s) => !/^(utf-?8|\.)$/i.test(s)).join('/');
  const dir = joined.split('/').filter((p) => p && p !== '.' && p !== '..').join('/');
  return dir ? [dir] : [];
}

/**
 * The render of `locals` into the view `ref`: request data and stored rows are recorded for the view
 * join; data from the enclosing function's parameters goes into its summary (`ParamView`), for each
 * caller to record with its own arguments (`applyParamViews`).
 */
function record(e: TaintEngine, ref: ViewRef, locals: Value, site: CallSite, frame: Frame, how: { viewName?: Taint[]; label?: string } = {}): void {
  const label = how.label ?? callLabel(site);
  recordParamView(frame.summary, ref, locals, label, how.viewName);
  const at = e.sinkLoc(site.call);
  const renderStep: TraceStep = { location: at, message: `passed to the view by ${label}`, kind: 'step' };
  const trace = (t: Taint): KeyTrace | undefined => {
    // Request data, and stored content a markdown renderer let raw HTML through in (html-renderers.ts).
    if (!t.source || (t.source.category !== 'request' && t.source.category !== 'stored' && t.source.category !== 'database')) return undefined;
    return { source: sourceDescription(t.source, t.path), steps: [{ location: t.source.location, message: sourceDescription(t.source, t.path), kind: 'source' }, ...t.steps, renderStep], ...(t.source.category === 'database' ? { stored: true as const, ...(t.path.length ? { field: t.path[t.path.length - 1] } : {}) } : {}) };
  };
  const keys: Record<string, KeyTrace> = {};
  const fields: Record<string, Record<string, KeyTrace | null>> = {};
  for (const [key, v] of locals.fields ?? []) {
    const t = liveTaints(v, 'xss').map(trace).find(Boolean);
    if (!t) continue;
    keys[key] = t;
    // A value tainted as a whole taints every field; one of known shape only where a field is.
    if (!v.fields?.size || v.taints.some((x) => (x.sanitized & SINK_KINDS.xss) === 0 && trace(x))) continue;
    fields[key] = Object.fromEntries([...v.fields].map(([f, fv]) => [f, liveTaints(fv, 'xss').map(trace).find(Boolean) ?? null]));
  }
  const all = locals.taints.filter((t) => (t.sanitized & SINK_KINDS.xss) === 0).map(trace).find(Boolean);
  if (!all && Object.keys(keys).length === 0) return;
  e.views.renders.push({ ref, label, line: at.startLine, keys, ...(Object.keys(fields).length ? { fields } : {}), ...(all ? { all } : {}) });
}

function callLabel(site: CallSite): string {
  return `${site.receiver ? `${site.receiver.replace(/\(\)$/, '')}.` : ''}${site.method || site.name}()`;
}

/** A parameter's taint still live for HTML. */
const paramTaint = (v: Value): Taint | undefined => liveTaints(v, 'xss').find((t) => t.param !== undefined && !t.source);

/** Locals read from the enclosing function's parameters: an entry of its summary. */
function recordParamView(summary: FunctionSummary, ref: ViewRef, locals: Value, label: string, viewName: Taint[] | undefined): void {
  const keys: Record<string, { param: number; path: string[] }> = {};
  for (const [key, v] of locals.fields ?? []) {
    const t = paramTaint(v);
    if (t) keys[key] = { param: t.param!, path: t.path };
  }
  const own = locals.taints.find((t) => t.param !== undefined && !t.source && (t.sanitized & SINK_KINDS.xss) === 0);
  if (!own && Object.keys(keys).length === 0) return;
  const nameParam = ref.kind === 'file' && ref.file.includes('*') ? viewName?.find((t) => t.param !== undefined)?.param : undefined;
  addParamView(summary, {
    ref, label,
    ...(nameParam !== undefined ? { nameParam } : {}),
    ...(own ? { all: { param: own.param!, path: own.path } } : {}),
    ...(Object.keys(keys).length ? { keys } : {}),
  });
}

/**
 * A call of a function that renders its parameters' data into a view (`mailer.send('receipt', {
 * name: req.body.name })` where `send(name, data)` runs `template(name)(data)`): the render, as if
 * written here, with this call's arguments; a view named by a parameter is the one this call names.
 */
export function applyParamViews(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  for (const pv of summary.views ?? []) {
    const argument = (p: { param: number; path: string[] }): Value => {
      let v = site.argValues[p.param] ?? EMPTY;
      for (const k of p.path) v = readField(v, k);
      return withStep(v, e.step(site.args[p.param] ?? site.call, `passed to ${summary.name}() as argument ${p.param + 1}`));
    };
    const keyed: Value = pv.keys ? { taints: [], fields: new Map(Object.entries(pv.keys).map(([k, p]) => [k, argument(p)])) } : EMPTY;
    const locals = pv.all ? union(argument(pv.all), keyed) : keyed;
    if (!isTainted(locals)) continue;
    let ref = pv.ref;
    let viewName: Taint[] | undefined;
    if (pv.nameParam !== undefined && ref.kind === 'file') {
      const name = constantName(site.args[pv.nameParam], site.argValues[pv.nameParam]);
      if (name !== undefined) ref = { kind: 'file', file: ref.file.replace('*', name) };
      else viewName = site.argValues[pv.nameParam]?.taints;
    }
    record(e, ref, locals, site, frame, { label: `${callLabel(site)} → ${pv.label}`, ...(viewName ? { viewName } : {}) });
  }
}

/** `res.render(view, req.query)` / `{ ...req.body }`: the user picks the render options, not only the data. */
function optionInjection(e: TaintEngine, locals: Value, site: CallSite, frame: Frame): void {
  const label = `${site.receiver ? `${site.receiver.replace(/\(\)$/, '')}.` : ''}${site.method}() options`;
  const whole = locals.taints.filter((t) => t.whole && t.source?.mayBeObject);
  if (whole.length === 0) return;
  const loc = e.sinkLoc(site.call);
  const sinkSite = { location: loc, label, snippet: undefined, suppression: e.input.suppressionAt?.(loc.startLine), context: frame.fnName };
  for (const t of whole) emit(e, 'code', t, sinkSite, frame, false);
}
