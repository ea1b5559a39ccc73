/**
 * Request data of file-routed and context-passing frameworks, where the annotated fixtures cannot
 * tell the flow apart by line alone: before these sources were modelled, the same lines got the
 * SQL parameter audit ("a parameter whose callers are not all visible", high, not critical). Each
 * finding here must name the request value it comes from and carry the rule's own severity.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const FIXTURES = 'src/analyzers/code/rules';

async function sqlFindings(path: string): Promise<[string, string, string][]> {
  const result = await runScan({ root: process.cwd(), paths: [`${FIXTURES}/${path}`], config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
  return result.findings
    .filter((f) => f.ruleId === 'js/sql-injection')
    .map((f): [string, string, string] => [`${f.location.path.slice(FIXTURES.length + 1)}:${f.location.startLine}`, f.severity, f.message.replace(/ \(line \d+\).*/s, '')])
    .sort();
}

test('Next.js getServerSideProps: query and params of the request', async () => {
  assert.deepEqual(await sqlFindings('sql-injection.fixture/next-pages'), [
    ['sql-injection.fixture/next-pages/pages/post.tsx:9', 'critical', 'SQL injection: user input from request.query.slug'],
  ]);
});

test('SvelteKit load, actions and +server handlers; Remix loader; Astro endpoint', async () => {
  assert.deepEqual(await sqlFindings('sql-injection.fixture/sveltekit'), [
    ['sql-injection.fixture/sveltekit/src/routes/api/search/+server.ts:10', 'critical', 'SQL injection: user input from url.searchParams'],
    ['sql-injection.fixture/sveltekit/src/routes/posts/[id]/+page.server.ts:21', 'critical', 'SQL injection: user input from params.id'],
    ['sql-injection.fixture/sveltekit/src/routes/posts/[id]/+page.server.ts:8', 'critical', 'SQL injection: user input from params.id'],
  ]);
  assert.deepEqual(await sqlFindings('sql-injection.fixture/remix'), [
    ['sql-injection.fixture/remix/app/routes/notes.tsx:9', 'critical', 'SQL injection: user input from request.url.searchParams'],
  ]);
  assert.deepEqual(await sqlFindings('sql-injection.fixture/astro'), [
    ['sql-injection.fixture/astro/src/pages/api/posts.ts:9', 'critical', 'SQL injection: user input from url.searchParams'],
  ]);
});

test('AdonisJS HttpContext and LoopBack parameter decorators', async () => {
  assert.deepEqual(await sqlFindings('sql-injection.fixture/adonis'), [
    ['sql-injection.fixture/adonis/app/controllers/posts_controller.ts:14', 'critical', 'SQL injection: user input from params.slug'],
    ['sql-injection.fixture/adonis/app/controllers/posts_controller.ts:8', 'critical', 'SQL injection: user input from request.input()'],
  ]);
  assert.deepEqual(await sqlFindings('sql-injection.fixture/loopback'), [
    ["sql-injection.fixture/loopback/src/controllers/post.controller.ts:15", 'critical', "SQL injection: user input from @param.query.string('sort')"],
    ['sql-injection.fixture/loopback/src/controllers/post.controller.ts:28', 'critical', 'SQL injection: user input from @requestBody().title'],
    ["sql-injection.fixture/loopback/src/controllers/post.controller.ts:36", 'critical', "SQL injection: user input from @param.query.string('tag')"],
    ["sql-injection.fixture/loopback/src/controllers/post.controller.ts:38", 'critical', "SQL injection: user input from @param.header.string('x-locale')"],
  ]);
});

test('GraphQL field configs (graphql-js, Pothos): resolve(parent, args) gets the client arguments', async () => {
  assert.deepEqual(await sqlFindings('sql-injection.fixture/graphql-fields'), [
    ['sql-injection.fixture/graphql-fields/pothos.ts:13', 'critical', 'SQL injection: user input from GraphQL arguments.author'],
    ['sql-injection.fixture/graphql-fields/schema.js:14', 'critical', 'SQL injection: user input from GraphQL arguments.name'],
  ]);
});
