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
import { parseTerraform } from './terraform.js';
import { toCloudFormation } from './cloudformation.js';
import type { Hit, IacRule } from './model.js';

export const iacAnalyzer: FileAnalyzer = {
  id: 'iac',
  rules: IAC_RULES.map((r) => r.meta),
  appliesTo: (file) => file.kind === 'yaml' || file.kind === 'dockerfile' || isTf(file.path) || file.kind === 'json',
  // The HCL grammar is WebAssembly: loaded once per thread, only when a .tf file shows up.
  prepare: (file) => (isTf(file.path) ? loadHcl() : undefined),
  analyzeFile(file, config): FileResult {
    try {
      return analyze(file, config);
    } catch (err) {
      // A parser bug on odd input is a scan error for this file, never a crashed scan.
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: `iac: ${(err as Error).message.split('\n')[0]}`, analyzer: 'iac' }] };
    }
  },
};

function analyze(file: SourceFile, config: VouchConfig): FileResult {
  const rules = IAC_RULES.filter((r) => ruleSetting(config, r.meta.id).enabled);
  if (isTf(file.path)) {
    let d;
    try {
      d = parseTerraform(file.path, file.text);
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      return { findings: [], notices: [{ path: file.path, level: 'error', reason: err.message, analyzer: 'iac' }] };
    }
    return { findings: rules.filter((r) => r.applies === 'terraform').flatMap((r) => r.check(d).map((h) => toFinding(r, file.path, h))), notices: [] };
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
