// Every js/* rule fixture under src/analyzers/code/rules, scanned for real (see the harness).
import { defineFixtureTests } from '../helpers/rule-fixtures.js';

defineFixtureTests({
  group: 'code',
  rulesDir: 'src/analyzers/code/rules',
  idPrefix: 'js',
  loadRules: async () => (await import('../../src/analyzers/code/rules/index.js')).CODE_RULES,
});
