/**
 * HTML pages with inline `<script>` blocks: the scripts, kept at their own offsets, form one
 * virtual module (the markup is blanked). Tags are found with Vue's HTML parser, which reads
 * `<script>` content as raw text as browsers do.
 */
import { type VirtualModule, VirtualBuilder, keepRanges } from './virtual.js';
import { vueCompiler } from './vue.js';

/** Cheap pre-check: a `<script>` tag without `src=` somewhere in the page. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i;

export function hasInlineScript(text: string): boolean {
  return INLINE_SCRIPT.test(text);
}

interface HtmlNode { type: number; tag?: string; props?: { type: number; name: string; value?: { content: string } }[]; children?: HtmlNode[]; loc: { start: { offset: number }; end: { offset: number } } }

export function htmlModule(text: string): VirtualModule {
  const root = vueCompiler().parse(text, { parseMode: 'html', onError: () => undefined, onWarn: () => undefined }) as unknown as HtmlNode;
  const ranges: [number, number][] = [];
  const visit = (n: HtmlNode) => {
    if (n.type === 1 && n.tag === 'script') {
      const attrs = new Map((n.props ?? []).filter((p) => p.type === 6).map((p) => [p.name, p.value?.content ?? '']));
      const type = (attrs.get('type') ?? '').toLowerCase();
      const body = n.children?.[0];
      if (!attrs.has('src') && body && (type === '' || type === 'module' || /javascript|ecmascript/.test(type))) ranges.push([body.loc.start.offset, body.loc.end.offset]);
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  return new VirtualBuilder(text, keepRanges(text, ranges)).build('js');
}
