import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempRepo, lines } from './git-fixture.js';
import { runCommand } from './cli-runner.js';

const CLAUDE = 'Claude <noreply@anthropic.com>';

test('vouch provenance: per-file AI share with tools, JSON regions, a commit range, and a usage error', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/auth/login.ts', lines(1, 'h'));
    const base = repo.commit('start');
    repo.write('src/auth/login.ts', lines(1, 'h') + lines(4, 'ai'));
    repo.commit('login\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n');
    repo.write('README.md', 'hello\n');
    repo.commit('docs');
    const text = runCommand('provenance', [], repo.dir);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^src\/auth\/login\.ts — 80% AI-written \(4\/5 lines\), Claude Code, Claude Opus 4\.5, not reviewed$/m);
    assert.match(text.stdout, /^README\.md — 0% AI-written \(0\/1 lines\)$/m);
    assert.match(text.stdout, /^2 files, 4 of 6 lines AI-written \(67%\)$/m);

    const json = runCommand('provenance', ['--json', '--range', `${base}..HEAD`], repo.dir);
    assert.equal(json.code, 0, json.stderr);
    const out = JSON.parse(json.stdout);
    const login = out.files.find((f: { path: string }) => f.path === 'src/auth/login.ts');
    assert.equal(login.lines, 4); // only the lines the range changed
    assert.equal(login.aiShare, 1);
    assert.deepEqual(login.regions.map((r: { start: number; end: number; kind: string }) => [r.start, r.end, r.kind]), [[2, 5, 'ai']]);
    assert.doesNotMatch(json.stdout, /const ai1/); // no source text in the output

    const bad = runCommand('provenance', ['--range', 'nope..HEAD'], repo.dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown git revision in --range 'nope\.\.HEAD'/);
  } finally {
    repo.remove();
  }
});

test('vouch provenance record (flags and hook JSON) writes the ledger; review records, status and verify use the trail', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/pay.ts', lines(3, 'p'));
    repo.commit('human');
    writeFileSync(join(repo.dir, 'src/pay.ts'), lines(3, 'p') + 'function charge(a) {\n  return a * 2;\n}\n');
    const hook = JSON.stringify({ session_id: 'abc123', tool_name: 'Edit', tool_input: { file_path: join(repo.dir, 'src/pay.ts'), new_string: 'function charge(a) {\n  return a * 2;\n}' } });
    const rec = runCommand('provenance', ['record', '--hook', '--tool', 'Claude Code', '--model', 'claude-sonnet-4-5'], repo.dir, hook);
    assert.equal(rec.code, 0, rec.stderr);
    assert.match(rec.stdout, /recorded 4-6 of src\/pay\.ts \(Claude Code\)/);
    const ledger = readFileSync(join(repo.dir, '.vouch/ledger.jsonl'), 'utf8');
    assert.match(ledger, /"promptRef":"session:abc123"/);
    assert.doesNotMatch(ledger, /return a \* 2/); // hashes only, never code

    const status = runCommand('review', ['status'], repo.dir);
    assert.equal(status.code, 1);
    assert.match(status.stdout, /^src\/pay\.ts:4-6 {2}Claude Code \(claude-sonnet-4-5\)/m);

    const missing = runCommand('review', ['--reviewer', '@alice', '--answer', '1=yes'], repo.dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /answer every checklist item/);
    assert.match(missing.stderr, /2\. Authentication and authorization.*<- missing/);

    const ok = runCommand('review', ['--reviewer', '@alice', '--all-yes', '--answer', 'crypto=n/a: no crypto', '--ack', 'abc123def456'], repo.dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /recorded review [0-9a-f]{12} by @alice: 1 file\(s\), 3 AI-written line\(s\)/);
    const trail = JSON.parse(readFileSync(join(repo.dir, '.vouch/reviews.jsonl'), 'utf8').trim());
    assert.equal(trail.checklist[3].answer, 'n/a');
    assert.equal(trail.checklist[3].note, 'no crypto');
    assert.deepEqual(trail.acknowledged, ['abc123def456']);
    assert.equal(runCommand('review', ['status'], repo.dir).code, 0);

    assert.equal(runCommand('review', ['verify'], repo.dir).code, 0);
    // Tamper: flip the reviewer in the stored record; verify names the broken line.
    const file = join(repo.dir, '.vouch/reviews.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"handle":"alice"', '"handle":"mallory"'));
    const v = runCommand('review', ['verify'], repo.dir);
    assert.equal(v.code, 1);
    assert.match(v.stdout, /line 1: hash does not match the record content/);
  } finally {
    repo.remove();
  }
});

