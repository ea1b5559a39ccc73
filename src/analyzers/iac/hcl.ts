/**
 * Terraform HCL2 through tree-sitter (WebAssembly, source positions kept) into a small model:
 * blocks with attributes whose values are evaluated where that is certain — literals, lists,
 * objects, `jsonencode(...)`, JSON strings and heredocs (policy documents), `var.x` with a default
 * and `local.x`. Anything else is `unknown`: rules never guess about it.
 */
import { createRequire } from 'node:module';
import type { Node as YNode } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument, newLineCounter } from './yaml-lib.js';
import type { Node as TsNode, Parser as TsParser } from 'web-tree-sitter';

export type { Val } from './values.js';
import type { Val } from './values.js';
import { yamlToVal } from './values.js';

export interface Block {
  type: string;
  labels: string[];
  line: number;
  attrs: Map<string, Val>;
  blocks: Block[];
}

let parser: TsParser | undefined;
let loading: Promise<void> | undefined;

/** Load the WebAssembly runtime and the HCL grammar once per thread. */
export function loadHcl(): Promise<void> {
  loading ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    const require = createRequire(import.meta.url);
    await Parser.init();
    const lang = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'));
    const p = new Parser();
    p.setLanguage(lang);
    parser = p;
  })();
  return loading;
}

export class HclSyntaxError extends Error {}

/** Parse one `.tf` file into top-level blocks. Throws HclSyntaxError with a line on broken input. */
export function parseHcl(text: string): Block[] {
  return parseHclBody(text).blocks;
}

/** Top-level `name = value` attributes of a `.tfvars` file (variable values). */
export function parseTfvars(text: string): Map<string, Val> {
  return parseHclBody(text).attrs;
}

/**
 * A named syntax node of the WebAssembly tree, read lazily and at most once. Each read of a
 * tree-sitter Node property (type, child list, end offset) is a round trip into WebAssembly, and
 * the evaluation below looks at most nodes several times but never into the insides of a value it
 * cannot know (references, function calls): caching what was read and reading nothing else halves
 * the cost of turning a parse tree into blocks and values.
 */
class HNode {
  private kidsCache: HNode[] | undefined;
  private typeCache: string | undefined;
  private endCache: number | undefined;
  constructor(private readonly node: TsNode, private readonly src: string) {}
  get type(): string {
    return (this.typeCache ??= this.node.type);
  }
  get start(): number {
    return this.node.startIndex; // stored on the Node object: no round trip
  }
  get line(): number {
    return this.node.startPosition.row + 1;
  }
  get text(): string {
    this.endCache ??= this.node.endIndex;
    return this.src.slice(this.start, this.endCache);
  }
  /** Named children without comments (a comment between a key and its value is not the value). */
  get kids(): HNode[] {
    return (this.kidsCache ??= this.node.namedChildren.filter((c): c is TsNode => c !== null).map((c) => new HNode(c, this.src)).filter((c) => c.type !== 'comment'));
  }
}

function parseHclBody(text: string): { blocks: Block[]; attrs: Map<string, Val> } {
  if (!parser) throw new Error('HCL parser not loaded');
  const tree = parser.parse(text);
  if (!tree) throw new HclSyntaxError('HCL parser gave no tree');
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root);
      throw new HclSyntaxError(`invalid HCL at line ${(bad?.startPosition.row ?? 0) + 1}${bad?.isMissing ? `: missing ${bad.type}` : ''}`);
    }
    const body = new HNode(root, text).kids.find((c) => c.type === 'body');
    if (!body) return { blocks: [], attrs: new Map() };
    const { attrs, blocks } = blockOf(body);
    return { blocks, attrs };
  } finally {
    tree.delete();
  }
}

function firstError(n: TsNode): TsNode | undefined {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) {
    if (c && (c.hasError || c.isError || c.isMissing)) {
      const found = firstError(c);
      if (found) return found;
    }
  }
  return undefined;
}

