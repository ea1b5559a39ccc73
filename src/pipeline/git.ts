import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoTopLevel } from '../provenance/git.js';
import { stagedChange, type StagedChange } from '../provenance/diff.js';

/** Raised when a git-dependent option is used outside a repository or with a bad ref; the CLI exits 2. */
export class GitUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitUsageError';
  }
}

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Never let a scanned repo's config run programs (fsmonitor, pagers) while we read it.
    env: { ...process.env, GIT_CONFIG_PARAMETERS: "'core.fsmonitor=false' 'core.pager=cat'", GIT_TERMINAL_PROMPT: '0' },
  });
}

export function gitTopLevel(cwd: string): string | undefined {
  return repoTopLevel(cwd);
}

function requireRepo(root: string): string {
  const top = gitTopLevel(root);
  if (!top) throw new GitUsageError(`${root} is not inside a git repository`);
  return top;
}

function splitZ(buf: Buffer): string[] {
  return buf.toString('utf8').split('\0').filter(Boolean);
}

/**
 * Paths (relative to the repo top level) added, copied, modified or renamed in the index, with their
 * changed lines (for provenance and --new-only), from a single git process.
 */
export function stagedPaths(root: string): { top: string } & StagedChange {
  const top = requireRepo(root);
  return { top, ...stagedChange(top) };
}

/**
 * The staged (index) content of each path. A file on disk whose git blob id is the index's (`blobIds`,
 * from the staged diff) holds exactly the staged text, so it is read from disk; the rest (partly
 * staged files, files git filters on the way in) come from one `git cat-file --batch` run. A
 * pre-commit hook usually stages whole files and then starts no git process here.
 */
export function readStagedBlobs(top: string, paths: string[], blobIds?: Map<string, string>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const fromGit: string[] = [];
  for (const p of paths) {
    const id = blobIds?.get(p);
    const disk = id ? readIfBlob(join(top, p), id) : undefined;
    if (disk) out.set(p, disk);
    else fromGit.push(p);
  }
  if (fromGit.length === 0) return out;
  const res = spawnSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: fromGit.map((p) => `:${p}`).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (res.status !== 0 || !res.stdout) return out;
  const buf = res.stdout;
  let pos = 0;
  for (const p of fromGit) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<name> missing"
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(p, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

/** The file's bytes when their git blob id (SHA-1, or SHA-256 in a SHA-256 repository) is `id`. */
function readIfBlob(abs: string, id: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    return undefined;
  }
  const hash = createHash(id.length === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest('hex') === id ? bytes : undefined;
}

/** Paths changed between REF and the working tree (committed or not), plus untracked files. */
export function changedPathsSince(root: string, ref: string): { top: string; paths: string[] } {
  const top = requireRepo(root);
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitUsageError(`unknown git revision '${ref}'`);
  }
  const changed = splitZ(git(top, ['diff', '--name-only', '-z', '--diff-filter=ACMR', ref]));
  const untracked = splitZ(git(top, ['ls-files', '--others', '--exclude-standard', '-z']));
  return { top, paths: [...new Set([...changed, ...untracked])] };
}
