/**
 * The value model IaC rules read, whatever the format: literals, lists and objects with the line
 * each was written on. Anything not certain without evaluating the template is `unknown`.
 */
import type { Node } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-lib.js';

export type Val =
  | { kind: 'str'; value: string; line: number }
  | { kind: 'num'; value: number; line: number }
  | { kind: 'bool'; value: boolean; line: number }
  | { kind: 'null'; line: number }
  | { kind: 'list'; items: Val[]; line: number }
  | { kind: 'obj'; entries: Map<string, Val>; line: number }
  | { kind: 'unknown'; text: string; line: number };

/**
 * A YAML (or JSON) node as a value. `intrinsic` lets a format turn tagged scalars or special
 * one-key maps (CloudFormation's `!Ref x`, `{ "Fn::GetAtt": … }`) into values of its own.
 */
export function yamlToVal(
  node: Node | null | undefined,
  lineOf: (offset: number) => number,
  intrinsic?: (node: Node, line: number) => Val | undefined,
): Val {
  const conv = (n: Node | null | undefined): Val => {
    const line = lineOf(n?.range?.[0] ?? 0);
    if (n && intrinsic) {
      const special = intrinsic(n, line);
      if (special) return special;
    }
    if (isMap(n)) {
      const entries = new Map<string, Val>();
      for (const p of n.items) if (isScalar(p.key)) entries.set(String(p.key.value), conv(p.value as Node));
      return { kind: 'obj', entries, line };
    }
    if (isSeq(n)) return { kind: 'list', items: n.items.map((i) => conv(i as Node)), line };
    if (isScalar(n)) {
      const x = n.value;
      if (typeof x === 'string') return { kind: 'str', value: x, line };
      if (typeof x === 'number') return { kind: 'num', value: x, line };
      if (typeof x === 'boolean') return { kind: 'bool', value: x, line };
      return { kind: 'null', line };
    }
    return { kind: 'unknown', text: '', line };
  };
  return conv(node);
}

/** A value as plain JSON (facts and link inputs cross threads and the cache as JSON). */
export type PlainVal = Omit<Val, 'entries' | 'items'> & { entries?: [string, PlainVal][]; items?: PlainVal[] };

export function toPlain(v: Val): PlainVal {
  if (v.kind === 'obj') return { kind: 'obj', line: v.line, entries: [...v.entries].map(([k, x]) => [k, toPlain(x)]) };
  if (v.kind === 'list') return { kind: 'list', line: v.line, items: v.items.map(toPlain) };
  return v;
}

export function fromPlain(p: PlainVal): Val {
  if (p.kind === 'obj') return { kind: 'obj', line: p.line, entries: new Map((p.entries ?? []).map(([k, x]) => [k, fromPlain(x)])) };
  if (p.kind === 'list') return { kind: 'list', line: p.line, items: (p.items ?? []).map(fromPlain) };
  return p as Val;
}
