/** Sinks: call sites matched against the sink models; a tainted value at a sink becomes a flow, or an entry of the enclosing function's summary. */
import type { Location, TraceStep } from '../../../findings/finding.js';
import { type Node, memberPath, numberValue, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { CALL_SINKS, type CallSink, type CallSite, SQL_TEXT_PATTERN, isHonoContext, isResponse, shellCommandIndex, statusFirst, trailingCallback, chainDeclaresHtml } from '../models/sinks.js';
import { OPTION_WITH_VALUE, listElements } from './arrays.js';
import { APPENDED, CODE_CONTRACT, DECODED_TOKEN, EMPTY, LEADING_BASE, LENGTH_BOUNDED, PATTERN_COMPILER, PATTERN_INPUT, PATTERN_PARAM, RESOLVED_AGAINST_BASE, SINK_KINDS, SLASH_PATH, type SinkKind, type SourceInfo, type Taint, type Value, allTaints, isTainted, liveTaints, mask, sanitize } from './values.js';
import { LIBRARY_KEY, type SinkSite, addSink } from './summaries.js';
import type { Frame } from './frames.js';
import { evaluate, navigablePart, navigableUrl } from './expressions.js';
import { HANDLED_ERROR, HTTP_EXCEPTION } from './functions.js';
import type { Flow, TaintEngine } from './engine.js';
import { type ApiSinkRow, matchRows } from '../models/apis.js';
import { patchedLibraryCall } from '../models/patched-libraries.js';
import { regexComplexity } from '../frontend/js/regex.js';
import { definitionOf } from '../frontend/js/bindings.js';
import { runsUnderRestify } from './restify.js';
import type { TemplateSink } from '../frontend/components/virtual.js';

/** Page URL data only matters where it reaches the browser's own sinks. */
const BROWSER_KINDS = new Set<SinkKind>(['xss', 'redirect', 'code', 'prototype', 'regex']);
/** What a library's exported API must not do with its parameters (issue 13 §5). */
const LIBRARY_KINDS = new Set<SinkKind>(['command', 'code', 'prototype', 'deserialization', 'path', 'regex', 'redos', 'xss', 'argument']);
/**
 * Kinds where a parameter used whole is the caller's own choice (`exec(cmd)`, `readFile(file)`):
 * only text built around it is the library's doing. (A parameter that is the leading base of a
 * path, `path.join(root, name)`'s `root`, is marked safe for paths where the path is built.)
 */
const BUILT_ONLY = new Set<SinkKind>(['command', 'code', 'path']);
/** A library parameter of a logging method (`parameter \`msg\` of Logger.warn() exported by …`). */
const LOGGING_METHOD_PARAM = /^parameter `[^`]+` of (?:[\w$]+\.)*(trace|debug|info|warn|warning|error|fatal|notice|critical|log)\(\)/;
/** node:vm calls that run code in a separate context: a library using them is offering a sandbox. */
const VM_SANDBOX = /^vm\.(runInNewContext|runInContext)\(\)$/;
/** An option that holds plugins (`options.plugins`, `configPlugin`): extensions are code the caller chose to load. */
const PLUGIN_FIELD = /^plugins?$|Plugins?$/;
/** File-system calls that only tell whether a path exists or what it is, never its content. */
const METADATA_ONLY = /(^|\.)(stat|lstat|statSync|lstatSync|access|accessSync|exists|existsSync|pathExists|pathExistsSync)\(\)$/;

/**
 * An existence or metadata check (`existsSync(p)`, `stat(p)`) of a path from the same input that is
 * also opened, read or written is one flaw with the open: reported once, where the content is reached.
 */
export function dropCheckedThenOpened(flows: Flow[]): void {
  const key = (f: Flow) => `${f.sink.location.path}|${f.source.location.path}:${f.source.location.startLine}:${f.source.location.startColumn}|${f.path.join('.')}`;
  const check = (f: Flow) => f.kind === 'path' && METADATA_ONLY.test(f.sink.label);
  const opened = new Set(flows.filter((f) => f.kind === 'path' && !check(f)).map(key));
  const kept = flows.filter((f) => !check(f) || !opened.has(key(f)));
  flows.splice(0, flows.length, ...kept);
}

/** File-system calls that write a path's content. */
const WRITES_CONTENT = /(^|\.)(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|outputFile|outputFileSync|writeJson|writeJsonSync)\(\)$/;
/** Calls that read a path's content or send the file (removing or moving it is a flaw of its own). */
const READS_CONTENT = /(^|\.)(readFile|readFileSync|createReadStream|readJson|readJsonSync|download|sendFile|sendfile)\(\)$/;

/**
 * A path from the same input written and then read back or sent (`writeFile(p, data)` then
 * `res.download(p)`) is one flaw: the write puts the file where the input says, the read returns what
 * was just written. Reported once, at the write.
 */
export function dropWrittenThenServed(flows: Flow[]): void {
  const key = (f: Flow) => `${f.sink.location.path}|${f.source.location.path}:${f.source.location.startLine}:${f.source.location.startColumn}|${f.path.join('.')}`;
  const writes = new Map<string, number>();
  for (const f of flows) {
    if (f.kind !== 'path' || !WRITES_CONTENT.test(f.sink.label)) continue;
    const k = key(f);
    writes.set(k, Math.min(writes.get(k) ?? Infinity, f.sink.location.startLine));
  }
  if (!writes.size) return;
  const kept = flows.filter((f) => f.kind !== 'path' || !READS_CONTENT.test(f.sink.label) || !(f.sink.location.startLine > (writes.get(key(f)) ?? Infinity)));
  flows.splice(0, flows.length, ...kept);
}

export function checkCallSinks(e: TaintEngine, site: CallSite, frame: Frame): void {
  if (site.method === 'send' && site.receiverNode) site.htmlDeclared = declaredHtmlBefore(site.receiverNode, frame);
  noteContentType(site, frame);
  // (Looked up at the first XSS row only: most calls match none.)
  let plainResponse: boolean | undefined;
  const isPlainResponse = () => (plainResponse ??= e.nonHtmlResponses.has(site.call) || headersArgIsPlain(site) || (site.receiverNode ? declaresNonHtmlType(site.receiverNode) || declaredPlainBefore(e, site.receiverNode, frame) : false));
  // Calls identified by where the callee came from (package → export → instance → method).
  let apiKinds = 0;
  for (const row of matchRows(e.models.sinks, site.api)) {
    apiKinds |= SINK_KINDS[row.kind];
    if (row.rawValues) {
      rawValueSinks(e, row, site, frame);
      continue;
    }
    if (row.objectValues) {
      objectValueSinks(e, row, site, frame);
      continue;
    }
    const indexes = row.args.map((i) => (i < 0 ? site.args.length + i : i));
    for (const i of new Set(indexes)) {
      const v = row.field ? site.argValues[i]?.fields?.get(row.field) : site.argValues[i];
      // A filter whose keys are the code's own: each input value is compared on the column it names.
      if (row.keyedFilter && v && v.taints.length === 0) continue;
      if (v) sinkValue(e, row.kind, v, site, i, frame, 'high', undefined, row.model, row.fragment, row.template);
    }
  }
  if (BUN_SPAWNS.test(site.name)) bunSpawn(e, site, frame);
  if (SPAWNS.test(site.name)) {
    site.list = listElements(e, site.args[1], frame);
    shellSink(e, site, frame);
    argumentSink(e, site, frame);
  }
  if (site.name === 'vm.runInContext' || site.name === 'vm.runInNewContext') sandboxEvaluators(e, site, frame);
  // In a package, `this.run(sql)` of its own class is that method, not a driver's `run()` guessed
  // by name: its summary says where the statement goes (applySummary reports it there).
  const ownQueryMethod = site.localFn === true && inLibraryPackage(e);
  for (const row of callSinkRows(site)) {
    if (apiKinds & SINK_KINDS[row.kind]) continue;
    if (ownQueryMethod && row.kind === 'sql') continue;
    if (row.kind === 'redos') {
      redosSink(e, row, site, frame);
      continue;
    }
    if (row.when && !row.when(site)) continue;
    if (row.kind === 'xss' && isPlainResponse()) continue;
    if (row.kind === 'prototype' && patchedLibraryCall(site.name, e.input.declaredRanges)) continue;
    if (row.receiver) {
      if (site.receiverValue) sinkValue(e, row.kind, site.receiverValue, site, -1, frame);
      continue;
    }
    const indexes = row.args.map((i) => (i < 0 ? site.args.length + i : i));
    for (const i of new Set(indexes)) {
      const arg = site.argValues[i];
      if (!arg) continue;
      // Every field the row names (`createError({ statusMessage, data })`), or the argument itself.
      const values = row.field ? [...(arg.fields ?? [])].filter(([k]) => row.field!.test(k)).map(([, f]) => f) : [arg];
      for (const v of values) {
        if (row.kind === 'xss' && (sentAsJson(site, v) || negotiatedSend(e, site))) continue;
        rowSink(e, row, site, i, v, frame);
      }
    }
  }
}

/**
 * An object built in the code (`res.send({ name, shipment })`) given to Express's or Restify's
 * `res.send`: both serialise it as JSON (`application/json` unless the response was declared HTML),
 * so the strings in its fields are never markup.
 */
function sentAsJson(site: CallSite, v: Value): boolean {
  if (site.method !== 'send' || !v.fields || v.stringy || v.taints.length > 0 || v.awaited) return false;
  return !site.htmlDeclared && !chainDeclaresHtml(site.receiverNode);
}

/** The file belongs to a library package (its exported API is run with the caller's input). */
export function inLibraryPackage(e: TaintEngine): boolean {
  return e.input.linkInput?.[LIBRARY_KEY] !== undefined;
}

/**
 * A query whose values argument the library formats into constant text: the values its raw
 * placeholders name are spliced in unescaped (`db.any('… ORDER BY $2:raw', [a, sort])`: `sort`).
 */
function rawValueSinks(e: TaintEngine, row: ApiSinkRow, site: CallSite, frame: Frame): void {
  const text = stringValue(site.args[0]) ?? site.argValues[0]?.text;
  const i = row.args[0] ?? 1;
  const arg = site.args[i];
  const all = site.argValues[i];
  if (!text || !arg || !all || !isTainted(all)) return;
  const label = `${site.name || site.method}() raw placeholder`;
  let list: ReturnType<typeof listElements> | null;
  for (const key of new Set(row.rawValues!(text))) {
    let v: Value | undefined;
    if (key === 'this') v = all;
    else if (/^\d+$/.test(key)) {
      list = list === undefined ? listElements(e, arg, frame) ?? null : list;
      if (list?.fromCall) list = null;
      const el = list?.elements[Number(key)];
      if (list) v = el && el.type !== 'SpreadElement' ? elementValue(e, el, frame) : undefined;
      // Not a list: a single value is `$1` itself.
      else if (key === '0' && !all.fields) v = all;
    } else v = key.split('.').reduce<Value | undefined>((o, k) => o?.fields?.get(k), all);
    // (A fragment of the query composed here: reported here, not where a caller passes the value.)
    if (v) reportSink(e, 'sql', v, site.call, label, frame, undefined, undefined, undefined, { fragment: true, ...(row.model ? { model: row.model } : {}) });
  }
}

/**
 * The values a mysql-style formatter binds to the `?` placeholders of the query text: each one that
 * may be an object is a sink (emit() keeps only such taints). A placeholder after `SET` takes an
 * object on purpose (`INSERT … SET ?`: its keys become escaped column names), and an object inside an
 * array is quoted as text, so only a top-level value counts.
 */
function objectValueSinks(e: TaintEngine, row: ApiSinkRow, site: CallSite, frame: Frame): void {
  const i = row.args[0] ?? 1;
  const arg = site.args[i];
  const all = site.argValues[i];
  if (!arg || !all || !isTainted(all)) return;
  const text = stringValue(site.args[i - 1]) ?? site.argValues[i - 1]?.text;
  const setAt = setPlaceholders(text);
  const label = `${site.name || site.method}()`;
  const extra = { objectExpanded: true, ...(row.model ? { model: row.model } : {}) };
  const list = listElements(e, arg, frame);
  if (list && !list.fromCall) {
    list.elements.forEach((el, k) => {
      if (!el || el.type === 'SpreadElement' || setAt.has(k)) return;
      reportSink(e, 'sql', elementValue(e, el, frame), site.call, label, frame, undefined, undefined, undefined, extra);
    });
    return;
  }
  // A single value is the first placeholder's (`[].concat(values)`); an object built here is meant for `SET ?`.
  if (all.fields || setAt.has(0)) return;
  reportSink(e, 'sql', all, site.call, label, frame, undefined, undefined, undefined, extra);
}

/** Indexes of the `?` placeholders (not `??` identifiers) written right after `SET`. */
function setPlaceholders(text: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!text) return out;
  let k = 0;
  for (const m of text.matchAll(/\?\??/g)) {
    if (m[0] === '??') continue;
    if (/\bSET\s*$/i.test(text.slice(0, m.index))) out.add(k);
    k++;
  }
  return out;
}

/** One dangerous argument (or field of it) of a call matched by a sink row. */
function rowSink(e: TaintEngine, row: CallSink, site: CallSite, i: number, v: Value, frame: Frame): void {
  if (row.text && !(row.text.test(v.text ?? '') || row.text.test(stringValue(site.args[i]) ?? '') || (row.leading && visitorLedText(v, site.args[i])))) return;
  if (row.url && !navigableUrl(v)) return;
  if (row.url) v = navigablePart(v);
  if (row.kind === 'regex' && site.method !== '' && /^(match|matchAll|search)$/.test(site.method) && !site.receiverValue?.stringy) {
    reportSink(e, 'regex', v, site.call, `${site.name || site.method}()`, frame, undefined, row.heuristic ? 'low' : undefined, undefined, { implicitRegex: true });
    return;
  }
  if (row.kind === 'regex' && i === 0 && regexCopy(site.args)) {
    reportSink(e, 'regex', v, site.call, `${site.name || site.method}()`, frame, undefined, row.heuristic ? 'low' : undefined, undefined, { regexCopy: true });
    return;
  }
  // A raw fragment inside a multi-line sql`…` query: the flaw is that query (where it is run).
  const at = row.fragment && e.queryTemplate ? { ...site, call: e.queryTemplate } : site;
  sinkValue(e, row.kind, v, at, i, frame, row.heuristic ? 'low' : undefined, row.framework, undefined, row.fragment, row.template);
}

/** Properties a RegExp object carries besides its pattern (its flags, one by one or together). */
const REGEX_FLAG_PROPS = /^(flags|global|ignoreCase|multiline|sticky|unicode|unicodeSets|dotAll|hasIndices)$/;

/**
 * `new RegExp(re.source, re.flags)` (or `re.global ? 'g' : ''`): the pattern and flags of one value
 * read together, the way an existing RegExp object is copied.
 */
function regexCopy(args: Node[]): boolean {
  const src = args[0] && unwrap(args[0]);
  if (src?.type !== 'MemberExpression' || src.computed || propertyName(src) !== 'source' || !args[1]) return false;
  const of = memberPath(unwrap(src.object));
  if (!of) return false;
  let flags = false;
  walk(args[1], [{ MemberExpression(m) {
    if (!flags && !m.computed && REGEX_FLAG_PROPS.test(propertyName(m) ?? '') && memberPath(unwrap(m.object)) === of) flags = true;
  } }]);
  return flags;
}

/**
 * `vm.runInContext('safeEval(orderLinesData)', sandbox)`: fixed code that hands data the sandbox
 * carries to an evaluator the sandbox also carries (notevil, safe-eval…) or to the context's own
 * `eval`/`Function`. The code text is fixed; what it evaluates is the caller's data.
 */
function sandboxEvaluators(e: TaintEngine, site: CallSite, frame: Frame): void {
  const code = stringValue(site.args[0]);
  const sandbox = site.argValues[1];
  if (code === undefined || !sandbox?.fields) return;
  for (const m of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g)) {
    const [, fnName, argName] = m as unknown as [string, string, string];
    const data = sandbox.fields.get(argName);
    if (!data || !isTainted(data)) continue;
    const fn = sandbox.fields.get(fnName);
    // A package the code-sink table says evaluates its first argument (notevil, safe-eval, …).
    const pkg = fn?.api?.split('|')[0];
    const evaluator = !!pkg && CALL_SINKS.some((row) => row.kind === 'code' && row.args.includes(0) && row.callee.test(pkg));
    if (fnName === 'eval' || fnName === 'Function' || evaluator) reportSink(e, 'code', data, site.call, `${fnName}() in ${site.name}()`, frame);
  }
}

/**
 * A string whose first characters come from the URL or a message as the visitor wrote them: no
 * constant start, and not a whole `location`/`document` URL read (those start with `#`, `?`, `/` or a
 * scheme, never `<`).
 */
