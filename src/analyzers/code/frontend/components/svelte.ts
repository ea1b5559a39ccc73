/**
 * Svelte components as a virtual module (see virtual.ts), parsed with Svelte's own compiler
 * (`svelte/compiler` `parse`, loaded on first use). The instance and module scripts stay in place;
 * `{@html …}` tags and URL attributes of the markup are evaluated after them, inside `for` loops for
 * `{#each}` blocks and with `{#await}` results bound, so the template's names are the script's.
 */
import { createRequire } from 'node:module';
import { type TemplateSink, type VirtualModule, VirtualBuilder, isTsLang, keepRanges } from './virtual.js';
import { ComponentSyntaxError } from './vue.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SvelteNode = { type: string; start: number; end: number; [key: string]: any };
interface SvelteCompiler { parse(text: string, opts: object): SvelteNode }

let compiler: SvelteCompiler | undefined;
function svelteCompiler(): SvelteCompiler {
  compiler ??= createRequire(import.meta.url)('svelte/compiler') as SvelteCompiler;
  return compiler;
}

/** Attribute values that are navigated to or loaded as a document, by element. */
const URL_ATTRS: Record<string, RegExp> = {
  href: /^(a|area)$/i,
  src: /^(iframe|frame|embed|script)$/i,
  action: /^form$/i,
  formaction: /^(button|input)$/i,
  data: /^object$/i,
};

export function svelteModule(text: string, path = ''): VirtualModule {
  let ast: SvelteNode;
  try {
    ast = svelteCompiler().parse(text, { modern: true });
  } catch (err) {
    const e = err as { message: string; start?: { line: number } };
    throw new ComponentSyntaxError(e.message.split('\n')[0]!, e.start?.line);
  }
  const scripts = [ast.module, ast.instance].filter(Boolean) as SvelteNode[];
  const lang = scripts.some((s) => (s.attributes ?? []).some((a: SvelteNode) => a.name === 'lang' && isTsLang(attrText(a)))) ? 'ts' : 'js';
  const kept = keepRanges(text, scripts.map((s) => [s.content.start, s.content.end]));
  const b = new VirtualBuilder(text, kept);
  b.code('{\n');
  emitFragment(b, ast.fragment, { calls: true });
  b.code('}\n');
  // The markup as a function of the component's props, for the components that pass them
  // (`<Card author={x} />` calls it): its sinks on a prop become the component's summary.
  // (A SvelteKit page's `data` comes from its load, not from a parent.)
  const props = SVELTEKIT_PAGE.test(path) ? [] : declaredProps(ast.instance);
  if (props.length && !/\bexport\s+default\b/.test(kept)) {
    const mentions = new RegExp(`\\b(${props.map(([local]) => local.replace(/\$/g, '\\$')).join('|')})\\b`);
    b.code('export default function _$vm_props(_$vm_p) {\n');
    for (const [local, prop] of props) b.code(`let ${local} = _$vm_p.${prop};\n`);
    emitFragment(b, ast.fragment, { keep: (t) => mentions.test(t), loops: '' });
    b.code('}\n');
  }
  return b.build(lang);
}

const SVELTEKIT_PAGE = /(^|\/)\+(page|layout)\.svelte$/;

/** How the markup is emitted: with calls of the child components it passes props to, or only the sinks `keep` accepts (with the text of the loops around them). */
interface Emit { calls?: boolean; keep?: (text: string) => boolean; loops?: string }

/** Props the instance script declares, as [local name, prop name]: Svelte 5 `let { a, b: c } = $props()`, Svelte 4 `export let a`. */
function declaredProps(instance: SvelteNode | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const st of (instance?.content?.body ?? []) as SvelteNode[]) {
    const decl = st.type === 'ExportNamedDeclaration' ? st.declaration : st;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations as SvelteNode[]) {
      let init = d.init;
      while (init?.type === 'TSAsExpression' || init?.type === 'TSSatisfiesExpression') init = init.expression;
      if (st.type === 'ExportNamedDeclaration' && decl.kind === 'let' && d.id.type === 'Identifier') out.push([d.id.name, d.id.name]);
      else if (d.id.type === 'ObjectPattern' && init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === '$props') {
        for (const p of d.id.properties as SvelteNode[]) {
          if (p.type !== 'Property' || p.key.type !== 'Identifier') continue;
          const v = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
          if (v.type === 'Identifier') out.push([v.name, p.key.name]);
        }
      }
    }
  }
  return out.filter(([l, p]) => /^[$A-Za-z_][$\w]*$/.test(l) && /^[$A-Za-z_][$\w]*$/.test(p));
}

