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
import { HclSyntaxError, loadHcl, parseTfvars } from './hcl.js';
import { definitionsOf, flowLogTargetsOf, isTfJson, parseTerraform, referencesOf, resources, type TfModule } from './terraform.js';
import { parseTfvarsJson } from './tfjson.js';
import { fromPlain, toPlain, type PlainVal } from './values.js';
import { basename, dirname } from 'node:path/posix';
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
    for (const [dir, files] of byDir) {
      const values = tfvarsValues(varsByDir.get(dir) ?? []);
      for (const file of files) {
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
interface ModuleScope { scope: [string, PlainVal][]; values?: [string, PlainVal, string][]; flowLogs?: string[] }
/**
 * What a `.tf` file defines, which references it leaves unresolved, which variables it reads, what
 * its flow logs watch and whether it declares a VPC (first-pass facts).
 */
interface TfFacts { defs: [string, PlainVal][]; needs: string[]; vars?: string[]; flowLogs?: string[]; vpcs?: boolean }
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
    let d;
    try {
      const ctx: TfModule = module ? {
        scope: new Map(module.scope.map(([k, v]) => [k, fromPlain(v)])),
        values: new Map((module.values ?? []).map(([k, v, origin]) => [k, { value: fromPlain(v), origin }])),
        flowLogTargets: module.flowLogs ?? [],
      } : {};
      d = parseTerraform(file.path, file.text, ctx);
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: err.message, analyzer: 'iac' }] };
    }
    const doc = d;
    // A value a tfvars file set is reported where the resource uses it, naming where it was set.
    const withOrigin = (h: Hit): Hit => (doc.origins.has(h.line) ? { ...h, message: `${h.message} (value set in ${doc.origins.get(h.line)})` } : h);
    const findings = rules.filter((r) => r.applies === 'terraform').flatMap((r) => r.check(doc).map((h) => toFinding(r, file.path, withOrigin(h))));
    if (module) return { findings, notices: [] };
    const refs = referencesOf(d.blocks);
    const facts: TfFacts = {
      defs: [...definitionsOf(d.blocks)].map(([k, v]) => [k, toPlain(v)]), needs: refs.unresolved, vars: refs.variables,
      flowLogs: flowLogTargetsOf(d.blocks), vpcs: resources(d, 'aws_vpc').length > 0,
    };
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
