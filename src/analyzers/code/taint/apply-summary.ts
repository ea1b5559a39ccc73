/** Summaries applied at a call site: what the callee does with each argument (sinks, returns, calls it makes on the argument's fields and methods, callbacks it invokes), and what such calls inside a function record in its own summary. */
import { ALL_KINDS, APPENDED, DECODED_TOKEN, EMPTY, ESCAPED_AT_URL_START, GUARD_ONLY, LEADING_BASE, LENGTH_BOUNDED, PATTERN_INPUT, QUOTES_KEPT, type Taint, URL_SAFE_START, type Value, allTaints, isRequestPath, isTainted, liveTaints, mask, quoteMarked, sameOriginStart, sanitize, union, withStep } from './values.js';
import type { CallSite } from '../models/sinks.js';
import { type FieldCall, type FunctionSummary, type InvokedSource, type ParamReturn, type SinkSite, addFieldCall, addParamCall } from './summaries.js';
import type { Frame } from './frames.js';
import { MAX_CALL_DEPTH, applyForwards, returnedTemplate, runCallback } from './calls.js';
import { type Node, memberPath, unwrap } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import { apiMember, refCandidates } from './api.js';
import { applyParamViews } from './views.js';
import { checkArgumentList, emit, inLibraryPackage, loggedHere, snippetAt } from './sinks.js';
import { listElements } from './arrays.js';
import { matchRows } from '../models/apis.js';
import { readMember } from './expressions.js';
import { MAX_RETURNED_SOURCE_FIELDS, summaryOf } from './functions.js';
import { returnedFieldsValue } from './framework-calls.js';

export function recordFieldCall(e: TaintEngine, frame: Frame, ctorParam: number, ctorPath: string[] | undefined, method: string, args: Value[], call: Node, name: string): void {
  let site: SinkSite | undefined;
  args.forEach((v, arg) => {
    for (const t of allTaints(v)) {
      if (t.param === undefined) continue;
      if (!site) {
        const location = e.sinkLoc(call);
        site = { location, label: `${name || method}()`, snippet: snippetAt(e, location), suppression: e.input.suppressionAt?.(location.startLine), context: frame.fnName };
      }
      addFieldCall(frame.summary, { ctorParam, ...(ctorPath ? { ctorPath } : {}), method, arg, param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, site, stringy: !!v.stringy });
    }
  });
}

/**
 * `inventory.list(ctx.query.sort)` where `inventory` is (a member of) a parameter of the function
 * being summarised: the object is known only where the function is called (often in another file,
 * `hostRoutes({ inventory: new Inventory(db) })`), so the call is recorded with the data it carries.
 */
export function recordParamCall(e: TaintEngine, frame: Frame, receiver: Value, method: string, args: Value[], call: Node): void {
  if (receiver.kind || receiver.api || receiver.ref || receiver.cls || receiver.fn !== undefined) return;
  const own = receiver.taints.find((t) => t.param !== undefined && !t.source && t.path.length <= 2);
  if (!own || receiver.taints.length !== 1) return;
  recordConcreteCall(e, frame, own.param!, own.path, method, args, call, false);
}

/** The untrusted data of a call on a parameter's object (or, `factory`, on one the enclosing factory was given). */
export function recordConcreteCall(e: TaintEngine, frame: Frame, param: number, path: string[], method: string, args: Value[], call: Node, factory: boolean): void {
  args.forEach((v, arg) => {
    const concrete = allTaints(v).filter((t) => t.source && t.param === undefined && t.source.category !== 'library');
    if (!concrete.length) return;
    const step = e.step(call, `passed to ${memberPath(call.callee) ?? method}() of an object given to ${frame.fnName}()`);
    const location = e.loc(call);
    const at: SinkSite = { location, label: `${memberPath(call.callee) ?? method}()`, snippet: snippetAt(e, location), suppression: e.input.suppressionAt?.(location.startLine), context: frame.fnName };
    addParamCall(frame.summary, { param, path, method, arg, taints: concrete.slice(0, 4).map((t) => ({ ...t, steps: [...t.steps, step].slice(-12) })), at, ...(factory ? { factory } : {}) });
  });
}

