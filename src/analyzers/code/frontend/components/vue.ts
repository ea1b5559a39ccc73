/**
 * Vue single-file components as a virtual module (see virtual.ts). The file is parsed with Vue's
 * own template parser (@vue/compiler-dom, loaded on first use); its `<script>` and
 * `<script setup>` blocks are kept in place, and each `v-html` or URL binding of the template is
 * evaluated in generated code where the template's names mean what they mean to Vue:
 * - `<script setup>`: the module's bindings, refs unwrapped (`ref()`/`computed()` → `.value`);
 * - Options API (`export default { data, computed, methods, watch, … }`): `this.x` is rewritten
 *   to a same-length name `_$vm_x` bound to the data field, computed value or method, so the
 *   engine follows the component's own code; hooks, methods and watchers run before the template.
 */
import { createRequire } from 'node:module';
import type * as Oxc from 'oxc-parser';
import { type Node, boundNames, isFunction, propertyName, unwrap } from '../js/ast.js';
import { type TemplateSink, type VirtualModule, VirtualBuilder, isTsLang, keepRanges } from './virtual.js';

export class ComponentSyntaxError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

interface VueNode {
  type: number;
  tag?: string;
  props?: VueProp[];
  children?: VueNode[];
  loc: { start: { offset: number; line: number }; end: { offset: number } };
}
interface VueExp { content: string; loc: { start: { offset: number }; end: { offset: number } } }
interface VueProp {
  type: number;
  name: string;
  arg?: VueExp;
  exp?: VueExp;
  value?: { content: string };
  forParseResult?: { source: VueExp; value?: VueExp; key?: VueExp; index?: VueExp };
}
interface VueCompiler { parse(text: string, opts: object): { children: VueNode[] } }

let compiler: VueCompiler | undefined;
/** Vue's parser is loaded only when a scan meets a component file. */
export function vueCompiler(): VueCompiler {
  compiler ??= createRequire(import.meta.url)('@vue/compiler-dom') as VueCompiler;
  return compiler;
}

const ELEMENT = 1;
const ATTRIBUTE = 6;
const DIRECTIVE = 7;

/** Attribute bindings whose value is navigated to or loaded as a document (javascript: URLs run). */
const URL_ATTRS: Record<string, RegExp> = {
  href: /^(a|area)$/i,
  src: /^(iframe|frame|embed|script)$/i,
  action: /^form$/i,
  formaction: /^(button|input)$/i,
  data: /^object$/i,
};
/** Bindings that write HTML: `:innerHTML`, `:srcdoc` are `v-html` by another name. */
const HTML_ATTRS = /^(innerHTML|srcdoc|outerHTML)$/;

/** The prefix of every name the generated code gives the component instance's members. */
const VM = '_$vm_';

