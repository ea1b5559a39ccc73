/**
 * Terraform JSON syntax (`.tf.json`, `.tfvars.json`) into the same blocks and values as HCL, so
 * every Terraform rule reads both. JSON cannot tell a nested block from an object attribute
 * without the provider schema, so an object (or list of objects) under a body is kept both ways:
 * as the attribute value and as nested blocks of that name. Strings are templates: `"${var.x}"`
 * is the reference `var.x`; any other interpolation is unknown.
 */
import type { Node } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument, newLineCounter } from './yaml-lib.js';
import type { Block, Val } from './hcl.js';
import { HclSyntaxError } from './hcl.js';
import { yamlToVal } from './values.js';

/** Labels each top-level block type takes (`resource "TYPE" "NAME"`). */
const LABELS: Record<string, number> = { resource: 2, data: 2, variable: 1, module: 1, output: 1, provider: 1, locals: 0, terraform: 0 };

interface Parsed { root: Node | null; at: (offset: number) => number }

function parseJson(text: string): Parsed {
  const lc = newLineCounter();
  const doc = parseDocument(text, { lineCounter: lc, logLevel: 'silent', uniqueKeys: false });
  const err = doc.errors[0];
  if (err) throw new HclSyntaxError(`invalid JSON at line ${lc.linePos(err.pos[0]).line}`);
  return { root: doc.contents as Node | null, at: (offset) => lc.linePos(offset).line };
}

/** A JSON string as Terraform evaluates it: a template, a lone reference, or a literal. */
function templateString(node: Node, line: number): Val | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const s = node.value;
  if (!/[$%]\{/.test(s)) return undefined;
  const lone = /^\$\{\s*([^{}]+?)\s*\}$/.exec(s);
  if (lone) return { kind: 'unknown', text: lone[1]!, line };
  const literal = s.replace(/\$\$\{/g, '\u0000').replace(/%%\{/g, '\u0001');
  if (/[$%]\{/.test(literal)) return { kind: 'unknown', text: s.slice(0, 200), line };
  return { kind: 'str', value: literal.replace(/\u0000/g, '${').replace(/\u0001/g, '%{'), line };
}

function bodyOf(node: Node, type: string, labels: string[], line: number, at: Parsed['at']): Block {
  const attrs = new Map<string, Val>();
  const blocks: Block[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key === '//') continue; // Terraform JSON comments
      const value = pair.value as Node | null;
      attrs.set(key, yamlToVal(value, at, templateString));
      const keyLine = at(pair.key.range?.[0] ?? 0);
      if (isMap(value)) blocks.push(bodyOf(value, key, [], keyLine, at));
      else if (isSeq(value)) {
        for (const item of value.items as Node[]) if (isMap(item)) blocks.push(bodyOf(item, key, [], at(item.range?.[0] ?? 0), at));
      }
    }
  }
  return { type, labels, line, attrs, blocks };
}

/** `{ TYPE: { NAME: body } }` (or a list of such objects) down to the block bodies. */
function labelled(node: Node | null, type: string, depth: number, labels: string[], line: number, at: Parsed['at'], out: Block[]): void {
  if (isSeq(node)) {
    for (const item of node.items as Node[]) labelled(item, type, depth, labels, line, at, out);
    return;
  }
  if (!isMap(node)) return;
  if (depth === 0) {
    out.push(bodyOf(node, type, labels, line, at));
    return;
  }
  for (const pair of node.items) {
    if (!isScalar(pair.key) || String(pair.key.value) === '//') continue;
    labelled(pair.value as Node | null, type, depth - 1, [...labels, String(pair.key.value)], at(pair.key.range?.[0] ?? 0), at, out);
  }
}

/** Top-level blocks of a `.tf.json` file. Throws HclSyntaxError on broken JSON. */
export function parseTfJson(text: string): Block[] {
  const { root, at } = parseJson(text);
  if (!isMap(root)) return [];
  const out: Block[] = [];
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const type = String(pair.key.value);
    const depth = LABELS[type];
    if (depth === undefined) continue;
    labelled(pair.value as Node | null, type, depth, [], at(pair.key.range?.[0] ?? 0), at, out);
  }
  return out;
}

/** Top-level `name = value` pairs of a `.tfvars.json` file. */
export function parseTfvarsJson(text: string): Map<string, Val> {
  const { root, at } = parseJson(text);
  const out = new Map<string, Val>();
  if (!isMap(root)) return out;
  // Variable values are literal data, not templates.
  for (const pair of root.items) if (isScalar(pair.key)) out.set(String(pair.key.value), yamlToVal(pair.value as Node, at));
  return out;
}
