/** A Terraform file as rules see it: blocks with `var.x` (tfvars values, defaults) and `local.x` resolved. */
import { parseHcl, parseJsonString, type Block, type Val } from './hcl.js';
import { parseTfJson } from './tfjson.js';

export interface TfDoc {
  path: string;
  blocks: Block[];
  /** Resources a flow log in this module watches (`aws_vpc.main`); `*` when one cannot be resolved. */
  flowLogTargets: Set<string>;
  /** Lines whose value came from a tfvars file, with where it was set (`terraform.tfvars:3`). */
  origins: Map<number, string>;
}

/** What the other files of the module contribute to one file (the second pass). */
export interface TfModule {
  /** `var.x` defaults and `local.x` values defined in sibling `.tf` files. */
  scope?: Map<string, Val>;
  /** Values `terraform.tfvars` / `*.auto.tfvars` give to `var.x`: they win over every default. */
  values?: Map<string, { value: Val; origin: string }>;
  flowLogTargets?: string[];
}

function relocate(v: Val, line: number): Val {
  if (v.kind === 'list') return { ...v, line, items: v.items.map((i) => relocate(i, line)) };
  if (v.kind === 'obj') return { ...v, line, entries: new Map([...v.entries].map(([k, x]) => [k, relocate(x, line)])) };
  return { ...v, line };
}

/** `var.x` defaults and `local.x` values a file defines: what sibling files of the module may use. */
export function definitionsOf(blocks: Block[]): Map<string, Val> {
  const scope = new Map<string, Val>();
  for (const b of blocks) {
    if (b.type === 'variable' && b.labels[0]) {
      const d = b.attrs.get('default');
      if (d) scope.set(`var.${b.labels[0]}`, d);
    }
    if (b.type === 'locals') for (const [k, v] of b.attrs) scope.set(`local.${k}`, v);
  }
  return scope;
}

const REFERENCE = /^(var|local)\.[A-Za-z_][\w-]*$/;

/** `var.x` / `local.x` references the file uses: those its own definitions leave open, and every variable. */
export function referencesOf(blocks: Block[]): { unresolved: string[]; variables: string[] } {
  const own = definitionsOf(blocks);
  const unresolved = new Set<string>();
  const variables = new Set<string>();
  const visit = (v: Val): void => {
    if (v.kind === 'unknown') {
      const ref = v.text.trim();
      if (!REFERENCE.test(ref)) return;
      if (!own.has(ref)) unresolved.add(ref);
      if (ref.startsWith('var.')) variables.add(ref);
    } else if (v.kind === 'list') v.items.forEach(visit);
    else if (v.kind === 'obj') [...v.entries.values()].forEach(visit);
  };
  const walk = (b: Block): void => {
    [...b.attrs.values()].forEach(visit);
    b.blocks.forEach(walk);
  };
  blocks.forEach(walk);
  // Locals that read variables: a tfvars value reaches the file through them too.
  for (const [k, v] of own) if (k.startsWith('local.')) visit(v);
  return { unresolved: [...unresolved].sort(), variables: [...variables].sort() };
}

/** `var.x` / `local.x` references used in the file that its own definitions do not resolve. */
export function unresolvedReferences(blocks: Block[]): string[] {
  return referencesOf(blocks).unresolved;
}

/** What the `aws_flow_log` resources of a file watch: `aws_vpc.NAME`, or `*` for a VPC id it cannot resolve. */
export function flowLogTargetsOf(blocks: Block[]): string[] {
  const out = new Set<string>();
  for (const b of blocks) {
    if (b.type !== 'resource' || b.labels[0] !== 'aws_flow_log') continue;
    const vpc = b.attrs.get('vpc_id');
    if (!vpc || vpc.kind === 'str') continue; // a literal id names a VPC declared elsewhere
    const m = vpc.kind === 'unknown' ? /^aws_vpc\.([A-Za-z_][\w-]*)/.exec(vpc.text.trim()) : null;
    out.add(m ? `aws_vpc.${m[1]}` : '*');
  }
  return [...out];
}

/** Meta-arguments of a `module` block: not inputs of the module. */
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** A `module "NAME" { source = "./…" }` call of a module in the same tree, with the inputs it passes. */
export interface ModuleCall { name: string; source: string; line: number; args: Map<string, Val> }

