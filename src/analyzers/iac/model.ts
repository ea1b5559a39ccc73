/** Shared shapes for the infrastructure-as-code rules: one parsed document, one rule, one hit. */
import type { Document, Node, LineCounter } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-lib.js';
import type { RuleMeta } from '../../findings/rule.js';
import type { Severity } from '../../findings/severity.js';
import type { CfnDoc } from './cloudformation.js';

/** What a YAML document describes, decided from its content (and, for workflows, its path). */
export type YamlDocKind = 'kubernetes' | 'github-actions' | 'gitlab-ci' | 'compose' | 'cloudformation';

export interface YamlDoc {
  kind: YamlDocKind;
  path: string;
  doc: Document.Parsed;
  lines: LineCounter;
  text: string;
}

/** A place a rule points at: a YAML node (its first line) or a plain 1-based line. */
export interface Hit {
  line: number;
  column?: number;
  message: string;
  severity?: Severity;
}

/**
 * Equivalent check ids of well-known IaC scanners, shown in the rule's help. Only ids whose check
 * was read in the scanner's own source or docs and tests the same thing; none where there is none.
 */
export interface ExternalRefs {
  checkov?: string;
  trivy?: string;
  /** KICS query ids (UUIDs), for formats Checkov and Trivy do not check (docker-compose). */
  kics?: string;
  /** Semgrep registry rule ids (`<path>.<id>` as the registry names them). */
  semgrep?: string;
  /** zizmor audit names (GitHub Actions). */
  zizmor?: string;
  /** Set when no well-known scanner has an equivalent check: which ones were looked at, and any near miss. */
  none?: string;
}

export interface IacRule {
  meta: RuleMeta;
  refs: ExternalRefs;
  /** YAML rules name the document kinds they read; Dockerfile rules read instructions. */
  applies: YamlDocKind[] | 'dockerfile' | 'terraform';
  check(input: unknown): Hit[];
  /** The same check on a CloudFormation/SAM template, for AWS rules written for both formats. */
  cloudformation?(d: CfnDoc): Hit[];
}

/** Define a rule: the scanner references are appended to its help so SARIF and docs carry them. */
export function defineRule<T>(rule: Omit<IacRule, 'check' | 'applies'> & {
  applies: YamlDocKind[] | 'dockerfile' | 'terraform';
  check(input: T): Hit[];
  cloudformation?(d: CfnDoc): Hit[];
}): IacRule {
  const r = rule.refs;
  const refs = [
    r.checkov && `Checkov \`${r.checkov}\``, r.trivy && `Trivy \`${r.trivy}\``, r.kics && `KICS \`${r.kics}\``,
    r.semgrep && `Semgrep \`${r.semgrep}\``, r.zizmor && `zizmor \`${r.zizmor}\``,
  ].filter(Boolean);
  const fix = refs.length ? `${rule.meta.fix}\n\nEquivalent checks: ${refs.join(', ')}.${r.none ? ` ${r.none}` : ''}`
    : r.none ? `${rule.meta.fix}\n\nEquivalent checks: none. ${r.none}` : rule.meta.fix;
  return { ...rule, meta: { ...rule.meta, fix }, check: rule.check as (input: unknown) => Hit[] };
}

// ---- YAML helpers that keep source positions ----

export function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return (pair.value ?? undefined) as Node | undefined;
  }
  return undefined;
}

/** The key node of `key` in a map, to point at a line even when the value is empty. */
export function keyNode(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  return undefined;
}

export function path(node: unknown, ...keys: string[]): Node | undefined {
  let cur: unknown = node;
  for (const k of keys) cur = get(cur, k);
  return cur as Node | undefined;
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]).filter(Boolean) : [];
}

export function scalar(node: unknown): string | number | boolean | null | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
}

export function str(node: unknown): string | undefined {
  const v = scalar(node);
  return v === undefined || v === null ? undefined : String(v);
}

export function isTrue(node: unknown): boolean {
  const v = scalar(node);
  return v === true || v === 'true';
}

export function lineOf(d: YamlDoc, node: Node | undefined | null): number {
  const offset = node?.range?.[0] ?? 0;
  return d.lines.linePos(offset).line;
}

/** Line of the first occurrence of `needle` inside a scalar's source text (for block scalars). */
export function lineWithin(d: YamlDoc, node: Node, needle: string): number {
  const source = d.text;
  const [start, end] = node.range ?? [0, 0];
  const at = source.slice(start, end).indexOf(needle);
  return d.lines.linePos(at >= 0 ? start + at : start).line;
}