/**
 * `method` of another file's export `ref` (a class instance or object handed in): records the
 * candidates the link step must summarise and applies the summary when it already has one.
 */
function applyLinkedMethod(e: TaintEngine, ref: string, method: string, inner: CallSite, frame: Frame): void {
  const found = linkedMethodSummary(e, ref, method);
  if (found) applySummary(e, found, inner, frame);
}

export function linkedMethodSummary(e: TaintEngine, ref: string, method: string): FunctionSummary | undefined {
  const candidates = refCandidates(`${ref}.${method}`);
  for (const c of candidates) e.importCalls.set(c, true);
  return candidates.map((c) => e.input.linkInput?.[c]).find(Boolean);
}

/**
 * What a summary's recorded parameter calls do with the objects this call site gives: the method
 * of another file's class instance (through the link step), of a class or object of this file.
 */
export function applyParamCalls(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame, factory = false): void {
  if (!summary.paramCalls?.length || e.callDepth > MAX_CALL_DEPTH) return;
  for (const pc of summary.paramCalls) {
    if (!pc.factory !== !factory) continue;
    let target = site.argValues[pc.param];
    if (!target) continue;
    for (const p of pc.path) target = readMember(e, target, p, site.call, frame);
    if (!target || isTainted(target)) continue;
    const argValues: Value[] = [];
    for (let i = 0; i < pc.arg; i++) argValues[i] = EMPTY;
    argValues[pc.arg] = { taints: pc.taints.map((t) => ({ ...t, steps: [...t.steps] })) };
    const inner: CallSite = { ...site, name: pc.method, method: pc.method, args: [], argValues, receiverValue: target, ...(pc.at ? { at: pc.at } : {}) };
    e.callDepth++;
    try {
      const local = target.cls ? e.classes.get(target.cls)?.methods.get(pc.method) : target.fields?.get(pc.method)?.fn;
      if (local !== undefined) applyLocal(e, local, inner, frame);
      else if (target.ref) applyLinkedMethod(e, target.ref, pc.method, inner, frame);
    } finally {
      e.callDepth--;
    }
  }
}

/**
 * `this.pool.raw(sql)` on a constructor parameter that the instance was given as a library object
 * (`new UserService(acme.createPool())` in another file): a sink if a model says so, reported at
 * the call inside the class.
 */
function fieldCallSinks(e: TaintEngine, fc: FieldCall, api: string, v: Value, frame: Frame): void {
  if (!fc.site) return;
  for (const row of matchRows(e.models.sinks, apiMember(api, fc.method))) {
    if (!row.args.includes(fc.arg)) continue;
    const site: SinkSite = { ...fc.site, ...(row.model ? { model: row.model } : {}) };
    for (const t of liveTaints(v, row.kind)) emit(e, row.kind, t, site, frame, fc.stringy ?? !!v.stringy);
  }
}

/**
 * A method of another file's class called `this.<field>.<method>(param)` on a constructor
 * parameter: at `service.search(x)`, the instance's constructor arguments say what that field is
 * (`new Service(new Repo(db))`), so the call continues into that object's method.
 */
function applyFieldCalls(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  const instance = site.receiverValue?.ctorArgs;
  if (!instance || !summary.fieldCalls?.length || e.callDepth > MAX_CALL_DEPTH) return;
  for (const fc of summary.fieldCalls) {
    let target: Value | undefined = instance[fc.ctorParam];
    for (const p of fc.ctorPath ?? []) target = target?.fields?.get(p);
    const arg = site.argValues[fc.param];
    if (!target || !arg || !isTainted(arg)) continue;
    let v = arg;
    for (const p of fc.path) v = readMember(e, v, p, site.call, frame);
    v = sanitize(v, fc.sanitized & ALL_KINDS);
    if (!isTainted(v)) continue;
    const step = e.step(site.args[fc.param] ?? site.call, `passed to ${summary.name}(), which calls ${fc.method}() on an object its constructor was given`);
    const argValues: Value[] = [];
    argValues[fc.arg] = { ...v, taints: allTaints(v).map((t) => ({ ...t, steps: [...t.steps, step, ...fc.steps].slice(-12) })) };
    for (let i = 0; i < fc.arg; i++) argValues[i] ??= EMPTY;
    const inner: CallSite = { ...site, name: fc.method, method: fc.method, args: [], argValues, receiverValue: target };
    e.callDepth++;
    try {
      const local = target.cls ? e.classes.get(target.cls)?.methods.get(fc.method) : undefined;
      if (local !== undefined) applyLocal(e, local, inner, frame);
      else if (target.api && !target.ref) fieldCallSinks(e, fc, target.api, argValues[fc.arg]!, frame);
      else if (target.ref) applyLinkedMethod(e, target.ref, fc.method, inner, frame);
    } finally {
      e.callDepth--;
    }
  }
}

