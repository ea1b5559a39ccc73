/**
 * The dependencies analyzer as the registry sees it: rule metadata loads at once (rule lists,
 * SARIF), the parsers, SQLite driver and registry client only when a scan has a manifest or
 * lockfile to read. A pre-commit hook on a change to source files never pays for them.
 */
import type { ProjectAnalyzer } from '../analyzer.js';
import { dependencyRules } from './rules.js';

const DEPENDENCY_FILE = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|requirements[^/]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?)$/;

export const lazyDependenciesAnalyzer: ProjectAnalyzer = {
  id: 'dependencies',
  rules: dependencyRules,
  async analyzeProject(ctx) {
    if (!ctx.files.some((f) => DEPENDENCY_FILE.test(f.path))) return { findings: [], notices: [] };
    const { dependenciesAnalyzer } = await import('./index.js');
    return dependenciesAnalyzer.analyzeProject(ctx);
  },
};
