/** Small helpers around the git CLI (plumbing only; no shell, arguments passed as an array). */
import { spawn } from 'node:child_process';

export class NotAGitRepositoryError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not inside a git repository (history and staged scans need one)`);
    this.name = 'NotAGitRepositoryError';
  }
}

export class GitRefError extends Error {
  constructor(readonly ref: string) {
    super(`unknown git revision '${ref}'`);
    this.name = 'GitRefError';
  }
}

export interface GitOutput { code: number; stdout: Buffer; stderr: string }

export function git(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const proc = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    proc.stdout.on('data', (b: Buffer) => out.push(b));
    proc.stderr.on('data', (b: Buffer) => err.push(b));
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    proc.stdin.on('error', () => { /* git may exit before reading all input; the exit code tells */ });
    proc.stdin.end(input ?? '');
  });
}

/** The repository's top-level directory, or NotAGitRepositoryError. */
export async function repoTopLevel(cwd: string): Promise<string> {
  let res: GitOutput;
  try {
    res = await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new NotAGitRepositoryError(cwd);
  }
  if (res.code !== 0) throw new NotAGitRepositoryError(cwd);
  return res.stdout.toString('utf8').trim();
}

export async function verifyCommit(cwd: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new GitRefError(ref);
  const res = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (res.code !== 0) throw new GitRefError(ref);
  return res.stdout.toString('utf8').trim();
}

export interface BlobContent { sha: string; missing: boolean; data?: Buffer; size: number }

/**
 * One long-lived `git cat-file --batch`: every requested blob is read once, in order, and handed
 * to `onBlob` as it arrives (so the whole history is never held in memory).
 */
export function catFileBatch(cwd: string, shas: string[], onBlob: (blob: BlobContent) => void): Promise<{ stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let pending: Buffer[] = [];
    let pendingLen = 0;
    let want: { sha: string; size: number } | undefined;
    const err: Buffer[] = [];
    const take = (n: number): Buffer => {
      const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLen);
      const head = all.subarray(0, n);
      const rest = all.subarray(n);
      pending = rest.length ? [rest] : [];
      pendingLen = rest.length;
      return head;
    };
    proc.stdout.on('data', (chunk: Buffer) => {
      pending.push(chunk);
      pendingLen += chunk.length;
      for (;;) {
        if (!want) {
          // Header line: "<sha> <type> <size>" or "<sha> missing".
          let nl = -1;
          let seen = 0;
          for (const b of pending) {
            const i = b.indexOf(10);
            if (i >= 0) { nl = seen + i; break; }
            seen += b.length;
          }
          if (nl < 0) return;
          const header = take(nl + 1).toString('utf8').trim();
          const parts = header.split(' ');
          if (parts[1] === 'missing' || parts.length < 3) {
            onBlob({ sha: parts[0] ?? '', missing: true, size: 0 });
            continue;
          }
          want = { sha: parts[0]!, size: Number(parts[2]) };
        }
        if (pendingLen < want.size + 1) return;
        const data = Buffer.from(take(want.size + 1).subarray(0, want.size));
        const done = want;
        want = undefined;
        onBlob({ sha: done.sha, missing: false, data, size: done.size });
      }
    });
    proc.stderr.on('data', (b: Buffer) => err.push(b));
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }));
    proc.stdin.on('error', () => { /* reported through the exit code */ });
    proc.stdin.end(shas.map((s) => `${s}\n`).join(''));
  });
}