/**
 * Calls of local modules (`source` a relative path). Registry and git sources are not in the tree:
 * their inputs cannot be followed.
 */
export function moduleCallsOf(blocks: Block[]): ModuleCall[] {
  return blocks.flatMap((b) => {
    const source = b.type === 'module' && b.labels[0] ? strOf(b.attrs.get('source')) : undefined;
    if (!source || !/^\.\.?\//.test(source)) return [];
    const args = new Map([...b.attrs].filter(([k]) => !MODULE_META.has(k)));
    return [{ name: b.labels[0]!, source, line: b.line, args }];
  });
}

export const isTfJson = (path: string): boolean => path.endsWith('.tf.json');

/**
 * Parse and resolve a Terraform file (HCL, or JSON syntax for `.tf.json`). `module` holds what the
 * other files of the same directory (one Terraform module) contribute; the file's own definitions
 * take precedence over its siblings', and tfvars values over every default.
 */
export function parseTerraform(path: string, text: string, module: TfModule = {}): TfDoc {
  return resolveTerraform(path, parseTerraformBlocks(path, text), module);
}

/** The blocks of a Terraform file as written (HCL, or JSON syntax for `.tf.json`), nothing resolved. */
export function parseTerraformBlocks(path: string, text: string): Block[] {
  return isTfJson(path) ? parseTfJson(text) : parseHcl(text);
}

/** A copy whose attribute maps can be resolved without touching the original (values are never mutated). */
export function cloneBlocks(blocks: Block[]): Block[] {
  return blocks.map((b) => ({ ...b, attrs: new Map(b.attrs), blocks: cloneBlocks(b.blocks) }));
}

/** Resolve `var.x` / `local.x` in parsed blocks (in place) with what the rest of the module gives. */
export function resolveTerraform(path: string, blocks: Block[], module: TfModule = {}): TfDoc {
  const own = definitionsOf(blocks);
  const scope = new Map<string, Val>([...(module.scope ?? []), ...own]);
  const origins = new Map<number, string>();
  // `useLine`: inside a resolved reference, the line where the chain started (a tfvars origin is credited there).
  const resolve = (v: Val, depth: number, useLine?: number): Val => {
    if (depth > 8) return v;
    if (v.kind === 'unknown') {
      const ref = v.text.trim();
      const set = module.values?.get(ref);
      if (set) origins.set(useLine ?? v.line, set.origin);
      const defined = set?.value ?? scope.get(ref);
      // A value written in another file of the module has no line in this one: it is reported where it is used.
      const hit = defined && (set || !own.has(ref)) ? relocate(defined, v.line) : defined;
      // The resolved value is reported where it is used, not where it was defined.
      if (!hit) return v;
      const r = resolve(hit, depth + 1, useLine ?? v.line);
      // Scalars and lists of scalars are reported where they are used; policy objects where they are written.
      if (r.kind === 'list') return { ...r, line: v.line, items: r.items.map((i) => (i.kind === 'list' || i.kind === 'obj' ? i : { ...i, line: v.line })) };
      return { ...r, line: v.line };
    }
    if (v.kind === 'list') return { ...v, items: v.items.map((i) => resolve(i, depth + 1, useLine)) };
    if (v.kind === 'obj') return { ...v, entries: new Map([...v.entries].map(([k, x]) => [k, resolve(x, depth + 1, useLine)])) };
    return v;
  };
  const walk = (b: Block): void => {
    for (const [k, v] of b.attrs) b.attrs.set(k, resolve(v, 0));
    b.blocks.forEach(walk);
  };
  blocks.forEach(walk);
  const flowLogTargets = new Set([...flowLogTargetsOf(blocks), ...(module.flowLogTargets ?? [])]);
  return { path, blocks, flowLogTargets, origins };
}

/** `resource "TYPE" "NAME"` blocks of the given types. */
export function resources(d: TfDoc, ...types: string[]): Block[] {
  return d.blocks.filter((b) => b.type === 'resource' && types.includes(b.labels[0] ?? ''));
}

export function attr(b: Block, name: string): Val | undefined {
  return b.attrs.get(name);
}

export function sub(b: Block, type: string): Block[] {
  return b.blocks.filter((c) => c.type === type);
}

export function strOf(v: Val | undefined): string | undefined {
  return v?.kind === 'str' ? v.value : undefined;
}

export function isTrueVal(v: Val | undefined): boolean {
  return v?.kind === 'bool' ? v.value : v?.kind === 'str' && v.value === 'true';
}

export function isFalseVal(v: Val | undefined): boolean {
  return v?.kind === 'bool' ? !v.value : v?.kind === 'str' && v.value === 'false';
}

/** A string or list of strings (IAM allows both); undefined when any part is unknown. */
export function strings(v: Val | undefined): { value: string; line: number }[] | undefined {
  if (!v) return undefined;
  if (v.kind === 'str') return [{ value: v.value, line: v.line }];
  if (v.kind === 'list') {
    const out = v.items.map((i) => (i.kind === 'str' ? { value: i.value, line: i.line } : undefined));
    return out.every(Boolean) ? (out as { value: string; line: number }[]) : out.filter(Boolean) as { value: string; line: number }[];
  }
  return undefined;
}

export function label(b: Block): string {
  return b.labels.join('.');
}

export interface Statement {
  effect: string;
  actions: { value: string; line: number }[];
  notActions: boolean;
  resources: { value: string; line: number }[];
  principals: { value: string; line: number }[];
  hasCondition: boolean;
  line: number;
}

/** IAM statements from a policy value: jsonencode object, JSON string, heredoc. */
export function statementsOfPolicy(v: Val | undefined): Statement[] {
  if (!v) return [];
  const doc = v.kind === 'str' ? parseJsonString(v) : v;
  if (!doc || doc.kind !== 'obj') return [];
  const st = doc.entries.get('Statement');
  const list = st?.kind === 'list' ? st.items : st ? [st] : [];
  return list.flatMap((s) => {
    if (s.kind !== 'obj') return [];
    const principal = s.entries.get('Principal');
    const principals = principal?.kind === 'obj' ? [...principal.entries.values()].flatMap((p) => strings(p) ?? []) : strings(principal) ?? [];
    return [{
      effect: strOf(s.entries.get('Effect')) ?? 'Allow',
      actions: strings(s.entries.get('Action')) ?? [],
      notActions: s.entries.has('NotAction'),
      resources: strings(s.entries.get('Resource')) ?? [],
      principals,
      hasCondition: s.entries.has('Condition'),
      line: s.line,
    }];
  });
}

/** Statements of `data "aws_iam_policy_document"` blocks (HCL statement blocks). */
export function statementsOfPolicyDocument(b: Block): Statement[] {
  return sub(b, 'statement').map((s) => {
    const principals = [...sub(s, 'principals'), ...sub(s, 'not_principals')].flatMap((p) => strings(attr(p, 'identifiers')) ?? []);
    return {
      effect: strOf(attr(s, 'effect')) ?? 'Allow',
      actions: strings(attr(s, 'actions')) ?? [],
      notActions: s.attrs.has('not_actions'),
      resources: strings(attr(s, 'resources')) ?? [],
      principals,
      hasCondition: sub(s, 'condition').length > 0,
      line: s.line,
    };
  });
}

/** Every IAM statement declared in the file, with the block it came from. */
export function allStatements(d: TfDoc): { block: Block; st: Statement; attr?: string }[] {
  const out: { block: Block; st: Statement; attr?: string }[] = [];
  for (const b of d.blocks) {
    if (b.type === 'data' && b.labels[0] === 'aws_iam_policy_document') {
      for (const st of statementsOfPolicyDocument(b)) out.push({ block: b, st });
    }
    if (b.type === 'resource') {
      for (const name of ['policy', 'inline_policy', 'assume_role_policy']) {
        for (const st of statementsOfPolicy(b.attrs.get(name))) out.push({ block: b, st, attr: name });
      }
      for (const ip of sub(b, 'inline_policy')) for (const st of statementsOfPolicy(ip.attrs.get('policy'))) out.push({ block: b, st, attr: 'policy' });
    }
  }
  return out;
}
