import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Result of one git invocation; provenance treats git failures as missing evidence, never as a crash. */
export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * The environment git runs with. A scanned repository is untrusted: its config must not start
 * programs (fsmonitor, pagers, textconv). Built from the environment at the time of the call: the
 * scan daemon runs each request with its caller's (a hook's GIT_INDEX_FILE names the index to read).
 */
export function safeGitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_PARAMETERS: "'core.fsmonitor=false' 'core.pager=cat' 'diff.external=' 'log.showSignature=false' 'blame.ignoreRevsFile='",
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

export function runGit(cwd: string, args: string[], input?: string): GitResult {
  const res = spawnSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: safeGitEnv(),
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
  if (!mayBeInWorkTree(cwd)) return undefined;
  const r = runGit(cwd, TOP_LEVEL_ARGS);
  return rememberTopLevel(cwd, r.stdout, r.ok);
}

// The shallow-file path (relative to cwd unless absolute) and the HEAD commit come in the same
// call: a scan asks for both next. With no commit yet, git prints the top level and the shallow
// path, then fails on HEAD (printed back as given).
const TOP_LEVEL_ARGS = ['rev-parse', '--show-toplevel', '--git-path', 'shallow', 'HEAD^{commit}'];

function rememberTopLevel(cwd: string, stdout: string, ok: boolean): string | undefined {
  const [top = '', shallow = '', head = ''] = stdout.split('\n').map((l) => l.trim());
  if (!top || !isAbsolute(top)) return undefined;
  topLevelMemo.set(cwd, top);
  topLevelMemo.set(top, top); // asked again from the top (the hook: file's folder, then the project)
  if (shallow) shallowPathMemo.set(top, isAbsolute(shallow) ? shallow : join(cwd, shallow));
  if (ok && COMMIT_ID.test(head)) headMemo.set(top, { head, at: Date.now() });
  return top;
}

/**
 * Ask for the top level in the background: a scan needs it only at its end (the provenance stage),
 * and while the workers analyse files the main thread is idle, so the git process costs the scan
 * nothing there instead of ~30 ms on its critical path. `repoTopLevelSettled` waits for the answer.
 */
export function prefetchRepoTopLevel(cwd: string): void {
  if (topLevelMemo.has(cwd) || pendingTopLevel.has(cwd) || !mayBeInWorkTree(cwd)) return;
  const answer = new Promise<string | undefined>((done) => {
    execFile('git', TOP_LEVEL_ARGS, { cwd, env: safeGitEnv(), encoding: 'utf8', timeout: 120_000 }, (err, stdout) => {
      // (A failed call with output, e.g. no commit yet, still names the top level.)
      done(rememberTopLevel(cwd, stdout ?? '', !err));
    });
  });
  pendingTopLevel.set(cwd, answer);
}

/** repoTopLevel, after a prefetch of it (if one was started) has finished. */
export async function repoTopLevelSettled(cwd: string): Promise<string | undefined> {
  const pending = pendingTopLevel.get(cwd);
  if (pending) {
    pendingTopLevel.delete(cwd);
    const top = await pending;
    if (top) return top;
  }
  return repoTopLevel(cwd);
}
const pendingTopLevel = new Map<string, Promise<string | undefined>>();
const topLevelMemo = new Map<string, string>();

/**
 * False when no folder from `cwd` up holds a `.git` (folder, or file as in linked worktrees and
 * submodules) and git is not pointed at a repository by the environment: git would find no work tree
 * either, and starting it costs a scan of a plain folder (an unpacked package, a CI artifact) ~30 ms.
 */
function mayBeInWorkTree(cwd: string): boolean {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return true;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
const shallowPathMemo = new Map<string, string>();
/** HEAD as read with the top level, and when: a scan uses it moments later; a long-lived process asks git again. */
const headMemo = new Map<string, { head: string; at: number }>();
const HEAD_MEMO_MS = 2000;
const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Forget the memos (a long-lived process before a new run: a repository may have been replaced). */
export function forgetGitMemos(): void {
  topLevelMemo.clear();
  pendingTopLevel.clear();
  shallowPathMemo.clear();
  headMemo.clear();
}

export function headCommit(top: string): string | undefined {
  const known = headMemo.get(top);
  if (known && Date.now() - known.at < HEAD_MEMO_MS) return known.head;
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
  const res = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024, env: safeGitEnv(), stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000 });
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
