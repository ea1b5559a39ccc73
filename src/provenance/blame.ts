import { runGit } from './git.js';

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
export function blameFile(top: string, path: string, rev?: string): BlameResult {
  // --root: a root commit is real history; shallow-clone boundaries are detected by the caller.
  const args = ['blame', '--porcelain', '-w', '--root'];
  if (rev) args.push(rev);
  args.push('--', path);
  const r = runGit(top, args);
  if (!r.ok) return { lines: [], error: r.stderr.split('\n')[0]?.replace(/^fatal:\s*/, '') || 'git blame failed' };
  return { lines: parseBlamePorcelain(r.stdout) };
}