function visitorLedText(v: Value, arg: Node | undefined): boolean {
  if (v.prefix !== undefined || v.text || v.sameOrigin || !arg) return false;
  const browser = allTaints(v).filter((t) => t.source?.category === 'browser');
  if (browser.length === 0) return false;
  const path = memberPath(unwrap(arg));
  if (path && WHOLE_URL_READ.test(path)) return false;
  // The same whole read held in a variable or passed through a parameter (`const h = location.hash; $(h)`).
  return !browser.every((t) => t.whole && t.path.length === 0 && WHOLE_URL_READ.test(t.source!.label));
}
const WHOLE_URL_READ = /^((window|self|globalThis)\.)?(document\.)?location(\.(hash|search|href|pathname|origin))?$|^((window)\.)?document\.(URL|documentURI|baseURI|referrer)$/;

/**
 * A fixed super-linear regex run on a value (`re.test(s)`, `s.replace(re, …)`). A length check
 * before it (`if (s.length > 100) return`) bounds polynomial matching time; exponential
 * backtracking stays slow on short input, so only those bounded values still count there.
 */
function redosSink(e: TaintEngine, row: CallSink, site: CallSite, frame: Frame): void {
  const regex = row.receiver ? site.argValues[0]?.regex : site.receiverValue?.regex;
  const subject = row.receiver ? site.receiverValue : site.argValues[row.args[0] ?? 0];
  // Untainted text first: most regex calls match constants or trusted values, and the pattern's
  // analysis (the row's `when`) costs far more than looking at the subject.
  if (!regex || !subject || !isTainted(subject)) return;
  if (row.when && !row.when(site)) return;
  const backtracking = regexComplexity(regex.source, regex.flags)?.kind;
  const v = backtracking === 'exponential' ? subject : { taints: allTaints(subject).filter((t) => !(t.sanitized & LENGTH_BOUNDED)) };
  reportSink(e, 'redos', v, site.call, `${site.name || site.method}()`, frame, undefined, undefined, undefined, backtracking ? { backtracking } : undefined);
}

