import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { defaultConfig } from '../../src/config/schema.js';
import { attachOrigins, buildProvenance, buildProvenanceAsync, REPLAY_MIN_FILES, type FileProvenance } from '../../src/provenance/attribute.js';
import { recordAiEdit } from '../../src/provenance/ledger.js';
import type { Finding } from '../../src/findings/finding.js';
import { TempRepo, lines } from './git-fixture.js';

const CLAUDE_ID = 'Claude <noreply@anthropic.com>';

function kinds(f: FileProvenance | undefined): string {
  assert.ok(f, 'file was attributed');
  return f.lines.map((l) => l.kind[0]).join('');
}

test('per-line attribution joins blame with identities, trailers, Generated-with lines, markers and the ledger', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/app.ts', lines(3, 'h'));
    repo.commit('initial');
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude'));
    const c2 = repo.commit('add feature\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n', 'Bob Dev <bob@example.com>');
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent'));
    repo.commit('Fix bug\n', 'Copilot <198982749+Copilot@users.noreply.github.com>', 'GitHub <noreply@github.com>');
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent') + lines(1, 'gen'));
    repo.commit('more\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n', 'Carol <carol@example.com>');
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent') + lines(1, 'gen') + lines(1, 'aider'));
    repo.commit('aider: tweak\n', 'Dave Dev (aider) <dave@example.com>');
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent') + lines(1, 'gen') + lines(1, 'aider') + lines(1, 'kernel'));
    repo.commit('kernel style\n\nAssisted-by: Gemini:gemini-2.5-pro\nSigned-off-by: Eve <eve@example.com>\n', 'Eve <eve@example.com>');
    // A human co-author is not an AI signal.
    repo.write('src/app.ts', lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent') + lines(1, 'gen') + lines(1, 'aider') + lines(1, 'kernel') + lines(1, 'pair'));
    repo.commit('pairing\n\nCo-authored-by: Frank <frank@example.com>\n');
    // Uncommitted: one marked block, one ledger-recorded line, one plain line.
    const tail = '// AI-GENERATED: Windsurf (swe-1, 2026-11-20)\nfunction w() {\n  return 1;\n}\nconst ledgered = 2;\nconst plain = 3;\n';
    const text = lines(3, 'h') + lines(2, 'claude') + lines(2, 'agent') + lines(1, 'gen') + lines(1, 'aider') + lines(1, 'kernel') + lines(1, 'pair') + tail;
    repo.write('src/app.ts', text);
    recordAiEdit(repo.dir, { file: 'src/app.ts', text, ranges: [[16, 16]], tool: 'Claude Code', model: 'claude-opus-4-5', promptRef: 'session-42' });

    const report = buildProvenance(repo.dir, ['src/app.ts'], defaultConfig());
    const f = report.files[0];
    //             hhh cc aa g a k p  marker(u,a,a,a) ledger plain
    assert.equal(kinds(f), 'hhhaaaaaaahuaaaau');
    const at = (n: number) => f!.lines[n - 1]!;
    assert.equal(at(4).tool, 'Claude Code');
    assert.equal(at(4).model, 'Claude Sonnet 4.5');
    assert.equal(at(4).commit, c2);
    assert.match(at(4).evidence.join(), /Co-Authored-By trailer/);
    assert.equal(at(6).tool, 'GitHub Copilot');
    assert.match(at(6).evidence.join(), /author of [0-9a-f]{7} is GitHub Copilot/);
    assert.equal(at(8).tool, 'Claude Code');
    assert.match(at(8).evidence.join(), /Generated with/);
    assert.equal(at(9).tool, 'Aider');
    assert.equal(at(10).tool, 'Gemini');
    assert.equal(at(10).model, 'gemini-2.5-pro');
    assert.match(at(11).evidence.join(), /carries no AI signal/);
    assert.equal(at(12).kind, 'unknown'); // the marker comment itself
    assert.equal(at(13).tool, 'Windsurf');
    assert.equal(at(13).model, 'swe-1');
    assert.equal(at(16).tool, 'Claude Code');
    assert.equal(at(16).model, 'claude-opus-4-5');
    assert.match(at(16).evidence.join(), /Vouch ledger record/);
    assert.match(at(17).evidence.join(), /not committed yet/);
    assert.equal(f!.counts.ai, 11);
    assert.deepEqual(f!.tools.sort(), ['Aider', 'Claude Code', 'Gemini', 'GitHub Copilot', 'Windsurf']);
    assert.equal(f!.reviewed, false);
  } finally {
    repo.remove();
  }
});

