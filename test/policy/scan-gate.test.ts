import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempRepo } from '../provenance/git-fixture.js';

const BIN = join(process.cwd(), 'bin', 'vouch.js');

function vouch(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  // In process: no scan daemon (cli/scan-daemon.ts) left behind by a test.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, VOUCH_SCAN_DAEMON: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('vouch scan: findings carry their origin, the policy gate explains itself, --staged --new-only keeps only the change', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/auth/app.js', "const express = require('express');\nconst app = express();\nconst { exec } = require('child_process');\n");
    repo.commit('init');
    appendFileSync(join(repo.dir, 'src/auth/app.js'), "app.get('/run', (req, res) => {\n  exec('ls ' + req.query.dir, (e, out) => res.send(out));\n});\n");
    repo.commit('feat\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', 'Bob <bob@example.com>');
    writeFileSync(join(repo.dir, '.vouch.yml'), "policy:\n  failOnByOrigin: { ai: medium }\n  sensitive: [{ name: auth, paths: ['src/auth/**'], reviewers: ['@alice'] }]\n");

    const full = vouch(repo.dir, ['scan', '--format', 'json', '--offline']);
    assert.equal(full.code, 1, full.stderr);
    const report = JSON.parse(full.stdout);
    const inj = report.findings.find((f: { ruleId: string }) => f.ruleId === 'js/command-injection');
    assert.ok(inj, 'the command injection is found');
    assert.equal(inj.location.startLine, 5);
    assert.equal(inj.origin.kind, 'ai');
    assert.equal(inj.origin.tool, 'Claude Code');
    assert.deepEqual(report.gate.reasons.map((r: { policy: string }) => r.policy), ['threshold', 'sensitive.auth']);

    const sarif = JSON.parse(vouch(repo.dir, ['scan', '--format', 'sarif', '--offline']).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'js/command-injection');
    assert.equal(result.properties.origin, 'ai');

    // A new, staged AI-marked handler: --new-only reports it alone; the committed finding is not in the change.
    appendFileSync(join(repo.dir, 'src/auth/app.js'), "// AI-GENERATED: Cursor\napp.get('/cat', (req, res) => {\n  exec('cat ' + req.query.f, (e, out) => res.send(out));\n});\n");
    repo.git('add', 'src/auth/app.js');
    const staged = JSON.parse(vouch(repo.dir, ['scan', '--staged', '--new-only', '--format', 'json', '--offline']).stdout);
    assert.deepEqual(staged.findings.map((f: { location: { startLine: number }; origin: { tool: string } }) => [f.location.startLine, f.origin.tool]), [[9, 'Cursor']]);

    const md = vouch(repo.dir, ['scan', '--staged', '--format', 'markdown', '--offline']);
    assert.equal(md.code, 1);
    assert.match(md.stdout, /^- src\/auth\/app\.js — \d+% AI-written, (Claude Code, Cursor|Cursor, Claude Code) \(not reviewed\)$/m);
  } finally {
    repo.remove();
  }
});