/**
 * The rows of CALL_SINKS whose callee pattern matches this call, memoised by the name tested: one
 * regex test per row and distinct callee name instead of per row and call.
 */
/**
 * This call is a log sink for argument `i` by its own name (`logger.info(msg)`): a log wrapper's
 * `console.log` inside reports the same line of the same flow again, at a line that is not the
 * caller's.
 */
export function loggedHere(site: CallSite, i: number): boolean {
  return callSinkRows(site).some((row) => row.kind === 'log' && (!row.when || row.when(site)) && row.args.some((a) => (a < 0 ? site.args.length + a : a) === i));
}

function callSinkRows(site: CallSite): CallSink[] {
  const key = site.name || `\0${site.method}`;
  let rows = CALL_SINK_ROWS.get(key);
  if (!rows) {
    // `/re/.test(x)` has no callee path: regex methods are known by the method alone.
    rows = CALL_SINKS.filter((row) => calleeMatches(row, row.kind === 'redos' && !site.name ? `.${site.method}` : site.name));
    if (CALL_SINK_ROWS.size > 50_000) CALL_SINK_ROWS.clear();
    CALL_SINK_ROWS.set(key, rows);
  }
  return rows;
}
const CALL_SINK_ROWS = new Map<string, CallSink[]>();

/**
 * A callee pattern `(^|\.)(a|b)$` whose names hold no `.`: it matches a callee by its last segment
 * alone. Most call names are unique paths (`this.cache.store.get`) seen once, but their last
 * segments repeat, so such rows are decided per segment once (a third of a scan's sink look-ups).
 */
const SEGMENT_CALLEE = /^\(\^\|\\\.\)((?:[\w|()]|\\\$)+)\$$/;
const segmentPatterns = new Map<CallSink, RegExp | null>();
const SEGMENT_MATCHES = new Map<string, Set<CallSink>>();

function segmentPattern(row: CallSink): RegExp | null {
  let segment = segmentPatterns.get(row);
  if (segment === undefined) {
    const rest = SEGMENT_CALLEE.exec(row.callee.source)?.[1];
    segment = rest !== undefined && !row.callee.flags.replace(/[gy]/g, '') ? new RegExp(`^${rest}$`) : null;
    segmentPatterns.set(row, segment);
  }
  return segment;
}

function calleeMatches(row: CallSink, name: string): boolean {
  if (segmentPattern(row) === null) return row.callee.test(name);
  const last = name.slice(name.lastIndexOf('.') + 1);
  let matching = SEGMENT_MATCHES.get(last);
  if (!matching) {
    matching = new Set(CALL_SINKS.filter((r) => segmentPattern(r)?.test(last) === true));
    if (SEGMENT_MATCHES.size > 50_000) SEGMENT_MATCHES.clear();
    SEGMENT_MATCHES.set(last, matching);
  }
  return matching.has(row);
}

/** Programs whose options can run commands, read or write files, or change where they connect (ExifTool: `-@ argfile`, `-if` Perl expressions, `-Directory=` moves files). */
const OPTION_PROGRAMS = /^(git|hg|svn|ssh|scp|sftp|rsync|tar|zip|unzip|7z|find|curl|wget|sendmail|gpg|npm|npx|yarn|pnpm|docker|kubectl|ffmpeg|convert|magick|gm|psql|pg_dump|mysql|mysqldump|openssl|exiftool)(\.exe)?$/;
/**
 * One-letter options that take no value, per program (`rsync -a src dst`, `tar -x -f f`): the
 * next element is read on its own, as an option if it starts with `-`. Other one-letter options are
 * taken to consume the next element (`git commit -m msg`).
 */
const FLAGS_WITHOUT_VALUE: Record<string, RegExp> = {
  rsync: /^-[avzrnqPhulptgoDHAXcWxSRIiEkKLmOJ]$/,
  tar: /^-[xctvzjJpkmhruOPaSWiBw]$/,
  ssh: /^-[AaCfGgKkMNnqsTtVvXxYy]$/,
  scp: /^-[ABCOpqRrsTv]$/,
  sftp: /^-[aCfNpqrv]$/,
  curl: /^-[sSLkvfIiGNOJRnljq]$/,
  wget: /^-[qvcNrSkKmpxbEHL]$/,
  git: /^-[qvfapuAdDrRi]$/,
  hg: /^-[vqyfU]$/,
  zip: /^-[rqjvumyXTDeg]$/,
  unzip: /^-[oqjnltvufaCL]$/,
  npm: /^-[gDESOBfqsy]$/,
  npx: /^-[yq]$/,
  yarn: /^-[DEOPWg]$/,
  pnpm: /^-[DEOPgrw]$/,
  exiftool: /^-[abeEfgGhHlLmnqrsStTuUvXjkPzF]$/,
};

const SPAWNS = /^(child_process\.(spawn|spawnSync|execFile|execFileSync)|execa|execa\.execa|execa\.execaSync|cross-spawn|cross-spawn\.sync)$/;

/**
 * Argument injection (CWE-88): `execFile('git', ['clone', url, dir])` passes no shell, but a `url`
 * of `--upload-pack=…` is an option to git. A whole user value in the argument list of such a
 * program, before any `--` and not the value of a constant option before it, is reported.
 */
function argumentSink(e: TaintEngine, site: CallSite, frame: Frame): void {
  const named = programName(site);
  // A program chosen elsewhere (`spawn(this.options.path, ['-i', '-f', from, ...to])`): constant
  // options in its list say it reads options from its arguments.
  const program = named ?? (site.list && passesOptions(site.list) ? 'the program' : undefined);
  if (!program || (named !== undefined && !OPTION_PROGRAMS.test(program.split(/[\\/]/).pop() ?? ''))) return;
  // With `shell: true` the list is a command line: js/command-injection reports it.
  const shell = site.args[2] && objectProperty(site.args[2], 'shell');
  if (shell && !(unwrap(shell).type === 'Literal' && !unwrap(shell).value)) return;
  if (!site.list) {
    // A wrapper's parameter (`function git(args) { execFileSync('git', args) }`): its callers' lists are read where they call it.
    const list = site.args[1] && unwrap(site.args[1]);
    const param = list?.type === 'Identifier' ? frame.paramNames?.indexOf(list.name) ?? -1 : -1;
    if (param >= 0 && (frame.summary.argumentLists ??= []).length < 8) {
      const loc = e.sinkLoc(site.call);
      frame.summary.argumentLists.push({ param, program, sink: { location: loc, label: `${program} argument list`, context: frame.fnName, suppression: e.input.suppressionAt?.(loc.startLine) } });
    }
    return;
  }
  checkArgumentList(e, program, site.list, site.call, `${program} argument list`, frame);
}

