/**
 * A CloudFormation (or SAM) template as rules see it: resources with their `Properties` as
 * values. Intrinsic functions stay `unknown` except `Ref` to a parameter with a `Default`, which
 * resolves to that default (reported where it is used), and `Fn::Sub` of a plain string, kept as
 * the string (`arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess` still names the policy).
 */
import type { Node } from 'yaml';
import { isMap, isScalar } from './yaml-lib.js';
import { get, lineOf, type YamlDoc } from './model.js';
import { yamlToVal, type Val } from './values.js';
import type { Statement } from './terraform.js';
import { statementsOfPolicy, strings } from './terraform.js';

export interface CfnResource {
  logicalId: string;
  type: string;
  line: number;
  props: Map<string, Val>;
}

export interface CfnDoc {
  path: string;
  resources: CfnResource[];
}

const REF = 'Ref:';

/** `!Ref X`, `{ Ref: X }`, `!Sub '…'`, `{ 'Fn::Sub': '…' }`; other intrinsics are unknown. */
function intrinsic(node: Node, line: number): Val | undefined {
  const tag = node.tag;
  if (tag && tag.startsWith('!')) {
    const text = isScalar(node) ? String(node.value) : '';
    if (tag === '!Ref') return { kind: 'unknown', text: REF + text, line };
    if (tag === '!Sub' && isScalar(node)) return { kind: 'str', value: text, line };
    return { kind: 'unknown', text: tag, line };
  }
  if (isMap(node) && node.items.length === 1 && isScalar(node.items[0]!.key)) {
    const key = String(node.items[0]!.key.value);
    const value = node.items[0]!.value;
    if (key === 'Ref' && isScalar(value)) return { kind: 'unknown', text: REF + String(value.value), line };
    if (key === 'Fn::Sub' && isScalar(value)) return { kind: 'str', value: String(value.value), line };
    if (key.startsWith('Fn::') || key === 'Condition') return { kind: 'unknown', text: key, line };
  }
  return undefined;
}

export function toCloudFormation(d: YamlDoc): CfnDoc {
  const root = d.doc.contents;
  const at = (offset: number) => d.lines.linePos(offset).line;
  const defaults = new Map<string, Val>();
  const params = get(root, 'Parameters');
  if (isMap(params)) {
    for (const p of params.items) {
      const def = get(p.value, 'Default');
      if (isScalar(p.key) && def) defaults.set(String(p.key.value), yamlToVal(def, at, intrinsic));
    }
  }
  // A parameter default is reported where the template uses it, like a Terraform variable.
  const resolve = (v: Val): Val => {
    if (v.kind === 'unknown' && v.text.startsWith(REF)) {
      const hit = defaults.get(v.text.slice(REF.length));
      return hit && hit.kind !== 'obj' && hit.kind !== 'list' ? { ...hit, line: v.line } : v;
    }
    if (v.kind === 'list') return { ...v, items: v.items.map(resolve) };
    if (v.kind === 'obj') return { ...v, entries: new Map([...v.entries].map(([k, x]) => [k, resolve(x)])) };
    return v;
  };
  const resources: CfnResource[] = [];
  const list = get(root, 'Resources');
  if (isMap(list)) {
    for (const pair of list.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const type = get(pair.value, 'Type');
      const props = get(pair.value, 'Properties');
      const value = props ? resolve(yamlToVal(props, at, intrinsic)) : undefined;
      resources.push({
        logicalId: String(pair.key.value),
        type: isScalar(type) ? String(type.value) : '',
        line: lineOf(d, pair.key as Node),
        props: value?.kind === 'obj' ? value.entries : new Map(),
      });
    }
  }
  return { path: d.path, resources };
}

export function cfnResources(d: CfnDoc, ...types: string[]): CfnResource[] {
  return d.resources.filter((r) => types.includes(r.type));
}

export function prop(r: CfnResource, ...keys: string[]): Val | undefined {
  let cur: Val | undefined = { kind: 'obj', entries: r.props, line: r.line };
  for (const k of keys) cur = cur?.kind === 'obj' ? cur.entries.get(k) : undefined;
  return cur;
}

export function listOf(v: Val | undefined): Val[] {
  return v?.kind === 'list' ? v.items : [];
}

// Resource types whose `PolicyDocument` is an identity or resource policy.
const POLICY_DOCUMENT_TYPES = [
  'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy',
  'AWS::KMS::Key', 'AWS::SecretsManager::ResourcePolicy', 'AWS::Lambda::Permission',
];
const INLINE_POLICY_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];

/** Every IAM statement declared in the template, with the resource it came from. */
export function cfnStatements(d: CfnDoc): { resource: CfnResource; st: Statement; trust: boolean }[] {
  const out: { resource: CfnResource; st: Statement; trust: boolean }[] = [];
  for (const r of d.resources) {
    if (POLICY_DOCUMENT_TYPES.includes(r.type)) {
      for (const st of statementsOfPolicy(prop(r, r.type === 'AWS::KMS::Key' ? 'KeyPolicy' : 'PolicyDocument'))) out.push({ resource: r, st, trust: false });
    }
    if (INLINE_POLICY_TYPES.includes(r.type)) {
      for (const p of listOf(prop(r, 'Policies'))) {
        const doc = p.kind === 'obj' ? p.entries.get('PolicyDocument') : undefined;
        for (const st of statementsOfPolicy(doc)) out.push({ resource: r, st, trust: false });
      }
      for (const st of statementsOfPolicy(prop(r, 'AssumeRolePolicyDocument'))) out.push({ resource: r, st, trust: true });
    }
    // SAM functions take inline statements (or policy template names) under `Policies`.
    if (r.type === 'AWS::Serverless::Function') {
      for (const p of listOf(prop(r, 'Policies'))) {
        for (const st of statementsOfPolicy(p)) out.push({ resource: r, st, trust: false });
      }
    }
  }
  return out;
}

/** Managed policy ARNs (or SAM policy names) attached to roles, users, groups and SAM functions. */
export function cfnManagedPolicies(d: CfnDoc): { resource: CfnResource; value: string; line: number }[] {
  const out: { resource: CfnResource; value: string; line: number }[] = [];
  for (const r of cfnResources(d, ...INLINE_POLICY_TYPES, 'AWS::Serverless::Function')) {
    for (const a of strings(prop(r, 'ManagedPolicyArns')) ?? []) out.push({ resource: r, ...a });
    if (r.type === 'AWS::Serverless::Function') {
      const policies = prop(r, 'Policies');
      for (const a of strings(policies) ?? []) out.push({ resource: r, ...a });
    }
  }
  return out;
}

export const cfnLabel = (r: CfnResource) => `${r.type} ${r.logicalId}`;
