/**
 * A method called on an object of unknown type (`deps.integrations.sendTestEvent(url)`) is looked
 * up by name among the project's exported classes. A tree that holds several packages (a monorepo,
 * a folder of apps) can have two classes with that method: the one in the caller's own package
 * (nearest package.json) is the one it calls. Projects written to temp dirs and scanned for real.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { tempProject } from '../helpers/cli.js';

const manifest = (name: string) => JSON.stringify({ name, private: true, dependencies: { express: '^4.21.2' } });

/** An app whose routes get their services from a factory (no import names the class). */
const app = (serviceBody: string) => ({
  'src/services/integration.ts': ['export class IntegrationService {', '  async sendTestEvent(account: string, endpointUrl: string) {', serviceBody, '  }', '}', ''].join('\n'),
  'src/services/index.ts': ["import { IntegrationService } from './integration';", 'export function buildServices() {', '  return { integrations: new IntegrationService() };', '}', ''].join('\n'),
  'src/app.ts': [
    "import express from 'express';",
    "import { buildServices } from './services';",
    'export function routes(deps: any) {',
    '  const router = express.Router();',
    "  router.post('/webhook/test', async (req, res) => {",
    '    res.json(await deps.integrations.sendTestEvent(req.params.account, req.body.url));',
    '  });',
    '  return router;',
    '}',
    'const app = express();',
    'app.use(express.json());',
    "app.use('/api', routes(buildServices()));",
    'app.listen(3000);',
    '',
  ].join('\n'),
});

async function ssrf(files: Record<string, string>): Promise<string[]> {
  const root = tempProject(files);
  try {
    const result = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    return result.findings.filter((f) => f.ruleId === 'js/ssrf').map((f) => `${f.location.path}:${f.location.startLine}`).sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const FETCHES = '    return fetch(endpointUrl, { method: "POST" }).then((r) => r.status);';
const CONSTANT = '    return fetch("https://hooks.example.com/ping", { method: "POST", body: endpointUrl }).then((r) => r.status);';

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([p, text]) => [`${prefix}/${p}`, text]));
}

test('a method name two packages share resolves to the class of the caller’s own package', async () => {
  // Each app calls its own service: the one that fetches the URL is reported, the other is not.
  assert.deepEqual(
    await ssrf({
      'billing/package.json': manifest('billing'),
      ...prefixed('billing', app(FETCHES)),
      'crm/package.json': manifest('crm'),
      ...prefixed('crm', app(CONSTANT)),
    }),
    ['billing/src/services/integration.ts:3'],
  );
  // The same two apps with the services swapped: the finding follows the class, not the folder.
  assert.deepEqual(
    await ssrf({
      'billing/package.json': manifest('billing'),
      ...prefixed('billing', app(CONSTANT)),
      'crm/package.json': manifest('crm'),
      ...prefixed('crm', app(FETCHES)),
    }),
    ['crm/src/services/integration.ts:3'],
  );
});

test('two classes with the method in one package stay ambiguous', async () => {
  const files: Record<string, string> = app(FETCHES);
  files['src/services/other.ts'] = ['export class OtherService {', '  async sendTestEvent(account: string, endpointUrl: string) {', CONSTANT, '  }', '}', ''].join('\n');
  assert.deepEqual(await ssrf({ 'package.json': manifest('one'), ...files }), []);
});
