import { spawn } from 'node:child_process';
import { runGit, safeGitEnv } from './git.js';

export const UNCOMMITTED = '0000000000000000000000000000000000000000';

/** Who last touched one line, from `git blame --porcelain`. */
export interface BlameLine {
  /** Line number in the current file, 1-based. */
  line: number;
  commit: string;
  /** Line number in `commit`'s version of the file (for git-ai notes and Agent Trace ranges). */
  origLine: number;
  /** Path of the file in `commit` (differs after renames). */
  origPath: string;
  /** The commit is the boundary of a shallow clone: older history is missing. */
  boundary: boolean;
}

export interface BlameResult {
  lines: BlameLine[];
  /** Set when git could not blame the file (untracked, not a repo, binary); all lines are then uncommitted. */
  error?: string;
}

/** Parse `git blame --porcelain` (headers appear only the first time a commit is seen). */
export function parseBlamePorcelain(out: string): BlameLine[] {
  const result: BlameLine[] = [];
  const pathOf = new Map<string, string>();
  const boundaryOf = new Set<string>();
  let current: { commit: string; orig: number; final: number } | undefined;
  const lines = out.split('\n');
  for (const l of lines) {
    if (l.startsWith('\t')) {
      if (current) {
        result.push({
          line: current.final, commit: current.commit, origLine: current.orig,
          origPath: pathOf.get(current.commit) ?? '', boundary: boundaryOf.has(current.commit),
        });
      }
      current = undefined;
      continue;
    }
    const head = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)(?: \d+)?$/.exec(l);
    if (head) {
      current = { commit: head[1]!, orig: Number(head[2]), final: Number(head[3]) };
      continue;
    }
    if (!current) continue;
    if (l.startsWith('filename ')) pathOf.set(current.commit, l.slice(9));
    else if (l === 'boundary') boundaryOf.add(current.commit);
  }
  return result;
}

/**
 * Blame one file as it is in the working tree (or at `rev`). One git process per file; the
 * caller only asks for files that have findings or are part of the change.
 */
export function blameFile(top: string, path: string, rev?: string, contents?: string, ranges?: [number, number][]): BlameResult {
  // --root: a root commit is real history; shallow-clone boundaries are detected by the caller.
  const args = blameArgs(path, rev);
  if (contents !== undefined) args.splice(args.indexOf('--'), 0, '--contents', '-');
  // -L lets git stop walking history once these lines are explained: new code costs nothing.
  for (const [a, b] of ranges ?? []) args.splice(args.indexOf('--'), 0, '-L', `${a},${b}`);
  const r = runGit(top, args, contents);
  if (!r.ok) return { lines: [], error: r.stderr.split('\n')[0]?.replace(/^fatal:\s*/, '') || 'git blame failed' };
  return { lines: parseBlamePorcelain(r.stdout) };
}

function blameArgs(path: string, rev?: string): string[] {
  // No -w: whitespace edits count, the same as the one-pass replay (replay.ts).
  const args = ['blame', '--porcelain', '--root'];
  if (rev) args.push(rev);
  args.push('--', path);
  return args;
}

function blameOneAsync(top: string, path: string, rev?: string): Promise<BlameResult> {
  return new Promise((resolvePromise) => {
    const child = spawn('git', blameArgs(path, rev), { cwd: top, env: safeGitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => resolvePromise({ lines: [], error: e.message }));
    child.on('close', (code) => {
      if (code !== 0) resolvePromise({ lines: [], error: Buffer.concat(err).toString('utf8').split('\n')[0]?.replace(/^fatal:\s*/, '') || 'git blame failed' });
      else resolvePromise({ lines: parseBlamePorcelain(Buffer.concat(out).toString('utf8')) });
    });
  });
}

/** Blame many files with a few git processes at a time (whole-tree provenance, trace). */
export async function blameFiles(top: string, paths: string[], rev?: string, concurrency = 4): Promise<Map<string, BlameResult>> {
  const out = new Map<string, BlameResult>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const p = paths[next++]!;
      out.set(p, await blameOneAsync(top, p, rev));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  return out;
}

/** Sorted, merged, clipped line ranges for `git blame -L`. */
export function mergeRanges(lines: Iterable<number>, max: number): [number, number][] {
  const sorted = [...new Set(lines)].filter((l) => l >= 1 && l <= max).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && l <= last[1] + 1) last[1] = l;
    else out.push([l, l]);
  }
  return out;
}
