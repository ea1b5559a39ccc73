import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TempRepo, lines } from '../../provenance/git-fixture.js';

const BIN = join(process.cwd(), 'bin', 'vouch.js');

function vouch(cwd: string, env: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('one spelling for the report format: -f/--format on every command that prints a report', () => {
  it('provenance, trace, review status, rules and db status take --format json and -f json; --json stays an alias', () => {
    const repo = new TempRepo();
    try {
      repo.write('a.ts', lines(2, 'h'));
      repo.commit('start');
      repo.write('a.ts', lines(2, 'h') + lines(2, 'ai'));
      repo.commit('ai\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n');
      // HOME inside the repository; the compiled-code cache (cli/code-cache.ts) stays outside it.
      const env = { VOUCH_DB: join(repo.dir, 'no-such.sqlite'), HOME: repo.dir, XDG_CACHE_HOME: join(tmpdir(), 'vouch-test-cache') };
      const commands = [['provenance'], ['trace', '--no-findings'], ['review', 'status'], ['rules'], ['db', 'status']];
      for (const cmd of commands) {
        const short = vouch(repo.dir, env, ...cmd, '-f', 'json');
        const alias = vouch(repo.dir, env, ...cmd, '--json');
        assert.doesNotThrow(() => JSON.parse(short.stdout), `${cmd.join(' ')} -f json: ${short.stderr}`);
        assert.equal(alias.stdout, short.stdout, cmd.join(' '));
        assert.equal(alias.code, short.code, cmd.join(' '));
      }
      const text = vouch(repo.dir, env, 'provenance', '--format', 'text');
      assert.equal(text.stdout, vouch(repo.dir, env, 'provenance').stdout);
      assert.match(text.stdout, /^a\.ts — 50% AI-written/m);
      const contradiction = vouch(repo.dir, env, 'trace', '--json', '--format', 'text');
      assert.equal(contradiction.code, 2);
      assert.match(contradiction.stderr, /--json contradicts --format text/);
      const unknown = vouch(repo.dir, env, 'rules', '--format', 'xml');
      assert.equal(unknown.code, 2);
      // The content is the command's own: provenance JSON lists the AI lines.
      const prov = JSON.parse(vouch(repo.dir, env, 'provenance', '-f', 'json').stdout) as { totals: { aiLines: number } };
      assert.equal(prov.totals.aiLines, 2);
    } finally {
      repo.remove();
    }
  });
});
