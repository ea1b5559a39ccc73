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
import { HclSyntaxError, loadHcl } from './hcl.js';
import { definitionsOf, parseTerraform, unresolvedReferences } from './terraform.js';
import { fromPlain, toPlain, type PlainVal } from './values.js';
import { dirname } from 'node:path/posix';
import { toCloudFormation } from './cloudformation.js';
import type { Hit, IacRule } from './model.js';

export const iacAnalyzer: FileAnalyzer = {
  id: 'iac',
  rules: IAC_RULES.map((r) => r.meta),
  appliesTo: (file) => file.kind === 'yaml' || file.kind === 'dockerfile' || isTf(file.path) || file.kind === 'json',
  // The HCL grammar is WebAssembly: loaded once per thread, only when a .tf file shows up.
  prepare: (file) => (isTf(file.path) ? loadHcl() : undefined),
  // Terraform modules span the `.tf` files of one directory: `var.x` declared in variables.tf is
  // resolved in main.tf by a second pass that gets its siblings' definitions.
  link(facts) {
    const byDir = new Map<string, { path: string; facts: TfFacts }[]>();
    for (const [path, f] of facts) {
      if (!isTf(path)) continue;
      const dir = dirname(path);
      byDir.set(dir, [...(byDir.get(dir) ?? []), { path, facts: f as unknown as TfFacts }]);
    }
    const out = new Map<string, unknown>();
    for (const files of byDir.values()) {
      for (const file of files) {
        if (!file.facts.needs?.length) continue;
        const scope = files.filter((o) => o !== file).flatMap((o) => o.facts.defs ?? []);
        if (!scope.some(([k]) => file.facts.needs.includes(k))) continue;
        out.set(file.path, { scope } satisfies ModuleScope);
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

/** Definitions from the other `.tf` files of a module, for a file that uses them (link input). */
interface ModuleScope { scope: [string, PlainVal][] }
/** What a `.tf` file defines and which references it leaves unresolved (first-pass facts). */
interface TfFacts { defs: [string, PlainVal][]; needs: string[] }

function analyze(file: SourceFile, config: VouchConfig, module?: ModuleScope): FileResult {
  const rules = IAC_RULES.filter((r) => ruleSetting(config, r.meta.id).enabled);
  if (isTf(file.path)) {
    let d;
    try {
      const scope = module ? new Map(module.scope.map(([k, v]) => [k, fromPlain(v)])) : undefined;
      d = parseTerraform(file.path, file.text, scope);
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: err.message, analyzer: 'iac' }] };
    }
    const findings = rules.filter((r) => r.applies === 'terraform').flatMap((r) => r.check(d).map((h) => toFinding(r, file.path, h)));
    if (module) return { findings, notices: [] };
    const facts: TfFacts = { defs: [...definitionsOf(d.blocks)].map(([k, v]) => [k, toPlain(v)]), needs: unresolvedReferences(d.blocks) };
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
  return path.endsWith('.tf');
}

function looksLikeIac(path: string, text: string): boolean {
  return isCfnJson(text) || /(^|\/)\.github\/workflows\//.test(path) || /^(apiVersion|kind|AWSTemplateFormatVersion|Resources|jobs|services):/m.test(text);
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