/** A block, or (given a body node) the file's top level as a nameless block. */
function blockOf(n: HNode): Block {
  const parts = n.kids;
  const type = n.type === 'body' ? '' : textOfFirst(parts, 'identifier') ?? '';
  const labels = n.type === 'body' ? [] : parts.filter((c) => c.type === 'string_lit' || (c.type === 'identifier' && c !== parts[0])).map((c) => c.type === 'string_lit' ? c.text.slice(1, -1) : c.text);
  const body = n.type === 'body' ? n : parts.find((c) => c.type === 'body');
  const attrs = new Map<string, Val>();
  const blocks: Block[] = [];
  for (const c of body ? body.kids : []) {
    if (c.type === 'attribute') {
      const [key, expr] = c.kids;
      if (key && expr) attrs.set(key.text, evalExpr(expr));
    } else if (c.type === 'block') blocks.push(blockOf(c));
  }
  return { type, labels, line: n.line, attrs, blocks };
}

function textOfFirst(nodes: HNode[], type: string): string | undefined {
  const n = nodes.find((c) => c.type === type);
  return n ? n.text : undefined;
}

function stringText(n: HNode): string | undefined {
  // A string with an interpolation is not a known value.
  if (n.kids.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return undefined;
  return n.kids.filter((c) => c.type === 'template_literal').map((c) => c.text).join('');
}

function unknown(n: HNode): Val {
  return { kind: 'unknown', text: n.text.slice(0, 200), line: n.line };
}

/** Evaluate an expression node as far as it is certain. References stay `unknown` here. */
function evalExpr(n: HNode): Val {
  const kids = n.kids;
  switch (n.type) {
    case 'expression': {
      if (kids.length === 1) return evalExpr(kids[0]!);
      return unknown(n); // var.x / local.x / resource refs: resolved later by `resolveRefs`
    }
    case 'literal_value': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    // A string_lit is a quoted string with no interpolation (grammar: start, optional literal, end).
    case 'string_lit': return { kind: 'str', value: unescape(n.text.slice(1, -1)), line: n.line };
    case 'quoted_template': {
      const s = stringText(n);
      return s === undefined ? unknown(n) : { kind: 'str', value: unescape(s), line: n.line };
    }
    case 'numeric_lit': return { kind: 'num', value: Number(n.text), line: n.line };
    case 'bool_lit': return { kind: 'bool', value: n.text === 'true', line: n.line };
    case 'null_lit': return { kind: 'null', line: n.line };
    case 'template_expr': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    case 'heredoc_template': {
      if (kids.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return unknown(n);
      const lit = kids.find((c) => c.type === 'template_literal');
      return { kind: 'str', value: lit ? lit.text : '', line: (lit ?? n).line };
    }
    case 'collection_value': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    case 'tuple': return { kind: 'list', items: kids.filter((c) => c.type === 'expression').map((c) => evalExpr(c)), line: n.line };
    case 'object': {
      const entries = new Map<string, Val>();
      for (const el of kids) {
        if (el.type !== 'object_elem') continue;
        const [k, v] = el.kids; // `key = val` or `key: val`
        if (!k || !v) continue;
        const key = keyText(k);
        if (key !== undefined) entries.set(key, evalExpr(v));
      }
      return { kind: 'obj', entries, line: n.line };
    }
    case 'function_call': {
      const name = textOfFirst(kids, 'identifier');
      const args = kids.find((c) => c.type === 'function_arguments');
      const first = args?.kids.find((c) => c.type === 'expression');
      // jsonencode keeps the structure (and its lines) of the policy it encodes.
      if (name === 'jsonencode' && first) return evalExpr(first);
      if (name === 'tolist' || name === 'toset') return first ? evalExpr(first) : unknown(n);
      return unknown(n);
    }
    default: return unknown(n);
  }
}

function keyText(k: HNode): string | undefined {
  const v = evalExpr(k);
  if (v.kind === 'str') return v.value;
  // Bare identifiers as object keys (`Action = "*"`) parse as a variable expression.
  const text = k.text;
  if (/^[A-Za-z_][\w-]*$/.test(text)) return text;
  return undefined;
}

function unescape(s: string): string {
  return s.replace(/\\(["\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c);
}

/** A JSON (or YAML) policy string as a value, with lines relative to where the string starts. */
export function parseJsonString(v: Val): Val | undefined {
  if (v.kind !== 'str' || !/^\s*[{[]/.test(v.value)) return undefined;
  const lc = newLineCounter();
  const doc = parseDocument(v.value, { lineCounter: lc, logLevel: 'silent' });
  if (doc.errors.length) return undefined;
  return yamlToVal(doc.contents as YNode, (offset) => v.line + lc.linePos(offset).line - 1);
}