export function applyLocal(e: TaintEngine, fnId: number, site: CallSite, frame: Frame): Value {
  return applySummary(e, summaryOf(e, fnId), site, frame);
}

/**
 * Markup written into the page by a package's internal helper (`mount(el, html) { el.innerHTML = html }`):
 * in a library's run the helper is the package's own sink, reported there as if it were exported.
 */
const DOM_MARKUP = /\.(innerHTML|outerHTML)$|insertAdjacentHTML|document\.write/;

/** A command line written at the call (`run(\`lsof -i :${port}\`)`, `'kill ' + pid`), not a variable holding one. */
function builtHere(arg: Node | undefined): boolean {
  const a = arg && unwrap(arg);
  return !!a && (a.type === 'TemplateLiteral' || (a.type === 'BinaryExpression' && a.operator === '+'));
}

/**
 * Apply a summary at a call site: sinks inside the callee become flows (or entries of the caller's
 * own summary). When the callee passes the argument to its sink unchanged (a wrapper such as
 * `db.query = (sql, p) => pool.query(sql, p)`), the finding belongs where the dangerous value is
 * built — this call — so it is reported here; otherwise at the sink inside the callee.
 */
export function applySummary(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): Value {
  const callStep = (i: number) => e.step(site.args[i] ?? site.call, `passed to ${summary.name}() as argument ${i + 1}`);
  for (const s of summary.sinks) {
    const arg = site.argValues[s.param];
    if (!arg) continue;
    if ((s.kind === 'log' || s.kind === 'logData') && loggedHere(site, s.param)) continue;
    let v = arg;
    for (const p of s.path) v = readMember(e, v, p, site.call, frame);
    // A check here on the field the callee uses (`if (!isIdentifier(o.name)) throw …; build(o)`) holds inside it too.
    const argPath = s.path.length && frame.guards.size && site.args[s.param] ? memberPath(unwrap(site.args[s.param]!)) : undefined;
    const checked = argPath ? (frame.guards.get(`${argPath}.${s.path.join('.')}`) ?? 0) & ~GUARD_ONLY : 0;
    if (checked) v = sanitize(v, checked);
    // A length bound checked by the caller protects a polynomial regex inside the callee too.
    let live = liveTaints(v, s.kind).filter((t) => !(s.kind === 'redos' && s.sink.backtracking !== 'exponential' && t.sanitized & LENGTH_BOUNDED));
    // A regex compiled from a library's pattern parameter: the other parameters built into it configure the pattern (sinks.ts reportSink).
    if (s.kind === 'regex' && allTaints(v).some((t) => t.sanitized & PATTERN_INPUT)) live = live.filter((t) => t.source?.category !== 'library');
    if (live.length === 0) continue;
    // Query and HTML wrappers take text built by the caller; the fix belongs there.
    // (A filter the caller did not build, such as a request object passed on whole, becomes a query
    // in the callee: reported at its sink, as any other flow into a service method.)
    // (In a package, its own query method's driver call in this file is where every statement its
    // public methods build reaches the database: reported there, as the package's own sink.)
    const ownDriverCall = s.kind === 'sql' && site.localFn === true && s.sink.location.path === e.input.path && inLibraryPackage(e);
    // So do command runners (`run(cmd)` → `exec(cmd)`) given a command line built here.
    const passThrough = !s.stringy && !s.nested && !s.sink.fragment && !s.sink.objectExpanded && s.path.length === 0 && ((s.kind === 'sql' && !ownDriverCall) || (s.kind === 'xss' && !(e.libraryRun && DOM_MARKUP.test(s.sink.label))) || (s.kind === 'nosql' && (!!v.fields || !!v.stringy)) || (s.kind === 'command' && builtHere(site.args[s.param])));
    // An archive entry's name built into a destination here and handed whole to a helper that writes
    // the file (`writeFileTo(path.resolve(dest, entry.entryName), data)`): the extraction, and its
    // missing containment check, is this call.
    const wholePath = s.kind === 'path' && !s.stringy && !s.nested && s.path.length === 0;
    const callSite: SinkSite = site.at ? { ...site.at, label: `${site.at.label} → ${s.sink.label}` }
      : { location: e.loc(site.call), label: `${site.name || summary.name}() → ${s.sink.label}`, suppression: e.input.suppressionAt?.(e.loc(site.call).startLine), context: frame.fnName };
    const sinkSite: SinkSite = passThrough ? callSite : s.sink;
    for (const t of live) {
      const here = !passThrough && wholePath && t.source?.category === 'archive';
      // Where the callee put the argument (the base of a path it builds, or after it) composes with
      // where the caller put the parameter's value: appended on either side is appended; passed on
      // whole, the caller's position stands.
      const sanitized = s.sanitized & APPENDED ? (t.sanitized & ~LEADING_BASE) | APPENDED : s.stringy && !(t.sanitized & APPENDED) ? t.sanitized | (s.sanitized & LEADING_BASE) : t.sanitized;
      // (A check inside the callee that the bound value is a string holds for the caller's value too.)
      const merged: Taint = { ...t, sanitized: s.sink.objectExpanded ? sanitized | (s.sanitized & mask('nosql')) : sanitized, whole: t.whole && s.whole, steps: passThrough ? [...t.steps] : [...t.steps, callStep(s.param), ...s.steps] };
      // (The statement text the caller built, for the audit of a parameter built into it: emit().)
      emit(e, s.kind, here ? { ...merged, steps: [...t.steps] } : merged, here ? callSite : sinkSite, frame, s.stringy || !!v.stringy, ownDriverCall ? v.text : undefined);
    }
  }
  const results: Value[] = [];
  for (const r of summary.returns) {
    const arg = site.argValues[r.param];
    if (!arg || !isTainted(arg)) continue;
    let v = arg;
    for (const p of r.path) v = readMember(e, v, p, site.call, frame);
    // Data the callee decoded from the argument's base64 (values.ts DECODED_TOKEN): what the caller
    // checked of the encoded text says nothing about it.
    if (r.path.includes(DECODED_TOKEN)) v = { ...v, taints: allTaints(v).map((t) => ({ ...t, sanitized: t.sanitized & ~ALL_KINDS })) };
    // Text the callee built around the argument: a string now, no longer the caller's object.
    if (r.stringy) v = { taints: allTaints(v).map((t) => ({ ...t, whole: false })), stringy: true };
    // (HTML escaping in the callee: whether it left quotes decides, as where the escaper is called here.)
    if (r.sanitized & mask('xss')) v = quoteMarked(v, (r.sanitized & QUOTES_KEPT) !== 0);
    let out = withStep(sanitize(v, r.sanitized), e.step(site.call, `returned from ${summary.name}()`));
    // The callee HTML-escaped it at the start of a URL attribute: enough for a value this caller proved starts safely.
    if (r.sanitized & ESCAPED_AT_URL_START) out = { ...out, taints: out.taints.map((t) => (t.sanitized & URL_SAFE_START ? { ...t, sanitized: t.sanitized | mask('xss') } : t)) };
    results.push(r.field !== undefined ? { taints: [], fields: new Map([[r.field, out]]) } : out);
  }
  applyFieldCalls(e, summary, site, frame);
  applyParamCalls(e, summary, site, frame);
  applyParamViews(e, summary, site, frame);
  if (summary.returnsTemplate) results.push(returnedTemplate(summary.returnsTemplate, site));
  applyInvocations(e, summary, site, frame);
  applyForwards(e, summary, site, frame);
  // `git(args)` where the callee runs `execFileSync('git', args)`: this caller's list, element by element.
  for (const a of summary.argumentLists ?? []) {
    const list = site.argValues[a.param] && isTainted(site.argValues[a.param]!) ? listElements(e, site.args[a.param], frame) : undefined;
    if (list) checkArgumentList(e, a.program, list, site.call, `${a.program} argument list, run by ${summary.name}()`, frame);
  }
  if (summary.returnsSources.length) {
    // (Only inside an object the callee built: that object, field by field, while the fields were all kept.)
    const fields = !summary.returnsBareSources && !summary.returnsText && summary.returnsFields ? Object.entries(summary.returnsFields) : undefined;
    results.push(fields?.length && fields.length < MAX_RETURNED_SOURCE_FIELDS ? returnedFieldsValue(fields) : { taints: summary.returnsSources.map((t) => ({ ...t })), ...(summary.returnsText ? { stringy: true } : {}) });
  }
  // An object the callee reached by walking the caller's keys.
  const keyedBy = (summary.returnsKeyedBy ?? []).flatMap((k) => liveTaints(site.argValues[k.param] ?? EMPTY, 'prototype').map((t) => ({ ...t, steps: [...t.steps, callStep(k.param)] })));
  if (keyedBy.length) results.push({ taints: [], keyedBy });
  // `promisify(fn)`-like wrappers of the project: the result is the function they were given.
  const wrapped = summary.returnsCallable !== undefined ? site.argValues[summary.returnsCallable] : undefined;
  if (wrapped && (wrapped.fn !== undefined || wrapped.ref)) results.push({ taints: [], ...(wrapped.fn !== undefined ? { fn: wrapped.fn } : {}), ...(wrapped.ref ? { ref: wrapped.ref } : {}) });
  if (!results.length) return EMPTY;
  // A path the callee joined or resolved from its arguments on every way out (`path.join(dir, name)`).
  const path = summary.returns.length > 0 && summary.returns.every((r) => r.normalized) && !summary.returnsSources.length;
  const out = withShadowedFields(summary, site, union(...results));
  // A helper that collapses a path's leading slashes, given the request path: a same-site path.
  const collapsed = summary.returns.length > 0 && summary.returns.every((r) => r.slashesCollapsed) && !summary.returnsSources.length;
  if (collapsed && isTainted(out) && allTaints(out).every(isRequestPath)) return sameOriginStart({ ...out, sameOrigin: true });
  return path ? { ...out, normalized: true } : out;
}

