/**
 * Terraform HCL2 through tree-sitter (WebAssembly, source positions kept) into a small model:
 * blocks with attributes whose values are evaluated where that is certain — literals, lists,
 * objects, `jsonencode(...)`, JSON strings and heredocs (policy documents), `var.x` with a default
 * and `local.x`. Anything else is `unknown`: rules never guess about it.
 */
import { createRequire } from 'node:module';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YNode } from 'yaml';
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
    const body = root.namedChildren.find((c) => c?.type === 'body');
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

function named(n: TsNode): TsNode[] {
  return n.namedChildren.filter((c): c is TsNode => c !== null);
}

/** A block, or (given a body node) the file's top level as a nameless block. */
function blockOf(n: TsNode): Block {
  const parts = named(n);
  const type = n.type === 'body' ? '' : parts.find((c) => c.type === 'identifier')?.text ?? '';
  const labels = n.type === 'body' ? [] : parts.filter((c) => c.type === 'string_lit' || (c.type === 'identifier' && c !== parts[0])).map((c) => c.type === 'string_lit' ? stringText(c) ?? c.text : c.text);
  const body = n.type === 'body' ? n : parts.find((c) => c.type === 'body');
  const attrs = new Map<string, Val>();
  const blocks: Block[] = [];
  for (const c of body ? named(body) : []) {
    if (c.type === 'attribute') {
      const [key, expr] = named(c);
      if (key && expr) attrs.set(key.text, evalExpr(expr));
    } else if (c.type === 'block') blocks.push(blockOf(c));
  }
  return { type, labels, line: n.startPosition.row + 1, attrs, blocks };
}

function stringText(n: TsNode): string | undefined {
  // A string with an interpolation is not a known value.
  if (named(n).some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return undefined;
  return named(n).filter((c) => c.type === 'template_literal').map((c) => c.text).join('');
}

function unknown(n: TsNode): Val {
  return { kind: 'unknown', text: n.text.slice(0, 200), line: n.startPosition.row + 1 };
}

/** Evaluate an expression node as far as it is certain. References stay `unknown` here. */
export function evalExpr(n: TsNode): Val {
  const line = n.startPosition.row + 1;
  const kids = named(n);
  switch (n.type) {
    case 'expression': {
      if (kids.length === 1) return evalExpr(kids[0]!);
      return unknown(n); // var.x / local.x / resource refs: resolved later by `resolveRefs`
    }
    case 'literal_value': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    case 'string_lit':
    case 'quoted_template': {
      const s = stringText(n);
      return s === undefined ? unknown(n) : { kind: 'str', value: unescape(s), line };
    }
    case 'numeric_lit': return { kind: 'num', value: Number(n.text), line };
    case 'bool_lit': return { kind: 'bool', value: n.text === 'true', line };
    case 'null_lit': return { kind: 'null', line };
    case 'template_expr': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    case 'heredoc_template': {
      if (kids.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return unknown(n);
      const lit = kids.find((c) => c.type === 'template_literal');
      return { kind: 'str', value: lit?.text ?? '', line: lit ? lit.startPosition.row + 1 : line };
    }
    case 'collection_value': return kids[0] ? evalExpr(kids[0]) : unknown(n);
    case 'tuple': return { kind: 'list', items: kids.filter((c) => c.type === 'expression').map(evalExpr), line };
    case 'object': {
      const entries = new Map<string, Val>();
      for (const el of kids.filter((c) => c.type === 'object_elem')) {
        const k = el.childForFieldName('key');
        const v = el.childForFieldName('val');
        if (!k || !v) continue;
        const key = keyText(k);
        if (key !== undefined) entries.set(key, evalExpr(v));
      }
      return { kind: 'obj', entries, line };
    }
    case 'function_call': {
      const name = kids.find((c) => c.type === 'identifier')?.text;
      const args = kids.find((c) => c.type === 'function_arguments');
      const first = args ? named(args).find((c) => c.type === 'expression') : undefined;
      // jsonencode keeps the structure (and its lines) of the policy it encodes.
      if (name === 'jsonencode' && first) return evalExpr(first);
      if (name === 'tolist' || name === 'toset') return first ? evalExpr(first) : unknown(n);
      return unknown(n);
    }
    default: return unknown(n);
  }
}

function keyText(k: TsNode): string | undefined {
  const v = evalExpr(k);
  if (v.kind === 'str') return v.value;
  // Bare identifiers as object keys (`Action = "*"`) parse as a variable expression.
  if (/^[A-Za-z_][\w-]*$/.test(k.text)) return k.text;
  return undefined;
}

function unescape(s: string): string {
  return s.replace(/\\(["\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c);
}

/** A JSON (or YAML) policy string as a value, with lines relative to where the string starts. */
export function parseJsonString(v: Val): Val | undefined {
  if (v.kind !== 'str' || !/^\s*[{[]/.test(v.value)) return undefined;
  const lc = new LineCounter();
  const doc = parseDocument(v.value, { lineCounter: lc, logLevel: 'silent' });
  if (doc.errors.length) return undefined;
  return yamlToVal(doc.contents as YNode, (offset) => v.line + lc.linePos(offset).line - 1);
}