test('git-ai notes and Agent Trace records attribute lines at the commit they name, through later edits', () => {
  const repo = new TempRepo();
  try {
    repo.write('lib/x.js', lines(6, 'x'));
    const c1 = repo.commit('base');
    // git-ai note on c1: lines 2-3 by cursor/claude-4.5-opus; line 6 by another session.
    const note = 'lib/x.js\n  abcd1234abcd1234 2-3\n  ef015678ef015678 6\n---\n' + JSON.stringify({
      schema_version: 'authorship/3.0.0', base_commit_sha: c1,
      prompts: { abcd1234abcd1234: { agent_id: { tool: 'cursor', id: 's1', model: 'claude-4.5-opus' }, messages: [] }, ef015678ef015678: { agent_id: { tool: 'claude', id: 's2', model: 'sonnet' }, messages: [] } },
    });
    repo.git('notes', '--ref=refs/notes/ai', 'add', '-m', note, c1);
    // Insert two human lines at the top: note line numbers refer to c1 and must follow blame.
    repo.write('lib/x.js', 'const top1 = 0;\nconst top2 = 0;\n' + lines(6, 'x'));
    const c2 = repo.commit('prepend');
    // Agent Trace record naming c2 for line 1 (ai, mixed counts as ai) and one without revision for current line 8.
    repo.write('.agent-trace/traces.jsonl', [
      JSON.stringify({ version: '0.1.0', id: 'a', timestamp: '2026-05-01T00:00:00Z', vcs: { type: 'git', revision: c2 }, tool: { name: 'opencode' },
        files: [{ path: 'lib/x.js', conversations: [{ url: 'https://example.test/c/1', contributor: { type: 'mixed', model_id: 'gpt-5' }, ranges: [{ start_line: 1, end_line: 1 }] }] }] }),
      '{not json',
      JSON.stringify({ version: '0.1.0', id: 'b', files: [{ path: 'lib/x.js', conversations: [{ contributor: { type: 'ai', model_id: 'o3' }, ranges: [{ start_line: 8, end_line: 8 }] }] }] }),
      JSON.stringify({ version: '0.1.0', id: 'c', files: [{ path: 'lib/x.js', conversations: [{ ranges: [{ start_line: 0, end_line: -1 }] }] }] }),
    ].join('\n') + '\n');
    const report = buildProvenance(repo.dir, ['lib/x.js'], defaultConfig());
    const f = report.files[0]!;
    assert.equal(kinds(f), 'ahhaahha');
    assert.equal(f.lines[0]!.model, 'gpt-5');
    assert.equal(f.lines[0]!.tool, 'opencode');
    assert.equal(f.lines[3]!.tool, 'cursor');
    assert.equal(f.lines[3]!.model, 'claude-4.5-opus');
    assert.match(f.lines[3]!.evidence.join(), /git-ai note on/);
    assert.match(f.lines[2]!.evidence.join(), /git-ai note .* human-written/);
    assert.equal(f.lines[7]!.model, 'o3');
    const reasons = report.notices.map((n) => `${n.path}: ${n.reason}`).join('\n');
    assert.match(reasons, /traces\.jsonl:2: not valid JSON/);
    assert.match(reasons, /traces\.jsonl:4: malformed Agent Trace record/);
  } finally {
    repo.remove();
  }
});

test('a malformed git-ai note is reported and ignored; the scan goes on', () => {
  const repo = new TempRepo();
  try {
    repo.write('a.py', 'x = 1\ny = 2\n');
    const c1 = repo.commit('base');
    repo.git('notes', '--ref=refs/notes/ai', 'add', '-m', 'a.py\n  zz 1-2\nno divider here', c1);
    const report = buildProvenance(repo.dir, ['a.py'], defaultConfig());
    assert.equal(kinds(report.files[0]), 'hh');
    assert.match(report.notices.map((n) => n.reason).join(), /malformed git-ai note on [0-9a-f]{7}/);
  } finally {
    repo.remove();
  }
});

