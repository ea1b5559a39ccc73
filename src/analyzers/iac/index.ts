/**
 * The infrastructure-as-code analyzer: Kubernetes manifests, GitHub Actions workflows and
 * CloudFormation/SAM templates (YAML or JSON, source positions kept), Dockerfiles, Terraform (tree-sitter HCL). Each rule reads one parsed document and returns lines to report.
 */
import type { FileAnalyzer, FileResult, SourceFile } from '../analyzer.js';
import type { VouchConfig } from '../../config/schema.js';
import type { RawFinding } from '../../findings/finding.js';
import { ruleSetting } from '../../pipeline/rule-settings.js';
import { IAC_RULES } from './rules/index.js';
import { isTemplated, parseYamlDocs } from './yaml-docs.js';
import { parseDockerfile } from './dockerfile.js';
import { HclSyntaxError, loadHcl, parseTfvars, type Block } from './hcl.js';
import { cloneBlocks, definitionsOf, flowLogTargetsOf, isTfJson, moduleCallsOf, parseTerraformBlocks, referencesOf, resolveTerraform, resources, type TfModule } from './terraform.js';
import { parseTfvarsJson } from './tfjson.js';
import { fromPlain, toPlain, type PlainVal } from './values.js';
import { basename, dirname, join, normalize } from 'node:path/posix';
import { toCloudFormation } from './cloudformation.js';
import { loadYaml } from './yaml-lib.js';
import { isGitlabCiPath } from './gitlab.js';
import type { Hit, IacRule } from './model.js';

export const iacAnalyzer: FileAnalyzer = {
  id: 'iac',
  rules: IAC_RULES.map((r) => r.meta),
  appliesTo: (file) => file.kind === 'yaml' || file.kind === 'dockerfile' || isTf(file.path) || isTfvars(file.path) || file.kind === 'json',
  // The HCL grammar is WebAssembly: loaded once per thread, only when an HCL Terraform file shows up.
  // The yaml package (YAML and JSON documents, values inside HCL) likewise comes with the first file.
  prepare: (file) => Promise.all([loadYaml(), (isTf(file.path) || isTfvars(file.path)) && !file.path.endsWith('.json') ? loadHcl() : undefined]).then(() => undefined),
  // Terraform modules span the `.tf` files of one directory: `var.x` declared in variables.tf is
  // resolved in main.tf by a second pass that gets its siblings' definitions, the values
  // terraform.tfvars / *.auto.tfvars give the variables, and the VPCs its flow logs watch.
  link(facts) {
    const byDir = new Map<string, { path: string; facts: TfFacts }[]>();
    const varsByDir = new Map<string, { path: string; facts: TfvarsFacts }[]>();
    for (const [path, f] of facts) {
      if (isTfvars(path)) varsByDir.set(dirname(path), [...(varsByDir.get(dirname(path)) ?? []), { path, facts: f as unknown as TfvarsFacts }]);
      if (!isTf(path)) continue;
      const dir = dirname(path);
      byDir.set(dir, [...(byDir.get(dir) ?? []), { path, facts: f as unknown as TfFacts }]);
    }
    const out = new Map<string, unknown>();
    const instancesByDir = moduleInstances(byDir, varsByDir);
    for (const [dir, files] of byDir) {
      const instances = instancesByDir.get(dir);
      // A module some caller instantiates gets its inputs from the callers, not from tfvars.
      const values = instances ? [] : tfvarsValues(varsByDir.get(dir) ?? []);
      for (const file of files) {
        if (instances && file.facts.vars?.length) {
          const scope = files.filter((o) => o !== file).flatMap((o) => o.facts.defs ?? []);
          const flowLogs = file.facts.vpcs ? files.filter((o) => o !== file).flatMap((o) => o.facts.flowLogs ?? []) : [];
          out.set(file.path, { scope, values: [], flowLogs, instances } satisfies ModuleScope);
          continue;
        }
        const needs = file.facts.needs ?? [];
        const usesValues = values.some(([k]) => needs.includes(k) || (file.facts.vars ?? []).includes(k));
        if (!needs.length && !usesValues && !file.facts.vpcs) continue; // most files: nothing to bring in
        const siblings = files.filter((o) => o !== file);
        const scope = siblings.flatMap((o) => o.facts.defs ?? []);
        const usesScope = needs.length > 0 && scope.some(([k]) => needs.includes(k));
        const flowLogs = file.facts.vpcs ? siblings.flatMap((o) => o.facts.flowLogs ?? []) : [];
        if (!usesScope && !usesValues && !flowLogs.length) continue;
        out.set(file.path, { scope: usesScope || usesValues ? scope : [], values: usesValues || usesScope ? values : [], flowLogs } satisfies ModuleScope);
      }
    }
    return out;
  },
  analyzeFile(file, config, linkInput): FileResult {
    try {
      return analyze(file, config, linkInput as ModuleScope | undefined);
    } catch (err) {
      // A parser bug on odd input is a scan error for this file, never a crashed scan.
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: `iac: ${(err as Error).message.split('\n')[0]}`, analyzer: 'iac' }] };
    }
  },
};