/**
 * The caller's object returned whole after the callee wrote some of its fields (ParamReturn.shadowed):
 * those fields read as the callee's other returns say (or clean), on every way out that returns it.
 */
function withShadowedFields(summary: FunctionSummary, site: CallSite, v: Value): Value {
  let names: string[] | undefined;
  for (const r of summary.returns) {
    if (r.field !== undefined || r.path.length || !isTainted(site.argValues[r.param] ?? EMPTY)) continue;
    names = (names ?? r.shadowed ?? []).filter((k) => r.shadowed?.includes(k));
  }
  if (!names?.length) return v;
  const fields = new Map(v.fields ?? []);
  for (const k of names) fields.set(k, { ...(fields.get(k) ?? { taints: [] }), shadows: true });
  return { ...v, fields };
}

/** Callback parameters a function calls, and with which of its parameters' data, at most. */
const MAX_INVOKED_PARAMS = 4;

const MAX_FLOWS_PER_ARGUMENT = 8;

/**
 * A parameter called as a function in a summary run: what each of its arguments carries of the
 * parameters, and of the untrusted data the function read itself (also where a closure run inside
 * it calls the parameter it captured: inline runs share the enclosing summary).
 */
export function recordInvocation(frame: Frame, callee: Value, argValues: Value[]): void {
  const own = callee.taints.length === 1 ? callee.taints[0]! : undefined;
  if (own?.param === undefined || own.path.length > 0 || !own.whole) return;
  const args = argValues.map(parameterFlows);
  const sources = argValues.map(sourceFlows);
  const handsSources = sources.some((a) => a.length > 0);
  if (!handsSources && !args.some((a) => a.length > 0)) return;
  const list = (frame.summary.invokes ??= []);
  const known = list.find((x) => x.param === own.param);
  if (!known) {
    if (list.length < MAX_INVOKED_PARAMS) list.push({ param: own.param, args, ...(handsSources ? { sources } : {}) });
    return;
  }
  // Called in several places (`cb(null, a)` on one path, `cb(err)` on another): any of them.
  args.forEach((flows, i) => {
    const at = (known.args[i] ??= []);
    for (const f of flows) if (at.length < MAX_FLOWS_PER_ARGUMENT && !at.some((x) => x.param === f.param && x.field === f.field && x.path.join('.') === f.path.join('.'))) at.push(f);
  });
  if (!handsSources) return;
  const given = (known.sources ??= []);
  sources.forEach((flows, i) => {
    const at = (given[i] ??= []);
    for (const f of flows) if (at.length < MAX_FLOWS_PER_ARGUMENT && !at.some((x) => x.field === f.field && sameSource(x.taint, f.taint))) at.push(f);
  });
}