/** Each element of an option-reading program's argument list that a caller's value may start (see argumentSink). */
export function checkArgumentList(e: TaintEngine, program: string, list: NonNullable<CallSite['list']>, at: Node, label: string, frame: Frame): void {
  // An element added on some paths only (`if (o.tags) args.push('--tags')`) may be missing: it
  // neither ends the options nor takes the next element as its value, unless both came in one call.
  let previous: { constant?: string; el: Node } | undefined;
  let endedBy: Node | undefined;
  const flags = FLAGS_WITHOUT_VALUE[(program.split(/[\\/]/).pop() ?? '').replace(/\.exe$/, '')];
  for (const el of list.elements) {
    if (!el) return;
    if (el.type === 'SpreadElement') {
      // `...recipients`: every element of a user's list is in option position (unless `--` came
      // first); after a list of unknown length, which option takes which value is unknown.
      const v = elementValue(e, el.argument, frame);
      if (isTainted(v) && !(endedBy !== undefined && list.maybe.get(el) === endedBy)) reportSink(e, 'argument', { taints: allTaints(v) }, at, label, frame);
      previous = undefined;
      continue;
    }
    const constant = stringValue(el);
    const maybe = list.maybe.get(el);
    if (constant === '--' && !maybe) return;
    // `if (p) args.push('--', p)`: `--` is there whenever what came with it is.
    if (constant === '--') endedBy = maybe;
    const takesValue = (option: string) => OPTION_WITH_VALUE.test(option) && !flags?.test(option);
    const shielded = (maybe !== undefined && endedBy === maybe) || (previous?.constant !== undefined && takesValue(previous.constant) && (!list.maybe.has(previous.el) || list.maybe.get(previous.el) === maybe));
    if (constant === undefined && !shielded) {
      const v = elementValue(e, el, frame);
      // `--depth=${n}`, `refs/heads/${b}`: a constant start means the value cannot be an option; in
      // a built element (`${ref}:${file}`) only what comes first can make it start with `-`.
      const first = v.text ? allTaints(v).filter((t) => t.sanitized & LEADING_BASE) : allTaints(v);
      if (first.length && !v.prefix) reportSink(e, 'argument', { taints: first }, at, label, frame);
    }
    previous = { constant, el };
  }
}

/** A constant option (`-i`, `--verbose`) among a list's elements: the program parses options. */
function passesOptions(list: NonNullable<CallSite['list']>): boolean {
  return list.elements.some((el) => el?.type !== 'SpreadElement' && /^--?[a-zA-Z]/.test(stringValue(el) ?? ''));
}

const BUN_SPAWNS = /^Bun\.(spawn|spawnSync)$/;

/**
 * `Bun.spawn([program, ...args], options)` and `Bun.spawn({ cmd: [...] })`: one list holds the
 * program and its arguments. Input that picks the program runs any program; the rest is read as
 * `spawn(program, args)` is (a shell's `-c` command line, options of an option-reading program).
 */
function bunSpawn(e: TaintEngine, site: CallSite, frame: Frame): void {
  const first = site.args[0] && unwrap(site.args[0]);
  const listNode = first?.type === 'ObjectExpression' ? objectProperty(first, 'cmd') : first;
  if (!listNode) return;
  const list = listElements(e, listNode, frame);
  const whole = evaluate(e, listNode, frame);
  // A command line split into words (`cmd.split(' ')`): input in it may name the program. (A list
  // built elsewhere may hold input only as arguments: not this rule's without its elements.)
  if (!list) return splitCommandLine(listNode) ? sinkValue(e, 'command', whole, site, 0, frame) : undefined;
  const [head, ...rest] = list.elements;
  if (!head || head.type === 'SpreadElement') return;
  const program = elementValue(e, head, frame);
  sinkValue(e, 'command', program, site, 0, frame);
  const asSpawn: CallSite = { ...site, args: [head, { ...listNode, type: 'ArrayExpression', elements: rest }], argValues: [program, whole], list: { elements: rest, maybe: list.maybe } };
  shellSink(e, asSpawn, frame);
  argumentSink(e, asSpawn, frame);
}

/** `line.split(' ')`, `line.trim().split(/\s+/)`. */
function splitCommandLine(n: Node): boolean {
  const callee = n.type === 'CallExpression' ? unwrap(n.callee) : undefined;
  return callee?.type === 'MemberExpression' && propertyName(callee) === 'split';
}

/** `spawn('sh', ['-c', cmd])` runs a shell whatever the `shell` option says: `cmd` is a command line. */
function shellSink(e: TaintEngine, site: CallSite, frame: Frame): void {
  const i = shellCommandIndex(programName(site), site.list?.elements);
  const el = i === undefined ? undefined : site.list!.elements[i];
  if (!el) return;
  const v = el.type === 'SpreadElement' ? site.argValues[1] ?? EMPTY : elementValue(e, el, frame);
  sinkValue(e, 'command', v, site, 1, frame);
}

/** The program a process call runs, when it is constant. */
function programName(site: CallSite): string | undefined {
  const literal = stringValue(site.args[0]);
  if (literal !== undefined) return literal;
  // `options.bin || 'exiftool'`: a configurable path, the named program by default.
  const first = site.args[0] && unwrap(site.args[0]);
  if (first?.type === 'LogicalExpression' && (first.operator === '||' || first.operator === '??')) {
    const fallback = stringValue(first.right);
    if (fallback !== undefined) return fallback;
  }
  const v = site.argValues[0];
  return v && !isTainted(v) && v.prefix !== undefined && v.text === v.prefix ? v.prefix : undefined;
}

/** An element of an argument list: the value it had when it was pushed, if it was. */
function elementValue(e: TaintEngine, el: Node, frame: Frame): Value {
  return e.listValues.get(el) ?? evaluate(e, el, frame);
}

/**
 * Where a `$where` finding is: from the filter argument to the `$where` text it carries, when that
 * is written elsewhere in the function (a local variable's literal, or the literal a local criteria
 * function returns: `find(searchCriteria())`) — the JavaScript is built there and run here.
 */
function whereSpan(e: TaintEngine, arg: Node, frame: Frame): Node {
  const where = whereProperty(e, arg, frame);
  if (where === arg) return arg;
  return { type: 'WhereSpan', start: Math.min(arg.start, where.start), end: Math.max(arg.end, where.end) } as Node;
}

function whereProperty(e: TaintEngine, arg: Node, frame: Frame): Node {
  const a = unwrap(arg);
  const only = (root: Node | undefined): Node | undefined => {
    if (!root) return undefined;
    const found: Node[] = [];
    walk(root, [{ Property(p) { if (propertyName(p) === '$where') found.push(p); } }]);
    return found.length === 1 ? found[0] : undefined;
  };
  if (a.type === 'ObjectExpression') return arg;
  if (a.type === 'CallExpression' && unwrap(a.callee).type === 'Identifier') {
    const fn = frame.scope.lookup(unwrap(a.callee).name)?.fn;
    return (fn !== undefined ? only(e.fns[fn]!.node) : undefined) ?? arg;
  }
  if (a.type === 'Identifier') {
    let init: Node | undefined;
    const root = frame.fnId !== undefined ? e.fns[frame.fnId]!.node : e.input.program;
    walk(root, [{ VariableDeclarator(d) { if (d.id.type === 'Identifier' && d.id.name === a.name && d.init && unwrap(d.init).type === 'ObjectExpression') init = unwrap(d.init); } }]);
    return (init && objectProperty(init, '$where')) ?? arg;
  }
  return arg;
}

