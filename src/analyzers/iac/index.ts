/**
 * The infrastructure-as-code analyzer: Kubernetes manifests, GitHub Actions workflows (YAML with
 * source positions). Each rule reads one parsed document and returns lines to report.
 */
import type { FileAnalyzer, FileResult } from '../analyzer.js';
import type { RawFinding } from '../../findings/finding.js';
import { ruleSetting } from '../../pipeline/rule-settings.js';
import { IAC_RULES } from './rules/index.js';
import { isTemplated, parseYamlDocs } from './yaml-docs.js';
import type { Hit, IacRule } from './model.js';

export const iacAnalyzer: FileAnalyzer = {
  id: 'iac',
  rules: IAC_RULES.map((r) => r.meta),
  appliesTo: (file) => file.kind === 'yaml',
  analyzeFile(file, config): FileResult {
    const rules = IAC_RULES.filter((r) => ruleSetting(config, r.meta.id).enabled);
    if (isTemplated(file.text)) {
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
      for (const rule of rules) {
        if (rule.applies === 'dockerfile' || !rule.applies.includes(d.kind)) continue;
        for (const hit of rule.check(d)) findings.push(toFinding(rule, file.path, hit));
      }
    }
    return { findings, notices: [] };
  },
};

function looksLikeIac(path: string, text: string): boolean {
  return /(^|\/)\.github\/workflows\//.test(path) || /^(apiVersion|kind|AWSTemplateFormatVersion|Resources|jobs|services):/m.test(text);
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