/** What the other files of a module give a file that uses it (link input). */
interface ModuleScope {
  scope: [string, PlainVal][];
  values?: [string, PlainVal, string][];
  flowLogs?: string[];
  /** Set when local `module` blocks call this directory: each call's inputs (`var.x`, value, origin); unresolvable ones are `unknown`. */
  instances?: ModuleInstance[];
}
interface ModuleInstance { origin: string; values: [string, PlainVal, string][] }
/** A local module call a file makes, with its inputs as far as the file itself resolves them. */
interface CallFacts { name: string; source: string; line: number; args: [string, PlainVal][] }
/**
 * What a `.tf` file defines, which references it leaves unresolved, which variables it reads, what
 * its flow logs watch and whether it declares a VPC (first-pass facts).
 */
interface TfFacts { defs: [string, PlainVal][]; needs: string[]; vars?: string[]; flowLogs?: string[]; vpcs?: boolean; calls?: CallFacts[] }
/** Variable values a tfvars file sets, with their lines. */
interface TfvarsFacts { values: [string, PlainVal][] }

/** Terraform loads these itself: terraform.tfvars(.json), then *.auto.tfvars(.json) in name order; later ones win. */
function tfvarsValues(files: { path: string; facts: TfvarsFacts }[]): [string, PlainVal, string][] {
  const rank = (p: string) => (/^terraform\.tfvars(\.json)?$/.test(basename(p)) ? `0${basename(p)}` : `1${basename(p)}`);
  const merged = new Map<string, [string, PlainVal, string]>();
  for (const f of [...files].sort((a, b) => rank(a.path).localeCompare(rank(b.path)))) {
    for (const [name, value] of f.facts.values ?? []) merged.set(`var.${name}`, [`var.${name}`, value, `${f.path}:${value.line}`]);
  }
  return [...merged.values()];
}

const REFERENCE = /^(var|local)\.[A-Za-z_][\w-]*$/;

/**
 * The inputs each local module directory receives, one entry per `module` block that calls it. An
 * input the caller writes as `var.x` / `local.x` is resolved with the caller's module (its files'
 * definitions, its tfvars) — except `var.x` of a caller that is itself a called module, whose value
 * its own callers decide (not followed: unknown). Anything else not literal is unknown, so the
 * module's default for that input is not used either: rules do not guess.
 */