/**
 * Express's `res.redirect`/`res.location` and Koa's `ctx.redirect` write the target through encodeurl
 * (`\\` → `%5C`). (Restify's `res.redirect(url, next)` writes it as given.)
 */
function encodesBackslash(site: CallSite): boolean {
  const receiver = site.receiver ?? '';
  if (trailingCallback(site)) return false;
  return /^(redirect|location)$/.test(site.method) && ((isResponse(site) && !isHonoContext(site) && !/^(reply|h)$/.test(receiver)) || /^(ctx|context|this\.ctx)$/.test(receiver));
}

/** Fields of a request's options that pick its destination. */
const REQUEST_DESTINATION = /^(url|uri|href|origin|host|hostname|port|protocol|baseURL|baseUrl|prefixUrl|socketPath|agent|lookup)$/;

export function sinkValue(e: TaintEngine, kind: SinkKind, v: Value, site: CallSite, argIndex: number, frame: Frame, confidence?: 'high' | 'low', framework?: string, model?: string, fragment?: boolean, template?: boolean): void {
  const label = `${site.name || site.method}()`;
  // An error handler answering `res.status(400).json({ message: err.message })`: the error is one the
  // application raised as a client error, its message written for the client. (A caught exception
  // answered with a 4xx can still say which host refused a connection: it stays reported.)
  if (kind === 'errorInfo' && (clientErrorStatus(site.receiverNode) || (statusFirst(site) && clientErrorCode(site.args[0])))) v = withoutErrorMessages(v, (t) => t.source?.label === HANDLED_ERROR);
  // An HTTP exception's message (`throw new NotFound('unknown reference')`) is the answer the application wrote.
  if (kind === 'errorInfo') v = withoutErrorMessages(v, (t) => t.source?.label === HTTP_EXCEPTION);
  // An error page's template decides what of a message it shows; a stack in its locals is there to be shown.
  if (kind === 'errorInfo' && site.method === 'render') v = withoutErrorMessages(v, () => true);
  let extra: Pick<SinkSite, 'model' | 'fragment' | 'template' | 'slashChecked' | 'ownLogger'> | undefined = model || fragment || template ? { ...(model ? { model } : {}), ...(fragment ? { fragment } : {}), ...(template ? { template } : {}) } : undefined;
  if (kind === 'log' && site.inLogger) extra = { ...extra, ownLogger: true };
  if (kind === 'nosql') {
    // $where runs JavaScript: any user string there is injection, object or not.
    const where = v.fields?.get('$where');
    if (where) reportSink(e, 'code', where, whereSpan(e, site.args[argIndex]!, frame), `${label} $where`, frame, 'nosql', confidence, undefined, extra);
    // $function / $accumulator bodies and mapReduce functions are JavaScript run by the database.
    // (Read from the argument's code: pipeline arrays and `$or`/`$and` lists do not keep their
    // elements' fields, so a $regex written inside one is found there too.)
    const arg = site.args[argIndex];
    const writtenRegexes: Value[] = [];
    if (arg) {
      walk(arg, [{ Property(p) {
        const key = propertyName(p) ?? '';
        if (/^\$(function|accumulator)$/.test(key)) reportSink(e, 'code', evaluate(e, p.value, frame), p, `${label} $function`, frame, 'nosql', confidence, undefined, extra);
        if (key === '$regex') writtenRegexes.push(evaluate(e, p.value, frame));
      } }]);
    }
    for (const re of writtenRegexes.length ? writtenRegexes : findFields(v, '$regex')) reportSink(e, 'regex', re, site.call, `${label} $regex`, frame, undefined, confidence, undefined, extra);
    if (site.method === 'mapReduce') {
      reportSink(e, 'code', v, site.call, `${label} map/reduce function`, frame, 'nosql', confidence, undefined, extra);
      return;
    }
    v = literalOperands(v, 0);
  }
  if (kind === 'ssrf' || kind === 'redirect') {
    // A constant scheme://host/ prefix pins the destination.
    if (v.prefix !== undefined && fixedOrigin(v.prefix, kind)) return;
    const urlOpt = site.args[argIndex] && objectProperty(site.args[argIndex], 'url');
    if (urlOpt) {
      reportSink(e, kind, evaluate(e, urlOpt, frame), site.call, label, frame, undefined, confidence, undefined, extra);
      return;
    }
    if (kind === 'redirect') ({ v, extra } = slashCheckedTarget(v, encodesBackslash(site), extra));
    // Request options (`http.request({ hostname, path, headers })`): only these fields choose where the
    // request goes; a path, method or header from input is sent to the host the code chose.
    if (kind === 'ssrf' && v.fields && !v.stringy && v.taints.length === 0 && !v.keyedBy) {
      v = { taints: [], fields: new Map([...v.fields].filter(([k]) => REQUEST_DESTINATION.test(k))) };
    }
  }
  if (kind === 'sql' && v.prefix !== undefined && !v.text && !isTainted(v)) return;
  // pg's query config object: only its text is SQL; `values` are bound parameters.
  if ((kind === 'sql' || kind === 'command') && v.fields && !v.stringy) {
    const text = v.fields.get('text') ?? v.fields.get('sql') ?? v.fields.get('query') ?? v.fields.get('command') ?? v.fields.get('Statement');
    if (!text) return;
    reportSink(e, kind, text, site.call, label, frame, undefined, confidence, undefined, extra);
    return;
  }
  // What a log keeps, objects included: a credential in it is exposed whatever the escaping.
  if (kind === 'log') reportSink(e, 'logData', v, site.call, label, frame, undefined, confidence, undefined, extra);
  // Loggers print objects with util.inspect, which escapes newlines inside strings.
  if (kind === 'log' && v.fields && !v.stringy) return;
  if (kind === 'log' && escapedByFormat(site, argIndex)) return;
  // A URL trusted as safe with a constant start: `https://…`/`/…` cannot become `javascript:`; a
  // resource URL (iframe, script) must also keep a fixed host.
  if (framework === 'angular' && v.prefix !== undefined && (site.method === 'bypassSecurityTrustResourceUrl' ? fixedOrigin(v.prefix, 'ssrf') : site.method === 'bypassSecurityTrustUrl' && SAFE_URL_PREFIX.test(v.prefix))) return;
  reportSink(e, kind, v, site.call, label, frame, undefined, confidence, framework, extra);
}

/**
 * `{ author: { $eq: input } }`: MongoDB compares `$eq`'s operand as a value, so an object there
 * (`{ $ne: null }`) is matched literally, not read as operators: the recommended fix for operator injection.
 */
function literalOperands(v: Value, depth: number): Value {
  if (!v.fields || depth > 4) return v;
  let fields: Map<string, Value> | undefined;
  for (const [k, f] of v.fields) {
    const next = k === '$eq' ? sanitize(f, mask('nosql')) : literalOperands(f, depth + 1);
    if (next !== f) (fields ??= new Map(v.fields)).set(k, next);
  }
  return fields ? { ...v, fields } : v;
}

/** A response chain that sets a constant 4xx status: `res.status(400)`, `reply.code(422).type('json')`, `res.writeHead(404)`. */
function clientErrorStatus(receiver: Node | undefined): boolean {
  for (let n = receiver && unwrap(receiver); n?.type === 'CallExpression' && n.callee.type === 'MemberExpression'; n = unwrap(n.callee.object)) {
    if (!/^(status|code|writeHead)$/.test(propertyName(n.callee) ?? '')) continue;
    return clientErrorCode(n.arguments[0]);
  }
  return false;
}

/** A constant 4xx status. */
function clientErrorCode(n: Node | undefined): boolean {
  const status = numberValue(n);
  return status !== undefined && status >= 400 && status < 500;
}

/** The value with the messages (every field but the stack) of the errors `which` picks no longer error details for the client. */
function withoutErrorMessages(v: Value, which: (t: Taint) => boolean): Value {
  if (!isTainted(v)) return v;
  const bit = SINK_KINDS.errorInfo;
  return { taints: allTaints(v).map((t) => (t.path[0] === 'stack' || !which(t) ? t : { ...t, sanitized: t.sanitized | bit })), stringy: v.stringy };
}

/**
 * The page's own absolute URL (`location.href`, `document.URL`), whole or leading the target: its
 * origin is this site's, whatever follows. (Not `location.pathname`: `//evil.example/x` is a path.)
 */