export function vueModule(text: string, path = ''): VirtualModule {
  const errors: { message: string; line?: number }[] = [];
  const ast = vueCompiler().parse(text, {
    parseMode: 'sfc',
    onError: (err: { message: string; loc?: { start: { line: number } } }) => errors.push({ message: err.message, line: err.loc?.start.line }),
    onWarn: () => undefined,
  });
  const scripts: { start: number; end: number; setup: boolean; ts: boolean }[] = [];
  let template: VueNode | undefined;
  for (const block of ast.children) {
    if (block.type !== ELEMENT) continue;
    if (block.tag === 'script') {
      const body = block.children?.[0];
      if (!body) continue;
      const attrs = new Map((block.props ?? []).filter((p) => p.type === ATTRIBUTE).map((p) => [p.name, p.value?.content]));
      scripts.push({ start: body.loc.start.offset, end: body.loc.end.offset, setup: attrs.has('setup'), ts: isTsLang(attrs.get('lang')) });
    } else if (block.tag === 'template' && !template) {
      template = block;
    }
  }
  if (errors.length && !scripts.length && !template) throw new ComponentSyntaxError(errors[0]!.message, errors[0]!.line);
  const lang = scripts.some((s) => s.ts) ? 'ts' : 'js';
  let kept = keepRanges(text, scripts.map((s) => [s.start, s.end]));

  // Options API: the component object and its members.
  const options = scripts.filter((s) => !s.setup).map((s) => optionsObject(text, kept, s.start, s.end, lang)).find(Boolean);
  if (options) kept = options.rewrite(kept);
  const setupScript = scripts.find((s) => s.setup);
  const refNames = setupScript ? refBindings(kept, setupScript.start, setupScript.end, lang) : [];
  const declared = setupScript ? declaredProps(kept, setupScript.start, setupScript.end, lang) : undefined;

  const b = new VirtualBuilder(text, kept);
  if (options) options.prelude(b);
  if (setupScript) b.anchor(setupScript.start);
  for (const name of refNames) b.code(`var ${VM}ref_${name} = ${name}.value;\n`);
  if (template) b.anchor(template.loc.start.offset);
  b.code('{\n');
  if (options) for (const name of options.members) b.code(`let ${name} = ${VM}${name};\n`);
  // `$route` is every template's, whatever the script (`<script setup>`, or none at all).
  else if (template && text.slice(template.loc.start.offset, template.loc.end.offset).includes('$route')) b.code('let $route = useRoute();\n');
  for (const name of refNames) b.code(`let ${name} = ${VM}ref_${name};\n`);
  const children = new Set<string>();
  if (template) for (const c of template.children ?? []) emitNode(b, c, children);
  b.code('}\n');
  // Components the template uses without importing them (Nuxt's auto-imported `components/`).
  const bound = new Set([...(options?.members ?? []), ...(children.size ? scripts.flatMap((sc) => topLevelNames(kept, sc.start, sc.end, lang)) : [])]);
  for (const tag of children) {
    const spec = bound.has(tag) || bound.has('*') ? undefined : autoImportedComponent(path, tag);
    if (spec) b.code(`import ${tag} from ${JSON.stringify(spec)};\n`);
  }
  // The template as a function of the component's props, for the pages that pass them (their
  // `<Child :prop="x" />` calls it): its sinks on a prop become the component's summary.
  const props = declared ?? (options ? { names: options.props, binding: undefined } : undefined);
  const names = props?.names.filter((n) => /^[$A-Za-z_][$\w]*$/.test(n)) ?? [];
  if (template && props && names.length && !/\bexport\s+default\b/.test(kept)) {
    const mentions = new RegExp(`\\b(${[...names, ...(props.binding ? [props.binding] : [])].map((n) => n.replace(/\$/g, '\\$')).join('|')})\\b`);
    b.anchor(template.loc.start.offset).code(`export default function ${VM}props(${VM}p) {\n`);
    for (const name of [...(options?.members ?? []), ...refNames]) if (!names.includes(name) && name !== props.binding) b.code(`let ${name} = ${VM}${options?.members.includes(name) ? '' : 'ref_'}${name};\n`);
    for (const name of names) b.code(`let ${name} = ${VM}p.${name};\n`);
    if (props.binding) b.code(`let ${props.binding} = ${VM}p;\n`);
    for (const c of template.children ?? []) emitNode(b, c, undefined, (t) => mentions.test(t));
    b.code('}\n');
  }
  return b.build(lang);
}

/** An element of the template that is a component (`<AuthorCard>`, `<author-card>`), by its PascalCase name. */
function componentName(tag: string | undefined): string | undefined {
  if (!tag || !/^[A-Z]|-/.test(tag) || /^(component|transition|keep-alive|slot|teleport|suspense|router-link|router-view|nuxt-link|client-only)$/i.test(tag)) return undefined;
  const name = tag.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
  return /^[A-Z][$\w]*$/.test(name) && !/^(Component|Transition|TransitionGroup|KeepAlive|Slot|Teleport|Suspense|RouterLink|RouterView|NuxtLink|NuxtPage|NuxtLayout|ClientOnly)$/.test(name) ? name : undefined;
}

/**
 * Where Nuxt auto-imports a component from: `components/<Name>.vue` of the app the file is in (the
 * folder holding its `pages/`, `layouts/` or `components/`). Not resolved when no such file exists.
 */
function autoImportedComponent(path: string, name: string): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  const at = dirs.map((d) => /^(pages|layouts|components)$/.test(d)).lastIndexOf(true);
  if (at < 0) return undefined;
  const up = dirs.length - at;
  return `${'../'.repeat(up)}components/${name}.vue`;
}

