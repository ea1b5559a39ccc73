import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanHistory } from '../../src/analyzers/secrets/history.js';
import { NotAGitRepositoryError, GitRefError } from '../../src/analyzers/secrets/git.js';
import { secretsSettings } from '../../src/analyzers/secrets/settings.js';
import { defaultConfig } from '../../src/config/schema.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';

const settings = secretsSettings(defaultConfig());
let dir: string;
let repo: string;
const pat = `ghp_${rand('alnum', 36)}`;
const slack = `xoxb-${rand('digits', 12)}-${rand('digits', 13)}-${rand('alnum', 24)}`;
const shas: string[] = [];

function sh(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}
function commit(message: string, date: string, author = 'Ann Dev'): string {
  sh(repo, ['add', '-A']);
  sh(repo, ['commit', '-q', '-m', message], {
    GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'dev@example.test', GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'dev@example.test', GIT_COMMITTER_DATE: date,
  });
  const sha = sh(repo, ['rev-parse', 'HEAD']);
  shas.push(sha);
  return sha;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'vouch-history-'));
  repo = join(dir, 'repo');
  mkdirSync(repo);
  sh(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'README.md'), '# app\n');
  writeFileSync(join(repo, 'config.js'), `module.exports = {\n  region: 'eu-west-1',\n  githubToken: '${pat}',\n};\n`);
  commit('add config', '2024-01-02T10:00:00Z');
  writeFileSync(join(repo, 'config.js'), `module.exports = {\n  region: 'eu-west-1',\n  githubToken: process.env.GITHUB_TOKEN,\n};\n`);
  commit('read token from env', '2024-01-05T10:00:00Z');
  writeFileSync(join(repo, '.env'), `# bot\nSLACK_BOT_TOKEN=${slack}\n`);
  // The same content at a second path and in a binary file: one blob, scanned once.
  writeFileSync(join(repo, 'copy.env'), `# bot\nSLACK_BOT_TOKEN=${slack}\n`);
  writeFileSync(join(repo, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(pat)]));
  commit('add bot', '2024-02-01T09:30:00Z', 'Bo Builder');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('history: each secret is reported at the commit that introduced it, with author, date and path', async () => {
  const result = await scanHistory({ cwd: repo, settings });
  const summary = result.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.properties?.commit, f.properties?.author, String(f.properties?.date).slice(0, 10), f.properties?.inHead]);
  assert.deepEqual(summary, [
    ['secrets/github-pat', 'config.js', 3, shas[0], 'Ann Dev', '2024-01-02', false],
    ['secrets/slack-bot-token', '.env', 2, shas[2], 'Bo Builder', '2024-02-01', true],
    ['secrets/slack-bot-token', 'copy.env', 2, shas[2], 'Bo Builder', '2024-02-01', true],
  ]);
  assert.equal(result.stats.commits, 3);
  assert.equal(result.stats.skippedBinary, 1);
  assert.match(result.findings[0]!.message, /removed since, but still in history/);
  const out = JSON.stringify(result);
  assert.ok(!out.includes(pat) && !out.includes(slack), 'a planted secret leaked into the result');
});

test('history: every unique blob is read exactly once', async () => {
  const result = await scanHistory({ cwd: repo, settings });
  const objects = sh(repo, ['rev-list', '--all', '--objects']).split('\n').map((l) => l.split(' ')[0]!);
  const blobs = objects.filter((o) => sh(repo, ['cat-file', '-t', o]) === 'blob');
  assert.equal(result.stats.blobs, blobs.length);
  assert.equal(result.stats.blobsScanned + result.stats.skippedBinary, blobs.length);
});

test('history --since REF only looks at newer commits', async () => {
  const result = await scanHistory({ cwd: repo, settings, since: shas[1] });
  assert.deepEqual(result.findings.map((f) => f.ruleId), ['secrets/slack-bot-token', 'secrets/slack-bot-token']);
  assert.equal(result.stats.commits, 1);
  await assert.rejects(scanHistory({ cwd: repo, settings, since: 'no-such-ref' }), GitRefError);
});

test('history outside a git repository is a clear error', async () => {
  const plain = mkdtempSync(join(tmpdir(), 'vouch-norepo-'));
  try {
    await assert.rejects(scanHistory({ cwd: plain, settings }), NotAGitRepositoryError);
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }
});

test('history: a corrupt (missing) object becomes a notice and the scan goes on', async () => {
  // A byte-for-byte copy keeps the objects loose, so one blob can be removed.
  const copy = join(dir, 'corrupt');
  cpSync(repo, copy, { recursive: true });
  assert.equal(readdirSync(join(copy, '.git/objects/pack')).length, 0, 'objects are expected to be loose');
  const blob = sh(copy, ['rev-parse', 'HEAD:.env']);
  unlinkSync(join(copy, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  const result = await scanHistory({ cwd: copy, settings });
  assert.ok(result.notices.some((n) => n.level === 'error' && /missing or corrupt|could not be read/.test(n.reason)), JSON.stringify(result.notices));
  assert.ok(result.findings.some((f) => f.ruleId === 'secrets/github-pat'), 'the readable part of history was still scanned');
});

test('history: a shallow clone is reported, not fatal', async () => {
  const shallow = join(dir, 'shallow');
  sh(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  const result = await scanHistory({ cwd: shallow, settings });
  assert.ok(result.notices.some((n) => n.level === 'warning' && /shallow clone/.test(n.reason)));
  assert.ok(result.findings.some((f) => f.ruleId === 'secrets/slack-bot-token' && f.properties?.inHead === true));
});

test('history: blobs over the size limit are streamed, not skipped', async () => {
  const small = secretsSettings({ ...defaultConfig(), secrets: { history: { maxBlobSize: 64 } } });
  const result = await scanHistory({ cwd: repo, settings: small });
  assert.ok(result.stats.streamedLarge >= 2, `streamed ${result.stats.streamedLarge}`);
  assert.deepEqual(result.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.properties?.inHead]), [
    ['secrets/github-pat', 'config.js', 3, false],
    ['secrets/slack-bot-token', '.env', 2, true],
    ['secrets/slack-bot-token', 'copy.env', 2, true],
  ]);
  assert.ok(!JSON.stringify(result).includes(pat));
});