function ownPageUrlFirst(t: Taint): boolean {
  return t.source?.category === 'browser' && /^((window|document|self|globalThis)\.)?(location\.href|document\.(URL|documentURI))$/.test(t.source.label) && t.path.length === 0 && !(t.sanitized & APPENDED);
}

/**
 * A redirect target checked for one leading `/` only (not `//`): where the redirect percent-encodes
 * `\` (Express), it stays on the site; elsewhere `/\evil.example` still leaves it, and the
 * message says the check is there and looks enough.
 */
export function slashCheckedTarget<X extends object>(v: Value, encodesBackslash: boolean, extra: X | undefined): { v: Value; extra: X | (X & { slashChecked: true }) | undefined } {
  if (encodesBackslash) return { v: { ...v, taints: v.taints.map((t) => (t.sanitized & SLASH_PATH ? { ...t, sanitized: t.sanitized | SINK_KINDS.redirect } : t)) }, extra };
  if (v.taints.some((t) => t.sanitized & SLASH_PATH)) return { v, extra: { ...(extra as X), slashChecked: true } };
  return { v, extra };
}

/** Report every live taint of `v` at this sink (or record it in the function's summary). */
export function reportSink(e: TaintEngine, kind: SinkKind, v: Value, at: Node, label: string, frame: Frame, reportAs?: SinkKind, confidence?: 'high' | 'low', framework?: string, extra?: Pick<SinkSite, 'backtracking' | 'implicitRegex' | 'regexCopy' | 'model' | 'fragment' | 'template' | 'replacesPrototype' | 'objectExpanded' | 'slashChecked' | 'ownLogger'>): void {
  // location → location: a URL that starts with the page's own URL, origin or path stays on the site.
  if (kind === 'redirect' && v.sameOrigin) return;
  // (Also through a union with other values: the page's own full URL at the start keeps its origin.)
  const live = kind === 'redirect' ? liveTaints(v, kind).filter((t) => !ownPageUrlFirst(t)) : liveTaints(v, kind);
  if (live.length === 0) return;
  const loc = e.sinkLoc(at);
  const site: SinkSite = {
    location: loc,
    label,
    snippet: undefined,
    suppression: e.input.suppressionAt?.(loc.startLine),
    context: frame.fnName,
    ...(confidence ? { confidence } : {}),
    ...(framework ? { framework } : {}),
    ...extra,
  };
  // A regex compiled from a library's pattern parameter: what else is built into it configures the pattern.
  const patternLanguage = kind === 'regex' && allTaints(v).some((t) => t.sanitized & PATTERN_INPUT);
  for (const t of live) {
    if (patternLanguage && t.source?.category === 'library') continue;
    emit(e, reportAs ?? kind, t, site, frame, !!v.stringy, v.text, !v.taints.includes(t));
  }
}

/**
 * Query text, or a query builder's condition (`.where(\`user.email = '${email}'\`)`: a comparison
 * around a quoted value, no keyword of its own).
 */
function sqlShaped(text: string, label: string): boolean {
  return SQL_TEXT_PATTERN.test(text) || (BUILDER_CONDITION.test(label) && QUOTED_COMPARISON.test(text));
}
const BUILDER_CONDITION = /(^|\.)(where|andWhere|orWhere|having|andHaving|orHaving)\(\)$/;
const QUOTED_COMPARISON = /[\w\]"`]\s*(=|<>|!=|<=|>=|<|>|\blike\b|\bilike\b)\s*'/i;

/**
 * A parameter declared with a type that text cannot be (`id: number`, `dir: 'asc' | 'desc'`, `at:
 * Date`) or with a named type (an enum, a union alias such as `SortField`): its callers are held to
 * that type, so building it into query text is no finding without a source.
 */
function declaredNarrow(param: Node | undefined, path: string[]): boolean {
  const p = param?.type === 'TSParameterProperty' ? param.parameter : param?.type === 'AssignmentPattern' ? param.left : param;
  let type = p?.typeAnnotation?.typeAnnotation;
  // `opts: { limit: number }` read as `opts.limit`: the member's declared type.
  for (const key of path) {
    if (type?.type !== 'TSTypeLiteral') return false;
    const member = type.members.find((m: Node) => m.type === 'TSPropertySignature' && propertyName(m) === key);
    type = member?.typeAnnotation?.typeAnnotation;
  }
  const narrow = (t: Node | undefined): boolean => {
    if (!t) return false;
    switch (t.type) {
      case 'TSNumberKeyword': case 'TSBooleanKeyword': case 'TSBigIntKeyword': case 'TSLiteralType': return true;
      case 'TSUnionType': return t.types.every(narrow);
      case 'TSTypeReference': return t.typeName?.type === 'Identifier' && !/^(String|Object|Record|Array|Partial|Readonly)$/.test(t.typeName.name);
      default: return false;
    }
  };
  return narrow(type);
}

/**
 * A method of a built package that its declaration file declares `protected` or `private`
 * (`protected loadTables(tableNames)` in `QueryRunner.d.ts`): the package's own classes are its only
 * callers, and what its public API passes down is that API's contract, not this method's.
 */
function builtPackageInternal(e: TaintEngine, frame: Frame): boolean {
  const info = frame.fnId !== undefined ? e.fns[frame.fnId] : undefined;
  if (!info?.cls?.declaredHidden) return false;
  return info.cls.declaredHidden.has(info.name.slice(info.name.lastIndexOf('.') + 1));
}

/**
 * A parameter's field named as raw SQL (`where.$raw`, `options.rawSql`, `opts.literal`): a query
 * builder's escape hatch, SQL its caller writes on purpose, as with knex's `whereRaw()`. Building it
 * into the query is the function's job; a source reaching it is still reported where the caller is seen.
 */
const RAW_SQL_FIELD = /^\$?(raw|rawSql|rawSQL|sql|literal)$/;

/** The running function is named as a pattern compiler (`compilePattern`, `pathToRegexp`). */
function compilesPatterns(frame: Frame): boolean {
  return PATTERN_COMPILER.test(frame.fnName.slice(frame.fnName.lastIndexOf('.') + 1));
}

