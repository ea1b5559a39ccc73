/** `vouch rules [--json]`: every rule Vouch knows, from each rule's own metadata. */
import type { Command } from 'commander';
import { allRules } from '../../analyzers/registry.js';
import { isSeverity, SEVERITIES } from '../../findings/severity.js';
import { filterRules, rulesJson, rulesTable } from '../../reports/rule-docs.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { type FormatOptions, formatOf, withFormat } from '../report-format.js';

export function register(program: Command): void {
  withFormat(program
    .command('rules')
    .description('list every rule: id, severity, CWE and title (JSON: full metadata)'))
    .option('--analyzer <id>', 'only the rules of one analyzer (code, secrets, dependencies, iac, policy, vouch)')
    .option('--severity <level>', `only rules at or above this severity (${SEVERITIES.join(', ')})`)
    .action((opts: FormatOptions & { analyzer?: string; severity?: string }) => {
      const format = formatOf(opts);
      if (opts.severity !== undefined && !isSeverity(opts.severity)) {
        throw new UsageError(`--severity: unknown severity '${opts.severity}' (choose from ${SEVERITIES.join(', ')})`);
      }
      const rules = filterRules(allRules(), { analyzer: opts.analyzer, severity: opts.severity });
      process.stdout.write(format === 'json' ? rulesJson(rules) : rulesTable(rules));
      process.exitCode = EXIT.passed;
    });
}
