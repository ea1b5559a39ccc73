import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGit } from './git.js';

/** Changed (added or modified) lines per path, relative to the repository top level. */
export type ChangedLines = Map<string, Set<number>>;

/** Parse `git diff -U0` output: new-side line numbers of every hunk, per `+++ b/<path>`. */
export function parseUnifiedZero(diff: string): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      if (target === '/dev/null') { current = undefined; continue; }
      let path = target.startsWith('"') ? unquote(target) : target;
      path = path.replace(/^b\//, '');
      current = out.get(path) ?? new Set<number>();
      out.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return out;
}

function unquote(q: string): string {
  // git C-quotes paths with unusual bytes: "b/dir/na\303\257ve.ts"
  const body = q.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { bytes.push(...Buffer.from(c, 'utf8')); continue; }
    const n = body[i + 1]!;
    if (/[0-7]/.test(n)) { bytes.push(parseInt(body.slice(i + 1, i + 4), 8)); i += 3; continue; }
    bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[n] ?? n.charCodeAt(0));
    i++;
  }
  return Buffer.from(bytes).toString('utf8');
}

export type DiffBase = { staged: true } | { since: string };

/** The staged change: paths added, copied, modified or renamed in the index, and their changed lines. */
export interface StagedChange {
  /** Relative to the repository top level, as git spells them (no quoting). */
  paths: string[];
  lines: ChangedLines;
  /** The index's blob id of each staged regular file (a file on disk with the same id holds the staged text). */
  blobIds?: Map<string, string>;
}

/**
 * The staged change in one `git diff --cached --raw --no-abbrev -z -p -U0` (a pre-commit hook pays
 * for every git process): the raw part names every staged path exactly (NUL-separated, renames and
 * binary files included) with its blob id in the index, the patch part gives the changed lines.
 * Throws when git fails.
 */
export function stagedChange(top: string): StagedChange {
  const r = runGit(top, ['-c', 'core.quotePath=false', 'diff', '--cached', '--raw', '--no-abbrev', '-z', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--']);
  if (!r.ok) throw new Error(r.stderr.split('\n')[0]?.replace(/^fatal:\s*/, '') || 'git diff failed');
  const out = r.stdout;
  const paths: string[] = [];
  const blobIds = new Map<string, string>();
  let pos = 0;
  // Raw entries: ":<mode> <mode> <sha> <sha> <status>\0<path>\0" (two paths for copies and renames).
  while (out.startsWith(':', pos)) {
    const headEnd = out.indexOf('\0', pos);
    if (headEnd < 0) break;
    const [, newMode, , newId, status = ''] = out.slice(pos + 1, headEnd).split(' ');
    let end = out.indexOf('\0', headEnd + 1);
    if (status.startsWith('R') || status.startsWith('C')) end = out.indexOf('\0', end + 1);
    if (end < 0) end = out.length;
    const path = out.slice(out.lastIndexOf('\0', end - 1) + 1, end);
    paths.push(path);
    if ((newMode === '100644' || newMode === '100755') && newId && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(newId)) blobIds.set(path, newId);
    pos = end + 1;
  }
  return { paths, lines: parseUnifiedZero(out.slice(pos)), blobIds };
}

/**
 * Lines changed in the index (`staged`) or since a revision (working tree vs REF, untracked files
 * in full). Throws when git fails (not a repository, unknown revision): the caller reports it.
 */
export function changedLines(top: string, base: DiffBase): ChangedLines {
  if ('staged' in base) return stagedChange(top).lines;
  if (base.since.startsWith('-')) throw new Error(`bad revision '${base.since}'`);
  const r = runGit(top, ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', base.since, '--']);
  if (!r.ok) throw new Error(r.stderr.split('\n')[0]?.replace(/^fatal:\s*/, '') || 'git diff failed');
  const out = parseUnifiedZero(r.stdout);
  const untracked = runGit(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const p of untracked.ok ? untracked.stdout.split('\0').filter(Boolean) : []) {
    try {
      const n = readFileSync(join(top, p), 'utf8').split('\n').length;
      out.set(p, new Set(Array.from({ length: n }, (_, i) => i + 1)));
    } catch { /* vanished or unreadable: discovery reports it */ }
  }
  return out;
}

/** Keep only findings on changed lines (`--new-only`); paths of findings are relative to `root`. */
export function onChangedLines<T extends { location: { path: string; startLine: number; endLine: number } }>(
  items: T[], changed: ChangedLines, rootPrefix = '',
): T[] {
  return items.filter((f) => {
    const set = changed.get(rootPrefix + f.location.path);
    if (!set) return false;
    for (let l = f.location.startLine; l <= Math.max(f.location.startLine, f.location.endLine); l++) if (set.has(l)) return true;
    return false;
  });
}