export function emit(e: TaintEngine, kind: SinkKind, t: Taint, site: SinkSite, frame: Frame, stringy: boolean, text?: string, nested?: boolean): void {
  // (Not for a parameter a framework fills: `@Param('id', ParseIntPipe) id` is a number, and one
  // filled with request data is reported from that source.)
  if (t.param !== undefined && kind === 'sql' && !site.objectExpanded && stringy && sqlShaped(text ?? '', site.label) && site.location.path === e.input.path && frame.paramNames && !frame.frameworkFilled?.[t.param] && !builtPackageInternal(e, frame)
    && !(frame.fnId !== undefined && declaredNarrow(e.fns[frame.fnId]!.node.params[t.param], t.path)) && !t.path.some((k) => RAW_SQL_FIELD.test(k))) {
    const param = frame.paramNames[t.param] ?? `argument ${t.param + 1}`;
    e.flows.push({
      kind, source: { label: param, category: 'request', location: site.location, mayBeObject: false },
      steps: [{ location: site.location, message: `query text built from parameter \`${param}\` of ${frame.fnName}()`, kind: 'sink' }],
      sink: site, whole: false, stringy, path: t.path, audit: { param },
    });
  }
  if (t.param !== undefined) {
    const compiles = kind === 'regex' && !site.patternCompiler && (compilesPatterns(frame) || PATTERN_PARAM.test(frame.paramNames?.[t.param] ?? ''));
    addSink(frame.summary, {
      param: t.param, path: t.path, sanitized: t.sanitized, whole: t.whole, stringy, kind, ...(nested ? { nested } : {}),
      sink: { ...site, snippet: site.snippet ?? snippetAt(e, site.location), ...(compiles ? { patternCompiler: true } : {}) }, steps: t.steps,
    });
    return;
  }
  if (!t.source) return;
  if (site.replacesPrototype && !t.source.document) return;
  // A regex copied from another one (SinkSite.regexCopy) repeats a pattern already compiled, unless
  // the value is decoded data (a JSON or query-string object), which is never a RegExp.
  if (site.regexCopy && kind === 'regex' && !(t.source.mayBeObject && t.source.category !== 'library')) return;
  // A value bound to a mysql placeholder is escaped as text: only one that may still be an object
  // (a JSON body field not converted, type-checked or schema-typed as a string) changes the query.
  if (site.objectExpanded && (!t.source.mayBeObject || stringy || (t.sanitized & SINK_KINDS.nosql))) return;
  // A library's own pattern compiler (`compilePattern(pattern)`, `tokensToRegexp(tokens)`): the
  // patterns its callers configure are what it exists to compile (their backtracking is js/redos).
  if (t.source.category === 'library' && kind === 'regex' && (site.patternCompiler || compilesPatterns(frame))) return;
  // Whoever runs a CLI already controls its files, network and logs: argv matters only where it
  // becomes code or a shell command.
  if (t.source.category === 'cli' && kind !== 'command' && kind !== 'code') return;
  // …and only where it is built into one: an argument that is the whole command or script
  // (`run.js "npm test"`) is the tool's interface, chosen by whoever runs it.
  if (t.source.category === 'cli' && !stringy) return;
  // Page URL data only matters in the browser: it cannot reach a server's files, shell or database.
  if (t.source.category === 'browser' && !BROWSER_KINDS.has(kind)) return;
  // A fetched response body is other people's content: it matters where it becomes HTML, not elsewhere.
  if ((t.source.category === 'remote' || t.source.category === 'stored') && kind !== 'xss') return;
  // Rows of the application's own database are its data; only a raw view tag (views.ts), a
  // component's raw-HTML or bound-URL sink, and HTML a server handler builds from a row's text field
  // (`res.send(`<td>${row.title}</td>`)`, an admin page returned as a string) report them: there the
  // row is rendered to every reader. (A whole row sent is JSON; an id or a count is a number.)
  if (t.source.category === 'database' && !(kind === 'xss' && (COMPONENT_FRAMEWORKS.has(site.framework ?? '') || (site.framework === undefined && stringy && storedTextField(t.path))))) return;
  // An archive entry's stored name matters where it becomes a file path (zip slip), nowhere else.
  if (t.source.category === 'archive' && kind !== 'path') return;
  // A library's parameters: only where the library builds something dangerous from them (a command
  // line or code text around them, a key path, a document it deserialises), not where running the
  // caller's value is the function's job (`run(cmd)`).
  if (t.source.category === 'library' && kind === 'code' && ((t.sanitized & CODE_CONTRACT) || t.path.some((p) => PLUGIN_FIELD.test(p))) && !VM_SANDBOX.test(site.label)) return;
  // Code the caller writes (a template's source) is theirs: polynomial matching is slow only on many
  // kilobytes they wrote themselves; exponential backtracking still hangs on a few dozen characters.
  if (t.source.category === 'library' && kind === 'redos' && (t.sanitized & CODE_CONTRACT) && site.backtracking !== 'exponential') return;
  // Except code run in a fresh vm context: that promises isolation, which node:vm does not give.
  // A library request to a path its caller gave, resolved so that a full URL replaces the host.
  // Or a URL read from a token the library decodes (a JWS header's `jku`): the token's author picks it.
  const redirectedRequest = kind === 'ssrf' && ((t.sanitized & RESOLVED_AGAINST_BASE) !== 0 || tokenField(t));
  // A logger library's own output: the lines it writes are made of what its callers log, and a line
  // break in that text forges the next entry (the logger is where it must be escaped).
  // (What callers hand its logging methods — `info(msg)`, `log(level, msg)` — not the helpers behind them.)
  const loggerLine = kind === 'log' && site.ownLogger === true && LOGGING_METHOD_PARAM.test(t.source.label);
  if (t.source.category === 'library' && !redirectedRequest && !loggerLine && !(LIBRARY_KINDS.has(kind) && (stringy || !BUILT_ONLY.has(kind) || (kind === 'code' && VM_SANDBOX.test(site.label))))) return;
  // A path: only a parameter the library appends to a directory (`path.join(root, name)`) can leave
  // the folder the library meant; one that is the whole path or its base is the caller's choice
  // of file, and an existence check (`stat`, `access`) on it reads no content.
  if (t.source.category === 'library' && kind === 'path' && (!(t.sanitized & APPENDED) || METADATA_ONLY.test(site.label))) return;
  // `x.match(param)` where x may be the library's own matcher object, not a string: not evidence enough.
  if (t.source.category === 'library' && kind === 'regex' && site.implicitRegex) return;
  // Error details only matter at error sinks, and only errors matter there.
  if ((kind === 'errorInfo') !== (t.source.category === 'error')) return;
  const steps: TraceStep[] = [
    { location: t.source.location, message: sourceDescription(t.source, t.path), kind: 'source' },
    ...t.steps,
    { location: site.location, message: `reaches ${site.label}`, kind: 'sink' },
  ];
  e.flows.push({ kind, source: t.source, steps, sink: site, whole: t.whole, stringy, path: t.path, ...(t.serialized ? { serialized: true as const } : {}) });
}

/** A field of a token decoded from a library's input (`header.jku` of a JWS): not the whole token. */
function tokenField(t: Taint): boolean {
  const at = t.path.indexOf(DECODED_TOKEN);
  return at >= 0 && at < t.path.length - 1;
}

export function snippetAt(e: TaintEngine, loc: Location): string {
  if (loc.path !== e.input.path) return '';
  const out: string[] = [];
  for (let l = loc.startLine; l <= Math.min(loc.endLine, loc.startLine + 4); l++) out.push(e.input.lines.lineText(l));
  return out.join('\n');
}

export function sourceDescription(source: SourceInfo, path: string[]): string {
  const fields = path.filter((p) => /^[\w$-]+$/.test(p)).slice(0, 3);
  // A library parameter's label names the parameter first: the field goes there (`options.variable`).
  const named = source.category === 'library' ? /^(parameter `[^`]+)(`.*)$/s.exec(source.label) : null;
  const label = !fields.length || source.category === 'error' ? source.label : named ? `${named[1]}.${fields.join('.')}${named[2]}` : `${source.label}.${fields.join('.')}`;
  const s = { ...source, label };
  switch (s.category) {
    case 'request': return `user input from ${s.label}`;
    case 'browser': return `attacker-controllable ${s.label}`;
    case 'cli': return `command-line input from ${s.label}`;
    case 'error': return 'error details (message/stack)';
    case 'file': return `file content from ${s.label}`;
    case 'library': return s.label;
    case 'remote': return `the response body of ${s.label}`;
    case 'stored': return `stored content ${s.label}`;
    case 'database': return `stored content read from the database by ${s.label}`;
    case 'archive': return `${s.label}, an archive entry's stored data (whoever made the archive chose it)`;
  }
}

/** `https://api.example.com/…` or `/path` (not `//host`): the destination is fixed by the constant prefix. */
export function fixedOrigin(prefix: string, kind: SinkKind): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(prefix)) return true;
  // A path on our own origin: '/x…' (not '//host' or '/\\host').
  if ((kind === 'redirect' || kind === 'ssrf') && /^\/(?![/\\])/.test(prefix) && prefix.length >= 2) return true;
  return false;
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

/**
 * The content type a statement gives a response (`res.type('text/plain')`, `res.setHeader('Content-Type',
 * 'application/json')`, `res.writeHead(200, { 'Content-Type': … })`) holds for what the function
 * sends after it. Kept as a guard on `<response>.\0plain`: guards hold only where every path set
 * them (branches join by intersection), and rebinding the response drops them. An HTML, XML or SVG
 * type, or one not known here, makes the response HTML-capable again.
 */
function noteContentType(site: CallSite, frame: Frame): void {
  if (!site.receiverNode) return;
  const type = contentTypeSet(site.method, site.args);
  if (type === undefined) return;
  const key = plainKey(site.receiverNode);
  if (!key) return;
  if (type !== null && !/html|xml|svg/i.test(type)) frame.guards.set(key, 1);
  else frame.guards.delete(key);
  // Declared HTML on every path (a Fastify reply sends strings as text/plain unless told).
  const html = `${key.slice(0, -'\0plain'.length)}\0html`;
  if (type !== null && /html/i.test(type)) frame.guards.set(html, 1);
  else frame.guards.delete(html);
}

/** `reply.type('text/html')` in an earlier statement, on every path to here. */
export function declaredHtmlBefore(receiver: Node, frame: Frame): boolean {
  const key = plainKey(receiver);
  return !!key && frame.guards.has(`${key.slice(0, -'\0plain'.length)}\0html`);
}

