import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp dir, for provenance tests. */
export class TempRepo {
  readonly dir: string;
  private tick = 0;

  constructor(init = true) {
    this.dir = mkdtempSync(join(tmpdir(), 'vouch-prov-'));
    if (init) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Alice Human');
      this.git('config', 'user.email', 'alice@example.com');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  write(path: string, text: string): void {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }

  /** Commit all changes with the given author and message; returns the commit id. */
  commit(message: string, author = 'Alice Human <alice@example.com>', committer?: string): string {
    this.tick++;
    const date = `2026-0${1 + (this.tick % 9)}-1${this.tick % 10}T10:00:00Z`;
    const [cn, ce] = (committer ?? author).replace('>', '').split(' <');
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--no-verify', '-F', '-', `--author=${author}`], {
      cwd: this.dir,
      input: message,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_COMMITTER_NAME: cn!, GIT_COMMITTER_EMAIL: ce! },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function lines(n: number, prefix = 'line'): string {
  return Array.from({ length: n }, (_, i) => `const ${prefix}${i + 1} = ${i + 1};`).join('\n') + '\n';
}