test('outside git, in a shallow clone and on a detached HEAD: clear notices, attribution goes on', () => {
  const plain = new TempRepo(false);
  const repo = new TempRepo();
  let shallowDir: TempRepo | undefined;
  try {
    plain.write('m.ts', '// AI-GENERATED: Devin\nconst a = 1;\nconst b = 2;\n');
    const r1 = buildProvenance(plain.dir, ['m.ts', 'missing.ts'], defaultConfig());
    assert.equal(kinds(r1.files[0]), 'uau');
    assert.match(r1.notices.map((n) => n.reason).join('\n'), /not a git repository/);
    assert.match(r1.notices.map((n) => `${n.path} ${n.reason}`).join('\n'), /missing\.ts unreadable/);

    repo.write('f.ts', lines(2, 'old'));
    repo.commit('one', 'Claude <noreply@anthropic.com>');
    repo.write('f.ts', lines(2, 'old') + lines(1, 'new'));
    repo.commit('two');
    repo.write('f.ts', lines(2, 'old') + lines(1, 'new') + lines(1, 'newer'));
    repo.commit('three');
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    assert.equal(kinds(buildProvenance(repo.dir, ['f.ts'], defaultConfig()).files[0]), 'aah');
    repo.git('checkout', '-q', 'main');

    shallowDir = new TempRepo(false);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallowDir.dir + '/c']);
    const r3 = buildProvenance(shallowDir.dir + '/c', ['f.ts'], defaultConfig());
    assert.equal(kinds(r3.files[0]), 'uuuu');
    assert.match(r3.notices.map((n) => n.reason).join(), /shallow clone/);
  } finally {
    plain.remove();
    repo.remove();
    shallowDir?.remove();
  }
});

test('attachOrigins sets Finding.origin and counts findings by origin', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/db.ts', lines(2, 'h'));
    repo.commit('base');
    repo.write('src/db.ts', lines(2, 'h') + lines(2, 'ai'));
    repo.commit('agent work', 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>');
    const mk = (line: number, endLine = line): Finding => ({
      ruleId: 'js/sql-injection', message: 'm', severity: 'high', confidence: 'high', snippet: 's', fingerprint: `fp${line}`, status: 'new',
      location: { path: 'src/db.ts', startLine: line, startColumn: 1, endLine, endColumn: 2 },
    });
    const findings = [mk(1), mk(3), mk(2, 3)];
    const report = attachOrigins(findings, repo.dir, defaultConfig());
    assert.deepEqual(findings.map((f) => f.origin?.kind), ['human', 'ai', 'ai']);
    assert.equal(findings[1]!.origin!.tool, 'Devin');
    assert.equal(findings[1]!.origin!.reviewed, false);
    assert.deepEqual(report.findingsByOrigin, { ai: 2, human: 1, unknown: 0 });
  } finally {
    repo.remove();
  }
});

test('many files with untracked and ignored ones among them: the parallel path skips them for blame and agrees with per-file blame', async () => {
  const repo = new TempRepo();
  try {
    const tracked = Array.from({ length: REPLAY_MIN_FILES + 2 }, (_, i) => `src/m${i}.ts`);
    repo.write('.gitignore', 'gen/\n');
    for (const p of tracked) repo.write(p, lines(2, 'h'));
    repo.commit('base');
    for (const p of tracked.slice(0, 3)) repo.write(p, lines(2, 'h') + lines(1, 'ai'));
    repo.commit('agent work', 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>');
    repo.write('src/new.ts', lines(2, 'n'));
    repo.write('gen/out.js', lines(2, 'g'));
    const paths = [...tracked, 'src/new.ts', 'gen/out.js'];
    const parallel = await buildProvenanceAsync(repo.dir, paths, defaultConfig());
    const perFile = buildProvenance(repo.dir, paths, defaultConfig());
    const kinds = (r: typeof parallel) => new Map(r.files.map((f) => [f.path, f.lines.map((l) => l.kind).join(',')]));
    assert.deepEqual(kinds(parallel), kinds(perFile));
    assert.equal(kinds(parallel).get('src/m0.ts'), 'human,human,ai');
    assert.equal(kinds(parallel).get('src/m5.ts'), 'human,human');
    assert.equal(kinds(parallel).get('src/new.ts'), 'unknown,unknown');
    assert.equal(kinds(parallel).get('gen/out.js'), 'unknown,unknown');
  } finally {
    repo.remove();
  }
});

test('attribution at a past revision uses that revision’s lines, not the working tree', () => {
  const repo = new TempRepo();
  try {
    repo.write('r.ts', lines(2, 'h'));
    repo.commit('human');
    repo.write('r.ts', lines(2, 'h') + lines(1, 'ai'));
    const c2 = repo.commit('ai', CLAUDE_ID);
    repo.write('r.ts', lines(1, 'top') + lines(2, 'h') + lines(1, 'ai') + lines(3, 'later'));
    repo.commit('later human');
    const f = buildProvenance(repo.dir, ['r.ts'], defaultConfig(), { rev: c2 }).files[0];
    assert.equal(kinds(f), 'hha');
  } finally {
    repo.remove();
  }
});
