// Path aliases the link step resolves: tsconfig `paths`, SvelteKit's own (`$lib`, `kit.alias`) and Nuxt's (`~`, `@`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { aliasesFor, expandAlias, nuxtAliases, readPathAliases, svelteKitAliases } from '../../src/analyzers/code/tsconfig-paths.js';

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