/** Names a script block declares or imports at its top level (a generated import must not declare them again). */
function topLevelNames(kept: string, start: number, end: number, lang: 'ts' | 'js'): string[] {
  const program = parseBlock(kept, start, end, lang);
  // (A block we cannot read: import nothing beside it.)
  if (!program) return ['*'];
  const out: string[] = [];
  for (const st of program.body as Node[]) {
    const d = st.type === 'ExportNamedDeclaration' && st.declaration ? st.declaration : st;
    if (d.type === 'ImportDeclaration') for (const sp of d.specifiers) out.push(sp.local.name);
    else if (d.type === 'VariableDeclaration') for (const v of d.declarations) out.push(...boundNames(v.id));
    else if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) out.push(d.id.name);
  }
  return out;
}

/**
 * `children`: where the template's own statements are emitted, the components it passes bound props
 * to (`AuthorCard({ author: page.author })`, a call of the component's props function). `keep`:
 * for the props function, only the sinks whose text (or a loop's around them) names a prop.
 */
function emitNode(b: VirtualBuilder, node: VueNode, children?: Set<string>, keep?: (text: string) => boolean, loops = ''): void {
  if (node.type !== ELEMENT) return;
  const props = node.props ?? [];
  const loop = props.find((p) => p.type === DIRECTIVE && p.name === 'for' && p.forParseResult);
  const sinks: [VueExp, TemplateSink][] = [];
  const child = children ? componentName(node.tag) : undefined;
  const passed: [string, VueExp][] = [];
  for (const p of props) {
    if (p.type !== DIRECTIVE || !p.exp) continue;
    if (p.name === 'html') sinks.push([p.exp, { kind: 'html', label: 'v-html', framework: 'vue' }]);
    else if (p.name === 'bind' && p.arg) {
      const attr = p.arg.content;
      if (HTML_ATTRS.test(attr)) sinks.push([p.exp, { kind: 'html', label: `:${attr} binding`, framework: 'vue' }]);
      else if (URL_ATTRS[attr.toLowerCase()]?.test(node.tag ?? '')) sinks.push([p.exp, { kind: 'url', label: `:${attr} binding`, framework: 'vue' }]);
      else if (child && /^[a-zA-Z][\w-]*$/.test(attr)) passed.push([attr.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), p.exp]);
    }
  }
  if (loop?.forParseResult) {
    const f = loop.forParseResult;
    b.code('for (const ');
    if (f.value) b.copy(f.value.loc.start.offset, f.value.loc.end.offset);
    else b.code('_$item');
    b.code(' of ');
    b.copy(f.source.loc.start.offset, f.source.loc.end.offset);
    b.code(') {\n');
    loops += ` ${f.source.content}`;
  }
  for (const [exp, sink] of sinks) if (!keep || keep(`${loops} ${exp.content}`)) b.sink(exp.loc.start.offset, exp.loc.end.offset, sink);
  if (child && passed.length) {
    children!.add(child);
    b.anchor(node.loc.start.offset).code(`${child}({ `);
    for (const [name, exp] of passed) b.code(`${name}: (`).copy(exp.loc.start.offset, exp.loc.end.offset).code('), ');
    b.code('});\n');
  }
  for (const c of node.children ?? []) emitNode(b, c, children, keep, loops);
  if (loop?.forParseResult) b.code('}\n');
}

/** Parse one script block alone (the rest blanked) to read its structure. */
function parseBlock(kept: string, start: number, end: number, lang: 'ts' | 'js'): Node | undefined {
  const only = keepRanges(kept, [[start, end]]);
  // (oxc-parser, like Vue's parser, is loaded with the first component.)
  const { parseSync } = createRequire(import.meta.url)('oxc-parser') as typeof Oxc;
  const r = parseSync(lang === 'ts' ? 'component.ts' : 'component.js', only, { lang, sourceType: 'module', astType: 'ts' });
  return r.errors.length ? undefined : (r.program as unknown as Node);
}

/** `const x = ref(…)` / `computed(…)` / `shallowRef(…)` at the top of `<script setup>`: the template reads `x.value`. */
function refBindings(kept: string, start: number, end: number, lang: 'ts' | 'js'): string[] {
  const program = parseBlock(kept, start, end, lang);
  if (!program) return [];
  const out: string[] = [];
  for (const s of program.body as Node[]) {
    if (s.type !== 'VariableDeclaration') continue;
    for (const d of s.declarations) {
      const init = d.init && unwrap(d.init);
      if (d.id.type === 'Identifier' && init?.type === 'CallExpression' && init.callee.type === 'Identifier' && /^(ref|shallowRef|computed|toRef|customRef)$/.test(init.callee.name)) out.push(d.id.name);
      // Nuxt `const { data: page } = await useFetch(…)`: `data`, `error`, `pending` are refs.
      const call = init?.type === 'AwaitExpression' ? unwrap(init.argument) : init;
      if (d.id.type === 'ObjectPattern' && call?.type === 'CallExpression' && call.callee.type === 'Identifier' && /^(useFetch|useLazyFetch|useAsyncData|useLazyAsyncData)$/.test(call.callee.name)) {
        for (const p of d.id.properties) if (p.type === 'Property' && p.value.type === 'Identifier') out.push(p.value.name);
      }
    }
  }
  return out;
}