function moduleInstances(
  byDir: Map<string, { path: string; facts: TfFacts }[]>,
  varsByDir: Map<string, { path: string; facts: TfvarsFacts }[]>,
): Map<string, ModuleInstance[]> {
  const targets = new Set<string>();
  for (const [dir, files] of byDir) for (const f of files) for (const c of f.facts.calls ?? []) targets.add(normalize(join(dir, c.source)));
  const out = new Map<string, ModuleInstance[]>();
  for (const [dir, files] of byDir) {
    const calls = files.flatMap((f) => (f.facts.calls ?? []).map((c) => ({ c, path: f.path })));
    if (!calls.length) continue;
    const isCalled = targets.has(dir);
    const scope = new Map<string, PlainVal>(files.flatMap((f) => f.facts.defs ?? []).filter(([k]) => !(isCalled && k.startsWith('var.'))));
    if (!isCalled) for (const [k, v] of tfvarsValues(varsByDir.get(dir) ?? [])) scope.set(k, v);
    const input = (v: PlainVal, depth = 0): PlainVal => {
      if (v.kind === 'list') return { ...v, items: (v.items ?? []).map((i) => input(i, depth + 1)) };
      if (v.kind === 'obj') return { ...v, entries: (v.entries ?? []).map(([k, x]) => [k, input(x, depth + 1)]) };
      if (v.kind !== 'unknown') return v;
      const ref = ((v as { text?: string }).text ?? '').trim();
      const found = REFERENCE.test(ref) && depth < 8 ? scope.get(ref) : undefined;
      return found ? { ...input(found, depth + 1), line: v.line } : ({ kind: 'unknown', text: '', line: v.line } as PlainVal);
    };
    for (const { c, path } of calls) {
      const target = normalize(join(dir, c.source));
      if (!byDir.has(target) || target === dir) continue;
      const origin = `module.${c.name} at ${path}:${c.line}`;
      const list = out.get(target) ?? [];
      list.push({ origin, values: c.args.map(([k, v]) => [`var.${k}`, input(v), origin]) });
      out.set(target, list);
    }
  }
  return out;
}

function analyze(file: SourceFile, config: VouchConfig, module?: ModuleScope): FileResult {
  const rules = IAC_RULES.filter((r) => ruleSetting(config, r.meta.id).enabled);
  if (isTfvars(file.path)) {
    try {
      const values = file.path.endsWith('.json') ? parseTfvarsJson(file.text) : parseTfvars(file.text);
      const facts: TfvarsFacts = { values: [...values].map(([k, v]) => [k, toPlain(v)]) };
      return { findings: [], notices: [], facts: facts as unknown as Record<string, unknown> };
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: err.message, analyzer: 'iac' }] };
    }
  }
  if (isTf(file.path)) {
    let blocks;
    try {
      blocks = parseTerraformBlocks(file.path, file.text);
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: err.message, analyzer: 'iac' }] };
    }
    const ctx: TfModule = module ? {
      scope: new Map(module.scope.map(([k, v]) => [k, fromPlain(v)])),
      values: new Map((module.values ?? []).map(([k, v, origin]) => [k, { value: fromPlain(v), origin }])),
      flowLogTargets: module.flowLogs ?? [],
    } : {};
    if (module?.instances?.length) return { findings: analyzeInstances(file.path, blocks, ctx, module.instances, rules), notices: [] };
    // References as written, before resolution replaces `var.x` with a default of the same file
    // (a tfvars value or a module input still overrides that default in the second pass).
    const refs = module ? undefined : referencesOf(blocks);
    // Module inputs as written too: the link step resolves them with the caller's whole module.
    const calls = module ? [] : moduleCallsOf(blocks);
    const d = resolveTerraform(file.path, blocks, ctx);
    const doc = d;
    // A value a tfvars file set is reported where the resource uses it, naming where it was set.
    const withOrigin = (h: Hit): Hit => (doc.origins.has(h.line) ? { ...h, message: `${h.message} (value set in ${doc.origins.get(h.line)})` } : h);
    const findings = rules.filter((r) => r.applies === 'terraform').flatMap((r) => r.check(doc).map((h) => toFinding(r, file.path, withOrigin(h))));
    if (!refs) return { findings, notices: [] };
    const facts: TfFacts = {
      defs: [...definitionsOf(d.blocks)].map(([k, v]) => [k, toPlain(v)]), needs: refs.unresolved, vars: refs.variables,
      flowLogs: flowLogTargetsOf(d.blocks), vpcs: resources(d, 'aws_vpc').length > 0,
    };
    if (calls.length) facts.calls = calls.map((c) => ({ name: c.name, source: c.source, line: c.line, args: [...c.args].map(([k, v]) => [k, toPlain(v)]) }));
    return { findings, notices: [], facts: facts as unknown as Record<string, unknown> };
  }
  if (file.kind === 'dockerfile') {
    const d = parseDockerfile(file.path, file.text);
    return { findings: rules.filter((r) => r.applies === 'dockerfile').flatMap((r) => r.check(d).map((h) => toFinding(r, file.path, h))), notices: [] };
  }
  if (file.kind === 'json' && !isCfnJson(file.text)) return { findings: [], notices: [] };
  if (isTemplated(file.text)) {
    if (!looksLikeIac(file.path, file.text)) return { findings: [], notices: [] };
    return { findings: [], notices: [{ path: file.path, level: 'skipped', reason: 'template ({{ }}) is not YAML until rendered', analyzer: 'iac' }] };
  }
  const parsed = parseYamlDocs(file.path, file.text);
  if (parsed.error) {
    // Only a scan error when the file looks like infrastructure; other YAML is not ours to judge.
    return looksLikeIac(file.path, file.text)
      ? { findings: [], notices: [{ path: file.path, level: 'error', reason: parsed.error, analyzer: 'iac' }] }
      : { findings: [], notices: [] };
  }
  const findings: RawFinding[] = [];
  for (const d of parsed.docs) {
    if (d.kind === 'cloudformation') {
      const cfn = toCloudFormation(d);
      for (const rule of rules) for (const hit of rule.cloudformation?.(cfn) ?? []) findings.push(toFinding(rule, file.path, hit));
    }
    for (const rule of rules) {
      if (typeof rule.applies === 'string' || !rule.applies.includes(d.kind)) continue;
      for (const hit of rule.check(d)) findings.push(toFinding(rule, file.path, hit));
    }
  }
  return { findings, notices: [] };
}