/**
 * A log call's argument that its format string prints with `%j` (JSON.stringify) or `%o`/`%O`
 * (util.inspect): newlines inside a string come out escaped. (util.format, console, pino, winston's
 * splat and Midway's logger share these specifiers; `%%` takes no argument.)
 */
function escapedByFormat(site: CallSite, argIndex: number): boolean {
  if (argIndex < 1) return false;
  const first = site.args[0] && unwrap(site.args[0]);
  const format = first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
  if (!format?.includes('%')) return false;
  const specifiers = [...format.matchAll(/%([sdifjoOc%])/g)].map((m) => m[1]).filter((c) => c !== '%');
  return /^[joO]$/.test(specifiers[argIndex - 1] ?? '');
}

/**
 * What an Elysia error hook returns is the response. Inside a `case` of a switch on the error's code
 * the error is one the hook knows (validation, not found, the app's own classes): its message was
 * written for the client, its stack was not.
 */
export function returnedErrorHookBody(e: TaintEngine, arg: Node, v: Value, frame: Frame, knownError: boolean): void {
  const body = knownError ? withoutErrorMessages(v.awaited ?? v, () => true) : v.awaited ?? v;
  reportSink(e, 'errorInfo', body, arg, 'the response an Elysia error hook returns', frame);
}

/** What a Midway exception filter's `catch` returns is the response body (an HTTP exception's message was written for the client). */
export function returnedFilterBody(e: TaintEngine, arg: Node, v: Value, frame: Frame): void {
  const body = withoutErrorMessages(v.awaited ?? v, (t) => t.source?.label === HTTP_EXCEPTION);
  reportSink(e, 'errorInfo', body, arg, 'the response body an exception filter returns', frame);
}

/**
 * An async Fastify handler's returned string is the response body: HTML once the handler declared
 * `reply.type('text/html')` (a string is sent as text/plain otherwise, an object as JSON); an
 * Elysia handler's once it set `set.headers['content-type']` to an HTML type.
 */
export function returnedReplyBody(e: TaintEngine, arg: Node, v: Value, frame: Frame): void {
  if (!frame.guards.size) return;
  for (const k of frame.guards.keys()) {
    if (!k.endsWith('.\0html')) continue;
    const name = k.slice(0, -'.\0html'.length);
    const elysia = e.input.modules.specifiers.has('elysia') && name !== 'reply';
    if (!elysia && (!/^reply$/.test(name) || frame.scope.lookup(name)?.kind !== 'response')) continue;
    const body = v.awaited ?? v;
    if (body.stringy) reportSink(e, 'xss', body, arg, elysia ? 'the HTML an Elysia handler returns' : 'the HTML a Fastify handler returns', frame);
    return;
  }
}

/** The base response a call chain starts from (`res` of `res.status(200).send`), as a guard key. */
function plainKey(receiver: Node): string | undefined {
  let n = unwrap(receiver);
  for (let i = 0; i < 8 && n.type === 'CallExpression'; i++) {
    const c = unwrap(n.callee);
    if (c.type !== 'MemberExpression') return undefined;
    n = unwrap(c.object);
  }
  const path = memberPath(n);
  return path ? `${path}.\0plain` : undefined;
}

function declaredPlainBefore(e: TaintEngine, receiver: Node, frame: Frame): boolean {
  const key = plainKey(receiver);
  if (!key) return false;
  if (frame.guards.has(key)) return true;
  // The node response of a context whose type was set (`this.type = 'text'; this.res.end(msg)`).
  let typed = false;
  for (const k of frame.guards.keys()) if (k.endsWith('.\0plain')) { typed = true; break; }
  if (!typed) return false;
  const owner = contextOf(e, key.slice(0, -'.\0plain'.length), receiver);
  return !!owner && frame.guards.has(`${owner}.\0plain`);
}

/**
 * The context a response was read from (Koa's `ctx.res`/`ctx.response`, `this.res` in its own
 * methods), also through a local (`const { res } = this`, `const res = ctx.res`).
 */
function contextOf(e: TaintEngine, base: string, at: Node): string | undefined {
  const direct = /^(.+)\.(res|response)$/.exec(base);
  if (direct) return direct[1];
  if (base.includes('.')) return undefined;
  const def = definitionOf(e.input.program, base, at);
  if (!def) return undefined;
  const value = unwrap(def.value);
  if (def.property !== undefined) return /^(res|response)$/.test(def.property) ? memberPath(value) : undefined;
  return value.type === 'MemberExpression' && /^(res|response)$/.test(propertyName(value) ?? '') ? memberPath(unwrap(value.object)) : undefined;
}

/** Content type a response method call sets: a string, null when it sets one we cannot read, undefined when it sets none. */
function contentTypeSet(method: string, args: Node[]): string | null | undefined {
  const headerIn = (o: Node | undefined): string | null | undefined => {
    if (!o || unwrap(o).type !== 'ObjectExpression') return undefined;
    const p = unwrap(o).properties.find((q: Node) => q.type === 'Property' && /^content-type$/i.test(propertyName(q) ?? ''));
    return p ? stringValue(p.value) ?? null : undefined;
  };
  if (method === 'type' || method === 'contentType') return args[0] ? stringValue(args[0]) ?? null : undefined;
  if (method === 'set' || method === 'header' || method === 'setHeader') {
    const name = stringValue(args[0]);
    if (name !== undefined) return /^content-type$/i.test(name) ? stringValue(args[1]) ?? null : undefined;
    return headerIn(args[0]);
  }
  if (method === 'writeHead') return headerIn(args[args.length - 1]);
  return undefined;
}

/** Restify's `res.send([code,] body, headers)` / `res.sendRaw(…)`: the content type the headers after the body set. */
function headersArgType(site: CallSite): string | undefined {
  if (site.method !== 'send' && site.method !== 'sendRaw') return undefined;
  const headers = site.args[statusFirst(site) ? 2 : 1];
  const u = headers && unwrap(headers);
  if (u?.type !== 'ObjectExpression') return undefined;
  const type = u.properties.find((q: Node) => q.type === 'Property' && /^content-type$/i.test(propertyName(q) ?? ''));
  return type ? stringValue(type.value) : undefined;
}

function headersArgIsPlain(site: CallSite): boolean {
  const type = headersArgType(site);
  return type !== undefined && !/html|xml|svg/i.test(type);
}

const HTML_CONTENT_TYPE_SET = /\.contentType\s*=\s*['"`][^'"`]*html/i;

/**
 * Restify's `res.send(text)` formats the body for what the client accepts among its formatters
 * (JSON, plain text): HTML only where the code declared that type (a header set before, or given).
 */
function negotiatedSend(e: TaintEngine, site: CallSite): boolean {
  if (site.method !== 'send' || !runsUnderRestify(e)) return false;
  // (`res.contentType = 'text/html'` anywhere in the file: that response may be HTML.)
  if (HTML_CONTENT_TYPE_SET.test(e.input.lines.text)) return false;
  return !site.htmlDeclared && !chainDeclaresHtml(site.receiverNode) && !/html/i.test(headersArgType(site) ?? '');
}

/** `res.type('text/plain')`, `res.set('Content-Type', 'application/json')` earlier in the chain. */
export function declaresNonHtmlType(receiver: Node): boolean {
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

/** Component templates whose sinks templateSink() reports (frontend/components). */
const COMPONENT_FRAMEWORKS = new Set(['vue', 'svelte']);
/** A named field of a stored row that is not an id or a count (`title`, `bio`; not `id`, `show_id`, `replyCount`). */
function storedTextField(path: string[]): boolean {
  const last = path[path.length - 1];
  return last !== undefined && !/^(\d+|id|\w*_(id|count)|\w*(Id|Count))$/.test(last);
}

/** Constant URL starts that keep navigation on http(s), this site, mail or an anchor. */
export const SAFE_URL_PREFIX = /^(https?:)?\/\/?|^\/|^mailto:|^#|^\?|^\.\.?\//;

/** A component template's `v-html`/`{@html}` (HTML) or bound URL attribute (`javascript:` URLs run). */
export function templateSink(e: TaintEngine, sink: TemplateSink, v: Value, at: Node, frame: Frame): void {
  if (sink.kind === 'url' && !navigableUrl(v)) return;
  reportSink(e, 'xss', sink.kind === 'url' ? navigablePart(v) : v, at, sink.label, frame, undefined, undefined, sink.framework);
}
