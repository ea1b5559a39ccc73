/** Markdown renderers and misconfigured HTML sanitizers (models/html-renderers.ts) at a call site. */
import { type Node, unwrap, walk } from '../frontend/js/ast.js';
import type { CallSite } from '../models/sinks.js';
import { HTML_RENDERERS, UNSAFE_SANITIZER_OPTIONS } from '../models/html-renderers.js';
import { EMPTY, type Value, allTaints, isTainted, mask, sanitize, withStep } from './values.js';
import type { TaintEngine } from './engine.js';

/** What a markdown renderer call returns, or undefined when the call is no renderer. */
export function renderedHtml(e: TaintEngine, site: CallSite): Value | undefined {
  const row = HTML_RENDERERS.find((r) => (r.callee && r.callee.test(site.name)) || (r.api && site.api && r.api.test(site.api)));
  if (!row) return undefined;
  const input = site.argValues[0] ?? EMPTY;
  const options = site.args.slice(1).map((a) => optionsText(e, a)).join(' ') + (row.fileWide ? ` ${fileOptions(e)}` : '');
  const passes = row.flip.test(options) ? !row.passesHtml : row.passesHtml;
  const out: Value = { taints: allTaints(input).map((t) => ({ ...t, whole: false })), stringy: true, text: '<html>' };
  if (!passes) return sanitize(out, mask('xss'));
  // Markdown from no source in sight (a database row, another user's post) keeps its raw HTML:
  // stored XSS wherever the result is inserted as HTML, unless the text is the app's own constant.
  const arg = site.args[0] && unwrap(site.args[0]);
  const constant = !arg || arg.type === 'Literal' || (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) || (!isTainted(input) && input.text !== undefined);
  if (!constant && !allTaints(input).some((t) => t.source && t.source.category !== 'database')) out.taints.push(...e.source(site.call, `rendered as HTML by ${row.label}, which lets raw HTML through`, 'stored', false).taints.map((t) => ({ ...t, whole: false })));
  return withStep(out, site.args[0] ? e.step(site.args[0], `rendered as HTML by ${row.label}, which lets raw HTML through`) : undefined);
}

/** A sanitizer call whose options let script through (`sanitizeHtml(x, { allowedTags: false })`). */
export function unsafeSanitizerOptions(e: TaintEngine, site: CallSite): boolean {
  return site.args.slice(1).some((a) => UNSAFE_SANITIZER_OPTIONS.test(optionsText(e, a)));
}

const constants = new WeakMap<Node, Map<string, Node>>();
const properties = new WeakMap<Node, string>();

/** Every object property of the file, as source text (where instances and global options are configured; comments left out). */
function fileOptions(e: TaintEngine): string {
  let text = properties.get(e.input.program);
  if (text === undefined) {
    const out: string[] = [];
    walk(e.input.program, [{ Property(p) { if (out.length < 2000) out.push(e.text(p)); } }]);
    properties.set(e.input.program, (text = out.join('\n')));
  }
  return text;
}

/** The source text of an options argument; a constant of the file (`const OPTIONS = {…}`) is read where it is declared. */
function optionsText(e: TaintEngine, arg: Node): string {
  const a = unwrap(arg);
  if (a.type !== 'Identifier') return e.text(a);
  let byName = constants.get(e.input.program);
  if (!byName) {
    const found = new Map<string, Node>();
    walk(e.input.program, [{ VariableDeclarator(d) { if (d.id.type === 'Identifier' && d.init && unwrap(d.init).type === 'ObjectExpression' && !found.has(d.id.name)) found.set(d.id.name, d.init); } }]);
    constants.set(e.input.program, (byName = found));
  }
  const init = byName.get(a.name);
  return init ? e.text(init) : '';
}
