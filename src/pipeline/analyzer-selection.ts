import type { FileAnalyzer, ProjectAnalyzer } from '../analyzers/analyzer.js';
import type { RuleMeta } from '../findings/rule.js';
import { allRules, fileAnalyzers, projectAnalyzers } from '../analyzers/registry.js';

export function selectAnalyzers(groups: string[]): FileAnalyzer[] {
  return fileAnalyzers.filter((a) => groups.includes(a.group)).map((a) => a.analyzer);
}

export function selectProjectAnalyzers(groups: string[]): ProjectAnalyzer[] {
  return projectAnalyzers.filter((a) => groups.includes(a.group)).map((a) => a.analyzer);
}

let index: Map<string, RuleMeta> | undefined;

/** Built-in rules by id (the rule set is fixed for the process: built once, then shared). */
export function ruleIndex(): Map<string, RuleMeta> {
  index ??= new Map(allRules().map((r) => [r.id, r]));
  return index;
}