test('vouch trace filters AI regions by tool, model and period', () => {
  const repo = new TempRepo();
  try {
    repo.write('a.ts', lines(2, 'h'));
    repo.commit('human');                                           // 2026-02-11
    repo.write('a.ts', lines(2, 'h') + lines(2, 'c'));
    repo.commit('copilot', 'Copilot <198982749+Copilot@users.noreply.github.com>');   // 2026-03-12
    repo.write('b.ts', lines(3, 'x'));
    repo.commit('claude', CLAUDE);                                  // 2026-04-13
    const all = runCommand('trace', ['--no-findings'], repo.dir);
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /^a\.ts:3-4 {2}GitHub Copilot {2}2026-03-1\d {2}NOT reviewed$/m);
    assert.match(all.stdout, /^b\.ts:1-3 {2}Claude Code {2}2026-04-1\d {2}NOT reviewed$/m);
    const copilot = JSON.parse(runCommand('trace', ['--tool', 'copilot', '--json', '--no-findings'], repo.dir).stdout);
    assert.deepEqual(copilot.regions.map((r: { path: string; start: number; end: number }) => `${r.path}:${r.start}-${r.end}`), ['a.ts:3-4']);
    const april = JSON.parse(runCommand('trace', ['--since', '2026-04-01', '--until', '2026-04-30', '--json', '--no-findings'], repo.dir).stdout);
    assert.deepEqual(april.regions.map((r: { path: string }) => r.path), ['b.ts']);
    const none = JSON.parse(runCommand('trace', ['--model', 'gpt-5', '--json', '--no-findings'], repo.dir).stdout);
    assert.deepEqual(none.regions, []);
    const bad = runCommand('trace', ['--since', 'yesterday-ish'], repo.dir);
    assert.equal(bad.code, 2);
  } finally {
    repo.remove();
  }
});

test('vouch init is idempotent, keeps user content, and --dry-run shows a diff without writing', () => {
  const repo = new TempRepo();
  try {
    repo.write('CLAUDE.md', '# Project notes\n\nUse pnpm.\n');
    repo.commit('start');
    const dry = runCommand('init', ['--dry-run'], repo.dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^--- \/dev\/null\n\+\+\+ b\/\.vouch\.yml$/m);
    assert.match(dry.stdout, /^\+# >>> vouch >>>$/m);
    assert.match(dry.stdout, /^--- a\/CLAUDE\.md$/m);
    assert.ok(!existsSync(join(repo.dir, '.vouch.yml')), 'dry run wrote nothing');

    const first = runCommand('init', [], repo.dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^create \.vouch\.yml$/m);
    assert.match(first.stdout, /^create \.git\/hooks\/pre-commit$/m);
    assert.match(first.stdout, /^create \.github\/workflows\/vouch\.yml$/m);
    assert.match(first.stdout, /^update CLAUDE\.md$/m);
    const claude = readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8');
    assert.ok(claude.startsWith('# Project notes\n\nUse pnpm.\n'), 'user content kept');
    assert.match(claude, /<!-- >>> vouch >>> -->[\s\S]*AI-GENERATED[\s\S]*<!-- <<< vouch <<< -->/);
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    assert.match(readFileSync(hook, 'utf8'), /^#!\/bin\/sh\n# >>> vouch >>>\n[\s\S]*vouch scan --staged/);
    assert.ok((statSync(hook).mode & 0o111) !== 0, 'hook is executable');

    // The generated config is valid for our own loader.
    const prov = runCommand('provenance', ['--json'], repo.dir);
    assert.equal(prov.code, 0, prov.stderr);

    // User edits outside the block survive a second run, which changes nothing else.
    writeFileSync(join(repo.dir, 'CLAUDE.md'), claude + '\nMore notes.\n');
    const second = runCommand('init', [], repo.dir);
    assert.equal(second.code, 0);
    assert.doesNotMatch(second.stdout, /^(create|update) /m);
    assert.match(readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8'), /More notes\.\n$/);
  } finally {
    repo.remove();
  }
});

test('prepare-commit-msg: an Assisted-by trailer is added only when staged lines carry AI markers', () => {
  const repo = new TempRepo();
  try {
    repo.write('x.ts', 'const a = 1;\n');
    repo.commit('start');
    writeFileSync(join(repo.dir, 'msg'), 'plain change\n');
    repo.write('x.ts', 'const a = 2;\n');
    repo.git('add', 'x.ts');
    runCommand('provenance', ['trailer', 'msg'], repo.dir);
    assert.equal(readFileSync(join(repo.dir, 'msg'), 'utf8'), 'plain change\n');
    repo.write('x.ts', 'const a = 2;\n// AI-GENERATED: Cursor (2026-11-24)\nfunction f() {\n  return 1;\n}\n');
    repo.git('add', 'x.ts');
    runCommand('provenance', ['trailer', 'msg'], repo.dir);
    assert.equal(readFileSync(join(repo.dir, 'msg'), 'utf8'), 'plain change\n\nAssisted-by: Cursor\n');
  } finally {
    repo.remove();
  }
});