/**
 * A file of a module that `module` blocks call: its rules run once per call, with that call's
 * inputs, and what they find is reported once at the line in the module, naming the call(s) whose
 * input makes the value bad (a flaw written in the module itself names none).
 */
function analyzeInstances(path: string, blocks: Block[], ctx: TfModule, instances: ModuleInstance[], rules: IacRule[]): RawFinding[] {
  const merged = new Map<string, { rule: IacRule; hit: Hit; origins: string[] }>();
  const tfRules = rules.filter((r) => r.applies === 'terraform');
  for (const inst of instances) {
    const values = new Map(inst.values.map(([k, v, origin]) => [k, { value: fromPlain(v), origin }]));
    const doc = resolveTerraform(path, cloneBlocks(blocks), { ...ctx, values });
    for (const rule of tfRules) {
      for (const hit of rule.check(doc)) {
        const key = `${rule.meta.id}:${hit.line}`;
        const entry = merged.get(key) ?? { rule, hit, origins: [] };
        const origin = doc.origins.get(hit.line);
        if (origin && !entry.origins.includes(origin)) entry.origins.push(origin);
        merged.set(key, entry);
      }
    }
  }
  return [...merged.values()].map(({ rule, hit, origins }) =>
    toFinding(rule, path, origins.length ? { ...hit, message: `${hit.message} (value set in ${origins.join('; ')})` } : hit));
}

/** JSON CloudFormation templates; other JSON (package.json, tsconfig, data) is not ours to read. */
function isCfnJson(text: string): boolean {
  return /"AWSTemplateFormatVersion"\s*:|"Type"\s*:\s*"AWS::/.test(text) && /"Resources"\s*:/.test(text);
}

function isTf(path: string): boolean {
  return path.endsWith('.tf') || isTfJson(path);
}

/** Variable files Terraform loads without being asked (`-var-file` ones are per environment: not assumed). */
function isTfvars(path: string): boolean {
  return /(^|\/)(terraform\.tfvars|[^/]+\.auto\.tfvars)(\.json)?$/.test(path);
}

function looksLikeIac(path: string, text: string): boolean {
  return isCfnJson(text) || /(^|\/)\.github\/workflows\//.test(path) || isGitlabCiPath(path) || /^(apiVersion|kind|AWSTemplateFormatVersion|Resources|jobs|services):/m.test(text);
}

export function toFinding(rule: IacRule, path: string, hit: Hit): RawFinding {
  return {
    ruleId: rule.meta.id,
    message: hit.message,
    location: { path, startLine: hit.line, startColumn: hit.column ?? 1, endLine: hit.line, endColumn: hit.column ?? 1 },
    ...(hit.severity ? { severity: hit.severity } : {}),
  };
}

export { IAC_RULES } from './rules/index.js';
