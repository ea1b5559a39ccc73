// Every iac/* rule fixture under src/analyzers/iac/rules, scanned for real (see the harness).
import { defineFixtureTests } from '../helpers/rule-fixtures.js';

defineFixtureTests({
  group: 'iac',
  rulesDir: 'src/analyzers/iac/rules',
  idPrefix: 'iac',
  loadRules: async () => (await import('../../src/analyzers/iac/rules/index.js')).IAC_RULES,
});