const sameSource = (a: Taint, b: Taint): boolean => a.source?.location.path === b.source?.location.path && a.source?.location.startLine === b.source?.location.startLine
  && a.source?.location.startColumn === b.source?.location.startColumn && a.path.join('.') === b.path.join('.');

/** The parameters' data a value holds, itself or in a field of an object built here (`{ file, stat }`). */
function parameterFlows(v: Value): ParamReturn[] {
  const out: ParamReturn[] = [];
  for (const t of v.taints) if (t.param !== undefined) out.push({ param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps });
  for (const [field, f] of v.fields ?? []) for (const t of allTaints(f)) if (t.param !== undefined) out.push({ param: t.param, path: t.path, sanitized: t.sanitized, steps: t.steps, field });
  return out.slice(0, MAX_FLOWS_PER_ARGUMENT);
}

/**
 * The untrusted data a value holds, itself or in a field of an object built here (`{ name, size }`).
 * (Not a library's own parameters: handed back to the caller's callback they are the caller's.)
 */
function sourceFlows(v: Value): InvokedSource[] {
  if (!v.taints.length && !v.fields) return [];
  const out: InvokedSource[] = [];
  const keep = (t: Taint) => t.source !== undefined && t.param === undefined && t.source.category !== 'library';
  for (const t of v.taints) if (keep(t)) out.push({ taint: t });
  for (const [field, f] of v.fields ?? []) for (const t of allTaints(f)) if (keep(t)) out.push({ taint: t, field });
  return out.slice(0, MAX_FLOWS_PER_ARGUMENT);
}

