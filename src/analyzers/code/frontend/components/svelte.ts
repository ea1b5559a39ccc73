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

export function svelteModule(text: string): VirtualModule {
  let ast: SvelteNode;
  try {
    ast = svelteCompiler().parse(text, { modern: true });
  } catch (err) {
    const e = err as { message: string; start?: { line: number } };
    throw new ComponentSyntaxError(e.message.split('\n')[0]!, e.start?.line);
  }
  const scripts = [ast.module, ast.instance].filter(Boolean) as SvelteNode[];
  const lang = scripts.some((s) => (s.attributes ?? []).some((a: SvelteNode) => a.name === 'lang' && isTsLang(attrText(a)))) ? 'ts' : 'js';
  const b = new VirtualBuilder(text, keepRanges(text, scripts.map((s) => [s.content.start, s.content.end])));
  b.code('{\n');
  emitFragment(b, ast.fragment);
  b.code('}\n');
  return b.build(lang);
}

function attrText(a: SvelteNode): string | undefined {
  const v = Array.isArray(a.value) ? a.value[0] : undefined;
  return v?.type === 'Text' ? v.data : undefined;
}

function emitFragment(b: VirtualBuilder, fragment: SvelteNode | undefined | null): void {
  for (const n of fragment?.nodes ?? []) emitNode(b, n);
}

function emitNode(b: VirtualBuilder, n: SvelteNode): void {
  switch (n.type) {
    case 'HtmlTag':
      b.sink(n.expression.start, n.expression.end, { kind: 'html', label: '{@html}', framework: 'svelte' });
      return;
    case 'EachBlock':
      b.code('for (const ');
      if (n.context) b.copy(n.context.start, n.context.end);
      else b.code('_$item');
      b.code(' of ').copy(n.expression.start, n.expression.end).code(') {\n');
      emitFragment(b, n.body);
      b.code('}\n');
      emitFragment(b, n.fallback);
      return;
    case 'AwaitBlock':
      emitFragment(b, n.pending);
      b.code('{\n');
      if (n.value) b.code('const ').copy(n.value.start, n.value.end).code(' = await (').copy(n.expression.start, n.expression.end).code(');\n');
      emitFragment(b, n.then);
      b.code('}\n');
      emitFragment(b, n.catch);
      return;
    case 'IfBlock':
      emitFragment(b, n.consequent);
      emitFragment(b, n.alternate);
      return;
    case 'RegularElement':
    case 'SvelteElement':
      for (const a of n.attributes ?? []) attributeSink(b, n.name, a);
      emitFragment(b, n.fragment);
      return;
    default:
      // Components, slots, snippets, key blocks: their children are markup too.
      emitFragment(b, n.fragment);
      emitFragment(b, n.body);
  }
}

function attributeSink(b: VirtualBuilder, tag: string, a: SvelteNode): void {
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
  for (const e of html ? exprs : exprs.slice(0, 1)) b.sink(e.expression.start, e.expression.end, sink);
}