/**
 * `<script setup>`'s `defineProps`: the prop names (a type literal's members, an object's keys, an
 * array's strings; `withDefaults(defineProps<…>(), …)` too) and the name it is bound to.
 */
function declaredProps(kept: string, start: number, end: number, lang: 'ts' | 'js'): { names: string[]; binding: string | undefined } | undefined {
  if (!kept.slice(start, end).includes('defineProps')) return undefined;
  const program = parseBlock(kept, start, end, lang);
  if (!program) return undefined;
  let found: { names: string[]; binding: string | undefined } | undefined;
  const propsCall = (n: Node | undefined): Node | undefined => {
    const c = n && unwrap(n);
    if (c?.type !== 'CallExpression' || c.callee.type !== 'Identifier') return undefined;
    if (c.callee.name === 'defineProps') return c;
    return c.callee.name === 'withDefaults' ? propsCall(c.arguments[0]) : undefined;
  };
  const namesOf = (call: Node): string[] => {
    const arg = call.arguments[0] && unwrap(call.arguments[0]);
    if (arg?.type === 'ObjectExpression') return arg.properties.map((p: Node) => propertyName(p)).filter(Boolean);
    if (arg?.type === 'ArrayExpression') return arg.elements.map((e: Node | null) => (e?.type === 'Literal' && typeof e.value === 'string' ? e.value : undefined)).filter(Boolean);
    const type = call.typeArguments?.params?.[0] ?? call.typeParameters?.params?.[0];
    if (type?.type === 'TSTypeLiteral') return type.members.map((m: Node) => (m.key?.type === 'Identifier' ? m.key.name : m.key?.type === 'Literal' ? String(m.key.value) : undefined)).filter(Boolean);
    return [];
  };
  for (const s of program.body as Node[]) {
    if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) {
        const call = propsCall(d.init);
        if (call) found = { names: namesOf(call), binding: d.id.type === 'Identifier' ? d.id.name : undefined };
      }
    } else if (s.type === 'ExpressionStatement') {
      const call = propsCall(s.expression);
      if (call) found = { names: namesOf(call), binding: undefined };
    }
  }
  return found;
}

interface OptionsComponent {
  members: string[];
  props: string[];
  rewrite(kept: string): string;
  prelude(b: VirtualBuilder): void;
}

