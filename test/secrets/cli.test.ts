/**
 * The real CLI on a real git repository with planted secrets: every output format, every
 * report file, the baseline and the history scan must be free of the planted values.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillSlots } from './fixture-values.js';

const BIN = join(process.cwd(), 'bin/vouch.js');
let dir: string;
let repo: string;
const planted: string[] = [];

function vouch(args: string[], cwd = repo): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Ann Dev', GIT_AUTHOR_EMAIL: 'a@example.test', GIT_COMMITTER_NAME: 'Ann Dev', GIT_COMMITTER_EMAIL: 'a@example.test' } });
}
function plant(template: string): string {
  const { text, planted: values } = fillSlots(template);
  planted.push(...values);
  return text;
}
function assertClean(label: string, text: string): void {
  for (const secret of planted) {
    assert.ok(!text.includes(secret), `${label} contains a planted secret (${secret.slice(0, 4)}…, ${secret.length} chars)`);
  }
}
function allFiles(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    if (n === '.git') return [];
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'vouch-secrets-cli-'));
  repo = join(dir, 'repo');
  mkdirSync(join(repo, 'src'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, '.env'), plant('STRIPE_SECRET_KEY={{STRIPE_SK}}\nDATABASE_URL=postgres://app:{{PASSWORD}}@db.internal:5432/app\n'));
  writeFileSync(join(repo, 'src/client.ts'), plant("export const github = '{{GITHUB_PAT}}';\nexport const openai = \"{{OPENAI}}\";\n"));
  writeFileSync(join(repo, 'config.yaml'), plant('slack:\n  webhook: {{SLACK_WEBHOOK}}\naws:\n  aws_secret_access_key: {{AWS_SECRET_KEY}}\n'));
  writeFileSync(join(repo, 'deploy.pem'), plant('-----BEGIN OPENSSH PRIVATE KEY-----\n{{RSA_BODY}}\n-----END OPENSSH PRIVATE KEY-----\n'));
  writeFileSync(join(repo, 'README.md'), '# demo\n\nexport OPENAI_API_KEY=sk-your-key-here\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'initial']);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('vouch secrets finds the planted secrets and fails the gate', () => {
  const r = vouch(['secrets', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const result = JSON.parse(r.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
  const got = result.findings.map((f) => `${f.ruleId}@${f.location.path}:${f.location.startLine}`).sort();
  assert.deepEqual(got, [
    'secrets/aws-secret-access-key@config.yaml:4',
    'secrets/connection-string-password@.env:2',
    'secrets/github-pat@src/client.ts:1',
    'secrets/openai-api-key@src/client.ts:2',
    'secrets/private-key-openssh@deploy.pem:1',
    'secrets/slack-webhook@config.yaml:2',
    'secrets/stripe-secret-key@.env:1',
  ]);
});

test('no planted secret appears in any output format, report file, baseline or cache', () => {
  const formats = ['text', 'json', 'sarif', 'markdown', 'junit'];
  for (const format of formats) {
    const r = vouch(['secrets', '--format', format]);
    assert.equal(r.code, 1, `${format}: ${r.stderr}`);
    assertClean(`stdout (${format})`, r.stdout);
    assertClean(`stderr (${format})`, r.stderr);
  }
  const reports = join(dir, 'reports');
  const outs = formats.map((f) => `${f}=${join(reports, `out.${f}`)}`);
  const r = vouch(['secrets', ...outs.flatMap((o) => ['--output', o]), '--quiet']);
  assert.equal(r.code, 1, r.stderr);
  for (const f of readdirSync(reports)) assertClean(`report ${f}`, readFileSync(join(reports, f), 'utf8'));
  const hist = vouch(['secrets', '--history', '--format', 'sarif', '--output', `markdown=${join(reports, 'history.md')}`]);
  assert.equal(hist.code, 1, hist.stderr);
  assertClean('history sarif', hist.stdout + hist.stderr);
  assertClean('history markdown', readFileSync(join(reports, 'history.md'), 'utf8'));
  const base = vouch(['baseline', 'create', '--file', join(dir, 'baseline.json'), '--only', 'secrets']);
  assert.equal(base.code, 0, base.stderr);
  assertClean('baseline', readFileSync(join(dir, 'baseline.json'), 'utf8'));
  // Anything the scan left in the repository (a cache, temp files) must be clean too.
  for (const f of allFiles(repo)) {
    if (['.env', 'src/client.ts', 'config.yaml', 'deploy.pem', 'README.md'].some((p) => f.endsWith(p))) continue;
    assertClean(`file left behind: ${f}`, readFileSync(f, 'utf8'));
  }
});

test('a baseline accepts known secrets; history findings name the commit and are in HEAD', () => {
  const baseFile = join(dir, 'baseline2.json');
  assert.equal(vouch(['baseline', 'create', '--file', baseFile, '--only', 'secrets']).code, 0);
  const r = vouch(['secrets', '--baseline', baseFile]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const h = vouch(['secrets', '--history', '--format', 'json']);
  const result = JSON.parse(h.stdout) as { findings: { properties: { commit: string; author: string; inHead: boolean } }[] };
  const head = git(['rev-parse', 'HEAD']).trim();
  assert.equal(result.findings.length, 7);
  for (const f of result.findings) {
    assert.equal(f.properties.commit, head);
    assert.equal(f.properties.author, 'Ann Dev');
    assert.equal(f.properties.inHead, true);
  }
});

test('--staged scans what is staged (pre-commit)', () => {
  writeFileSync(join(repo, 'staged.env'), plant('NPM_TOKEN={{NPM}}\n'));
  git(['add', 'staged.env']);
  const r = vouch(['secrets', '--staged', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const ids = (JSON.parse(r.stdout) as { findings: { ruleId: string; location: { path: string } }[] }).findings.map((f) => `${f.ruleId}@${f.location.path}`);
  assert.deepEqual(ids, ['secrets/npm-token@staged.env']);
  git(['rm', '-q', '--cached', 'staged.env']);
  rmSync(join(repo, 'staged.env'));
});

test('usage errors exit 2: --history outside a repository, --since without --history, unknown ref', () => {
  const outside = mkdtempSync(join(tmpdir(), 'vouch-plain-'));
  try {
    const r = vouch(['secrets', '--history'], outside);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not inside a git repository/);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
  assert.equal(vouch(['secrets', '--since', 'HEAD']).code, 2);
  const bad = vouch(['secrets', '--history', '--since', 'no-such-ref']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown git revision/);
});

test('a clean repository passes', () => {
  const clean = join(dir, 'clean');
  mkdirSync(clean);
  git(['init', '-q'], clean);
  writeFileSync(join(clean, 'app.js'), "const key = process.env.API_KEY;\nconst example = 'AKIAIOSFODNN7EXAMPLE';\n");
  git(['add', '-A'], clean);
  git(['commit', '-q', '-m', 'x'], clean);
  assert.equal(vouch(['secrets'], clean).code, 0);
  assert.equal(vouch(['secrets', '--history'], clean).code, 0);
});