/**
 * The caller's own callback, run again with what the callee hands it: of the caller's arguments,
 * and the untrusted data the callee read itself.
 */
function applyInvocations(e: TaintEngine, summary: FunctionSummary, site: CallSite, frame: Frame): void {
  for (const inv of summary.invokes ?? []) {
    const callback = site.argValues[inv.param];
    if (callback?.fn === undefined) continue;
    const handed = () => e.step(site.call, `handed to the callback of ${summary.name}()`);
    const params = inv.args.map((flows) => union(...flows.map((r): Value => {
      let v = site.argValues[r.param];
      if (!v || !isTainted(v)) return EMPTY;
      for (const p of r.path) v = readMember(e, v, p, site.call, frame);
      const given = withStep(r.sanitized ? sanitize(v, r.sanitized) : v, handed());
      return r.field !== undefined ? { taints: [], fields: new Map([[r.field, given]]) } : given;
    })));
    (inv.sources ?? []).forEach((flows, i) => {
      if (!flows.length) return;
      const step = handed();
      const read = flows.map(({ taint, field }): Value => {
        const given: Value = { taints: [{ ...taint, steps: [...taint.steps, step] }] };
        return field !== undefined ? { taints: [], fields: new Map([[field, given]]) } : given;
      });
      params[i] = union(params[i] ?? EMPTY, ...read);
    });
    if (params.some((p) => p && isTainted(p))) runCallback(e, callback.fn, [...params].map((p) => p ?? EMPTY), frame);
  }
}
