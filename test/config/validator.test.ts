/**
 * The precompiled configuration validator (scripts/bundle.mjs, part of `npm run build`) is the
 * schema's own validator: the build's copy is in use, and it accepts and rejects exactly what a
 * validator compiled from the schema at run time does, with the same errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ajvModule from 'ajv';
import { configValidator } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';

const SAMPLES: unknown[] = [
  {},
  { failOn: 'high', exclude: ['dist/**'], rules: { 'js/sql-injection': 'off', 'js/xss': { severity: 'low' } } },
  { failon: 'high' },
  { failOn: 'urgent', maxFileSize: 0 },
  { assist: { timeoutMs: 50, failOn: 'none' }, secrets: { allow: [{}] } },
  { rules: { 'js/xss': { enabled: 'yes' } }, include: [''] },
  { models: { sinks: [{ package: 'db', path: 'run', kind: 'sql' }] } },
  { models: { sinks: [{ package: 'db', kind: 'no-such-kind' }] } },
];

test('the build precompiles the config validator, and it judges every sample as the schema compiled at run time does', async () => {
  const { validate, precompiled } = await configValidator();
  assert.equal(precompiled, true, 'npm run build generates dist/src/config/validate-config.generated.js for this schema');
  const compiled = new ajvModule.Ajv({ allErrors: true, strict: false }).compile(configSchema);
  const errs = (v: { errors?: unknown[] | null }) => (v.errors ?? []).map((e) => JSON.stringify(e)).sort();
  let rejected = 0;
  for (const sample of SAMPLES) {
    const ok = validate(sample);
    assert.equal(ok, compiled(sample), JSON.stringify(sample));
    if (!ok) rejected++;
    assert.deepEqual(errs(validate), errs(compiled), JSON.stringify(sample));
  }
  assert.ok(rejected >= 4, 'the samples include bad configurations');
});
