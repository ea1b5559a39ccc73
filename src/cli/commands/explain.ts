/** `vouch explain RULE_ID`: the rule's help (what, why, fix, examples) from its own metadata. */
import type { Command } from 'commander';
import { allRules } from '../../analyzers/registry.js';
import { explainText, suggestRuleIds } from '../../reports/rule-docs.js';
import { EXIT, UsageError } from '../exit-codes.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description("show a rule's help: what it finds, why it matters, how to fix it, with examples")
    .argument('<rule-id>', 'a rule id such as js/sql-injection (see `vouch rules`)')
    .action((ruleId: string) => {
      const rules = allRules();
      const rule = rules.find((r) => r.id === ruleId);
      if (!rule) {
        // Exit 2 through main's UsageError handling.
        const suggestions = suggestRuleIds(ruleId, rules.map((r) => r.id));
        const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
        throw new UsageError(`unknown rule '${ruleId}'.${hint} Run \`vouch rules\` to list them.`);
      }
      process.stdout.write(explainText(rule));
      process.exitCode = EXIT.passed;
    });
}
