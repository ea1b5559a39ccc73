import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Result of one git invocation; provenance treats git failures as missing evidence, never as a crash. */
export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

// A scanned repository is untrusted: its config must not start programs (fsmonitor, pagers, textconv).
export const SAFE_GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_PARAMETERS: "'core.fsmonitor=false' 'core.pager=cat' 'diff.external=' 'log.showSignature=false' 'blame.ignoreRevsFile='",
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
};

export function runGit(cwd: string, args: string[], input?: string): GitResult {
  const res = spawnSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: SAFE_GIT_ENV,
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  return {
    ok: res.status === 0 && !res.error,
    stdout: res.stdout ?? '',
    stderr: (res.stderr ?? '') + (res.error ? String(res.error.message) : ''),
  };
}

/** The repository top level, or undefined when `cwd` is not inside a work tree. */
export function repoTopLevel(cwd: string): string | undefined {
  // One scan asks this from several stages; a pre-commit hook pays ~5 ms per git process.
  // Only answers found are remembered: a directory may become a repository later (tests, `git init`).
  const known = topLevelMemo.get(cwd);
  if (known !== undefined) return known;
  // The shallow-file path comes in the same call (relative to cwd unless absolute).
  const r = runGit(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'shallow']);
  if (!r.ok) return undefined;
  const [top = '', shallow = ''] = r.stdout.split('\n').map((l) => l.trim());
  if (!top) return undefined;
  topLevelMemo.set(cwd, top);
  topLevelMemo.set(top, top); // asked again from the top (the hook: file's folder, then the project)
  if (shallow) shallowPathMemo.set(top, isAbsolute(shallow) ? shallow : join(cwd, shallow));
  return top;
}
const topLevelMemo = new Map<string, string>();
const shallowPathMemo = new Map<string, string>();

/** Forget the memos (a long-lived process before a new run: a repository may have been replaced). */
export function forgetGitMemos(): void {
  topLevelMemo.clear();
  shallowPathMemo.clear();
}

export function headCommit(top: string): string | undefined {
  const r = runGit(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  return r.ok ? r.stdout.trim() : undefined;
}

export function isShallow(top: string): boolean {
  const r = runGit(top, ['rev-parse', '--is-shallow-repository']);
  return r.ok && r.stdout.trim() === 'true';
}

export function resolveCommit(top: string, ref: string): string | undefined {
  if (ref.startsWith('-')) return undefined; // never let a ref become an option
  const r = runGit(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok ? r.stdout.trim() : undefined;
}

export function gitConfigValue(top: string, key: string): string | undefined {
  const r = runGit(top, ['config', '--get', key]);
  return r.ok && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** Like runGit, but keeps stdout as bytes (object contents whose sizes are counted in bytes). */
export function runGitRaw(cwd: string, args: string[], input?: string): { ok: boolean; stdout: Buffer } {
  const res = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024, env: SAFE_GIT_ENV, stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000 });
  return { ok: res.status === 0 && !res.error, stdout: res.stdout ?? Buffer.alloc(0) };
}

/** Commits at the edge of a shallow clone (their parents are missing). */
export function shallowCommits(top: string): Set<string> {
  let abs = shallowPathMemo.get(top);
  if (abs === undefined) {
    const r = runGit(top, ['rev-parse', '--git-path', 'shallow']);
    if (!r.ok) return new Set();
    const file = r.stdout.trim();
    abs = isAbsolute(file) ? file : join(top, file);
  }
  try {
    return new Set(readFileSync(abs, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}