/** `export default { … }` / `export default defineComponent({ … })` of a classic `<script>`. */
function optionsObject(text: string, kept: string, start: number, end: number, lang: 'ts' | 'js'): OptionsComponent | undefined {
  const program = parseBlock(kept, start, end, lang);
  const decl = program?.body.find((s: Node) => s.type === 'ExportDefaultDeclaration');
  if (!decl) return undefined;
  let obj = unwrap(decl.declaration);
  let closeFrom: number | undefined;
  if (obj.type === 'CallExpression' && obj.arguments.length === 1 && unwrap(obj.arguments[0]).type === 'ObjectExpression') {
    closeFrom = obj.arguments[0].end;
    obj = unwrap(obj.arguments[0]);
  }
  if (obj.type !== 'ObjectExpression') return undefined;
  const head = `var ${VM}c=`;
  if (obj.start - decl.start < head.length) return undefined;
  const declEnd: number = decl.declaration.end;

  const groups = new Map<string, Node>();
  for (const p of obj.properties) if (p.type === 'Property' && propertyName(p)) groups.set(propertyName(p)!, p);
  const keysOf = (name: string): string[] => {
    const v = groups.get(name)?.value && unwrap(groups.get(name)!.value);
    if (!v) return [];
    if (v.type === 'ArrayExpression') return v.elements.map((e: Node | null) => (e?.type === 'Literal' && typeof e.value === 'string' ? e.value : undefined)).filter(Boolean);
    if (v.type === 'ObjectExpression') return v.properties.filter((p: Node) => p.type === 'Property').map((p: Node) => propertyName(p)).filter(Boolean);
    return [];
  };
  const dataKeys = dataFields(groups.get('data'));
  const computed = keysOf('computed');
  const methods = keysOf('methods');
  const watch = keysOf('watch');
  const props = keysOf('props');
  const hooks = [...groups.keys()].filter((k) => /^(beforeCreate|created|beforeMount|mounted|beforeUpdate|updated|activated|beforeRouteEnter|beforeRouteUpdate)$/.test(k) && isFunction(unwrap(groups.get(k)!.value)));
  const getter = (name: string): string => {
    const v = (groups.get('computed')!.value as Node).properties.find((p: Node) => propertyName(p) === name)?.value;
    return v && unwrap(v).type === 'ObjectExpression' ? `${VM}c.computed[${JSON.stringify(name)}].get()` : `${VM}c.computed[${JSON.stringify(name)}]()`;
  };
  const members = [...new Set(['$route', ...props, ...dataKeys, ...computed, ...methods])].filter((n) => /^[$\w]+$/.test(n));

  return {
    members,
    props,
    rewrite(blanked: string): string {
      let out = blanked.slice(0, decl.start) + head.padEnd(obj.start - decl.start, ' ') + blanked.slice(obj.start, obj.end);
      out += closeFrom !== undefined ? ' '.repeat(declEnd - obj.end) : '';
      out += blanked.slice(closeFrom !== undefined ? declEnd : obj.end);
      // `this.x` → `_$vm_x`: the same length, so offsets stay put.
      const body = out.slice(obj.start, obj.end).replace(/\bthis\s*\.(?=[$\w])/g, (m) => (m.length === 5 ? VM : m));
      return out.slice(0, obj.start) + body + out.slice(obj.end);
    },
    prelude(b: VirtualBuilder): void {
      // Findings from the generated code are located at the component object, `$route` at its first use.
      const route = text.indexOf('this.$route', obj.start);
      b.anchor(route >= 0 && route < obj.end ? route : decl.start).code(`var ${VM}$route = useRoute();\n`).anchor(decl.start);
      for (const p of props) b.code(`var ${VM}${p};\n`);
      if (dataKeys.length) b.code(`var ${VM}data = ${VM}c.data();\n`);
      for (const k of dataKeys) b.code(`var ${VM}${k} = ${VM}data[${JSON.stringify(k)}];\n`);
      for (const m of methods) b.code(`var ${VM}${m} = ${VM}c.methods[${JSON.stringify(m)}];\n`);
      // Computed values read data; data changes in hooks, methods and watchers; computed again after.
      for (const c of computed) b.code(`var ${VM}${c} = ${getter(c)};\n`);
      for (const h of hooks) b.code(`${VM}c[${JSON.stringify(h)}]();\n`);
      for (const m of methods) b.code(`${VM}c.methods[${JSON.stringify(m)}]();\n`);
      for (const w of watch) {
        const v = (groups.get('watch')!.value as Node).properties.find((p: Node) => propertyName(p) === w)?.value;
        const arg = /^[$\w]+$/.test(w) ? `${VM}${w}` : 'undefined';
        if (v && unwrap(v).type === 'ObjectExpression') b.code(`${VM}c.watch[${JSON.stringify(w)}].handler(${arg});\n`);
        else if (v && isFunction(unwrap(v))) b.code(`${VM}c.watch[${JSON.stringify(w)}](${arg});\n`);
      }
      for (const c of computed) b.code(`${VM}${c} = ${getter(c)};\n`);
    },
  };
}

/** Keys of the object `data()` returns. */
function dataFields(prop: Node | undefined): string[] {
  const fn = prop?.value && unwrap(prop.value);
  if (!fn || !isFunction(fn)) return [];
  let obj: Node | undefined;
  if (fn.body.type === 'BlockStatement') {
    const ret = fn.body.body.find((s: Node) => s.type === 'ReturnStatement');
    obj = ret?.argument && unwrap(ret.argument);
  } else obj = unwrap(fn.body);
  if (obj?.type !== 'ObjectExpression') return [];
  return obj.properties.filter((p: Node) => p.type === 'Property').map((p: Node) => propertyName(p)).filter((k: string | undefined): k is string => !!k);
}
