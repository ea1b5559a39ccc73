// Path aliases the link step resolves: tsconfig `paths`, SvelteKit's own (`$lib`, `kit.alias`) and Nuxt's (`~`, `@`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { aliasesFor, expandAlias, nuxtAliases, readPathAliases, subpathImports, svelteKitAliases } from '../../src/analyzers/code/tsconfig-paths.js';

test('SvelteKit: $lib is src/lib (or kit.files.lib); kit.alias entries name a folder and what is below it', () => {
  const config = "export default { kit: { files: { lib: 'app/lib' }, alias: { $server: 'src/lib/server', '$db/*': './src/db/*' } } };";
  const aliases = svelteKitAliases(config, 'web');
  assert.deepEqual(expandAlias('$lib/server/x', aliases), ['web/app/lib/server/x']);
  assert.deepEqual(expandAlias('$server/export', aliases), ['web/src/lib/server/export']);
  assert.deepEqual(expandAlias('$db/users', aliases), ['web/src/db/users']);
  assert.deepEqual(expandAlias('$lib', svelteKitAliases('export default {}', '')), ['src/lib']);
});

test('SvelteKit aliases join the tsconfig of the same folder, whose own paths stay', () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-aliases-'));
  try {
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({ extends: './.svelte-kit/tsconfig.json', compilerOptions: { paths: { '~/*': ['src/*'] } } }),
      'svelte.config.js': 'export default { kit: {} };',
    };
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const scopes = readPathAliases(root, Object.keys(files));
    const aliases = aliasesFor('src/routes/+page.server.ts', scopes);
    assert.deepEqual(expandAlias('$lib/db', aliases), ['src/lib/db']);
    assert.deepEqual(expandAlias('~/x', aliases), ['src/x']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('Nuxt: ~ and @ are the project folder (or its srcDir), ~~ and @@ its root, wherever the scan starts', () => {
  assert.deepEqual(expandAlias('~/server/repositories/pages', nuxtAliases('export default defineNuxtConfig({})', 'cms')), ['cms/server/repositories/pages']);
  const src = nuxtAliases("export default defineNuxtConfig({ srcDir: 'src/' })", 'cms');
  assert.deepEqual(expandAlias('@/components/Card', src), ['cms/src/components/Card']);
  assert.deepEqual(expandAlias('~~/server/utils/db', src), ['cms/server/utils/db']);
  assert.deepEqual(expandAlias('~/utils/x', nuxtAliases('export default defineNuxtConfig({})', '')), ['utils/x']);
});

test('package.json subpath imports: # keys to the package\'s own files, through conditions and arrays; other packages left out', () => {
  const aliases = subpathImports({
    '#services/*': './app/services/*.js',
    '#config/*': { types: './types/config/*.d.ts', node: ['./config/*.js'] },
    '#env': './start/env.js',
    '#dep': 'some-package',
    'no-hash/*': './x/*.js',
    '#two/*/*': './a/*/*.js',
  }, 'api');
  assert.deepEqual(expandAlias('#services/contact_service', aliases), ['api/app/services/contact_service.js']);
  assert.deepEqual(expandAlias('#config/session', aliases), ['api/types/config/session.d.ts', 'api/config/session.js']);
  assert.deepEqual(expandAlias('#env', aliases), ['api/start/env.js']);
  assert.deepEqual(expandAlias('#dep', aliases), []);
  assert.deepEqual(expandAlias('no-hash/x', aliases), []);
  assert.deepEqual(subpathImports('./x.js', ''), []);
});

test('subpath imports apply below their package.json, beside the tsconfig paths of the same folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-aliases-'));
  try {
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '~/*': ['src/*'] } } }),
      'package.json': JSON.stringify({ name: 'root', imports: { '#lib/*': './src/lib/*.js' } }),
      'packages/api/package.json': JSON.stringify({ name: 'api', imports: { '#lib/*': './lib/*.js' } }),
    };
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const scopes = readPathAliases(root, Object.keys(files));
    assert.deepEqual(expandAlias('#lib/db', aliasesFor('src/app.ts', scopes)), ['src/lib/db.js']);
    assert.deepEqual(expandAlias('~/x', aliasesFor('src/app.ts', scopes)), ['src/x']);
    assert.deepEqual(expandAlias('#lib/db', aliasesFor('packages/api/server.ts', scopes)), ['packages/api/lib/db.js']);
    assert.deepEqual(expandAlias('~/x', aliasesFor('packages/api/server.ts', scopes)), ['src/x']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
