/** Runs the real built CLI as a child process (no mocks): exit code, stdout, stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VOUCH_BIN = join(process.cwd(), 'bin', 'vouch.js');
const TEST_CACHE_HOME = process.env.XDG_CACHE_HOME || join(tmpdir(), 'vouch-test-cache');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runVouch(args: string[], opts: { cwd?: string; input?: string; timeoutMs?: number; env?: Record<string, string> } = {}): CliRun {
  const res = spawnSync(process.execPath, [VOUCH_BIN, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    // Compiled-code cache (cli/code-cache.ts) in one temp directory, not under a HOME a test points into its repository.
    // No hook daemon (assist/hooks/daemon.ts) unless a test asks: a warm daemon keeps the environment it was started with.
    env: { ...process.env, NO_COLOR: '1', CI: 'true', XDG_CACHE_HOME: TEST_CACHE_HOME, VOUCH_HOOK_DAEMON: '0', VOUCH_SCAN_DAEMON: '0', ...opts.env },
  });
  if (res.error) throw res.error;
  return { status: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** A temp directory with the given files (path → content). */
export function tempProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vouch-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}