function attrText(a: SvelteNode): string | undefined {
  const v = Array.isArray(a.value) ? a.value[0] : undefined;
  return v?.type === 'Text' ? v.data : undefined;
}

function emitFragment(b: VirtualBuilder, fragment: SvelteNode | undefined | null, how: Emit): void {
  for (const n of fragment?.nodes ?? []) emitNode(b, n, how);
}

function emitNode(b: VirtualBuilder, n: SvelteNode, how: Emit): void {
  const text = (e: SvelteNode) => b.original.slice(e.start, e.end);
  switch (n.type) {
    case 'HtmlTag':
      if (!how.keep || how.keep(`${how.loops} ${text(n.expression)}`)) b.sink(n.expression.start, n.expression.end, { kind: 'html', label: '{@html}', framework: 'svelte' });
      return;
    case 'EachBlock': {
      b.code('for (const ');
      if (n.context) b.copy(n.context.start, n.context.end);
      else b.code('_$item');
      b.code(' of ').copy(n.expression.start, n.expression.end).code(') {\n');
      const inner = how.keep ? { ...how, loops: `${how.loops} ${text(n.expression)}` } : how;
      emitFragment(b, n.body, inner);
      b.code('}\n');
      emitFragment(b, n.fallback, how);
      return;
    }
    case 'AwaitBlock':
      emitFragment(b, n.pending, how);
      b.code('{\n');
      if (n.value) b.code('const ').copy(n.value.start, n.value.end).code(' = await (').copy(n.expression.start, n.expression.end).code(');\n');
      emitFragment(b, n.then, how.keep ? { ...how, loops: `${how.loops} ${text(n.expression)}` } : how);
      b.code('}\n');
      emitFragment(b, n.catch, how);
      return;
    case 'IfBlock':
      emitFragment(b, n.consequent, how);
      emitFragment(b, n.alternate, how);
      return;
    case 'RegularElement':
    case 'SvelteElement':
      for (const a of n.attributes ?? []) attributeSink(b, n.name, a, how);
      emitFragment(b, n.fragment, how);
      return;
    case 'Component':
      if (how.calls) componentCall(b, n);
      emitFragment(b, n.fragment, how);
      return;
    default:
      // Slots, snippets, key blocks: their children are markup too.
      emitFragment(b, n.fragment, how);
      emitFragment(b, n.body, how);
  }
}

/** `<Card author={x} {site} />`: a call of the component's props function (`Card({ author: (x), site: (site) })`). */
function componentCall(b: VirtualBuilder, n: SvelteNode): void {
  if (!/^[A-Z][$\w]*$/.test(String(n.name))) return;
  const passed: [string, SvelteNode][] = [];
  for (const a of n.attributes ?? []) {
    if (a.type !== 'Attribute' || !/^[$A-Za-z_][$\w]*$/.test(String(a.name))) continue;
    const parts: SvelteNode[] = Array.isArray(a.value) ? a.value : a.value && a.value !== true ? [a.value] : [];
    if (parts.length === 1 && parts[0]!.type === 'ExpressionTag') passed.push([a.name, parts[0]!.expression]);
  }
  if (!passed.length) return;
  b.anchor(n.start).code(`${n.name}({ `);
  for (const [name, e] of passed) b.code(`${name}: (`).copy(e.start, e.end).code('), ');
  b.code('});\n');
}

function attributeSink(b: VirtualBuilder, tag: string, a: SvelteNode, how: Emit): void {
  if (a.type !== 'Attribute') return;
  const name = String(a.name);
  const html = /^(srcdoc|innerHTML)$/.test(name);
  const url = URL_ATTRS[name.toLowerCase()]?.test(tag);
  if (!html && !url) return;
  const sink: TemplateSink = { kind: html ? 'html' : 'url', label: `${name} attribute`, framework: 'svelte' };
  const parts: SvelteNode[] = Array.isArray(a.value) ? a.value : a.value && a.value !== true ? [a.value] : [];
  const exprs = parts.filter((p) => p.type === 'ExpressionTag');
  if (!exprs.length) return;
  // `href="/p/{slug}"`: constant text first keeps the URL on this site; only a leading expression matters for URLs.
  if (!html && parts[0]!.type !== 'ExpressionTag') return;
  for (const e of html ? exprs : exprs.slice(0, 1)) {
    if (!how.keep || how.keep(`${how.loops} ${b.original.slice(e.expression.start, e.expression.end)}`)) b.sink(e.expression.start, e.expression.end, sink);
  }
}
