import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UNCOMMITTED, type BlameLine } from './blame.js';
import { runGit, safeGitEnv } from './git.js';

/**
 * Whole-tree blame in one pass: replay `git log --reverse -p -U0` and track, for every line, the
 * commit that wrote it and its line number in that commit. One git process instead of one
 * history walk per file (`git blame` re-walks all history for each file, which is what makes a
 * 10,000-commit repository slow). Exact for linear history; with merge commits, renames or a
 * shallow clone it declines (returns undefined) and the caller blames file by file.
 */
interface Owner { commit: string; origLine: number }

function hunkStart(c: number, d: number): number {
  // With -U0 the new-side start names the first added line, or (no added lines) the line before the cut.
  return d > 0 ? c - 1 : c;
}

export async function replayBlame(top: string, paths: string[]): Promise<Map<string, BlameLine[]> | undefined> {
  const wanted = new Set(paths);
  if (wanted.size === 0) return new Map();
  const merges = runGit(top, ['rev-list', '--merges', '--max-count=1', 'HEAD']);
  if (!merges.ok || merges.stdout.trim() !== '') return undefined;
  const shallow = runGit(top, ['rev-parse', '--is-shallow-repository']);
  if (!shallow.ok || shallow.stdout.trim() === 'true') return undefined;

  const owners = new Map<string, Owner[]>();
  const unsupported = new Set<string>();
  const ok = await new Promise<boolean>((resolveRun) => {
    const child = spawn('git', ['log', '--reverse', '--format=%x00%H', '-p', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', 'HEAD', '--'], { cwd: top, env: safeGitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
    const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
    let commit = '';
    let file: Owner[] | undefined;
    let path: string | undefined;
    let pending: { start: number; removed: number; added: number; c: number } | undefined;
    let addedSoFar: Owner[] = [];
    const flush = () => {
      if (pending && file) file.splice(pending.start, pending.removed, ...addedSoFar);
      pending = undefined;
      addedSoFar = [];
    };
    rl.on('line', (line) => {
      if (line.startsWith('\0')) { flush(); commit = line.slice(1).trim(); file = undefined; path = undefined; return; }
      if (line.startsWith('diff --git ')) { flush(); file = undefined; path = undefined; return; }
      if (line.startsWith('+++ ')) {
        flush();
        const target = line.slice(4);
        if (target === '/dev/null') { if (path) owners.set(path, []); file = undefined; return; }
        if (target.startsWith('"')) { file = undefined; return; } // quoted names: left to git blame
        path = target.replace(/^b\//, '');
        if (!wanted.has(path)) { file = undefined; return; }
        file = owners.get(path) ?? [];
        owners.set(path, file);
        return;
      }
      if (line.startsWith('--- ')) {
        // "--- a/<path>" before a deletion tells us which file "+++ /dev/null" removes.
        const src = line.slice(4);
        path = src === '/dev/null' ? undefined : src.replace(/^a\//, '');
        if (path && !wanted.has(path)) path = undefined;
        return;
      }
      if (line.startsWith('Binary files ')) {
        const m = / and b\/(.*) differ$/.exec(line);
        if (m && wanted.has(m[1]!)) unsupported.add(m[1]!);
        return;
      }
      const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (h) {
        flush();
        const removed = h[1] === undefined ? 1 : Number(h[1]);
        const c = Number(h[2]);
        const added = h[3] === undefined ? 1 : Number(h[3]);
        pending = { start: hunkStart(c, added), removed, added, c };
        return;
      }
      if (pending && file && line.startsWith('+')) addedSoFar.push({ commit, origLine: pending.c + addedSoFar.length });
    });
    rl.on('close', () => flush());
    child.on('error', () => resolveRun(false));
    child.on('close', (code) => { rl.close(); resolveRun(code === 0); });
  });
  if (!ok) return undefined;

  // Uncommitted changes on top of HEAD, as `git blame` on the working tree reports them.
  const wt = runGit(top, ['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', 'HEAD', '--', ...paths.filter((p) => !p.startsWith('-'))]);
  if (!wt.ok) return undefined;
  let file: Owner[] | undefined;
  let pendingAdds = 0;
  let cut: { start: number; removed: number } | undefined;
  const applyWt = () => {
    if (cut && file) file.splice(cut.start, cut.removed, ...Array.from({ length: pendingAdds }, (_, i) => ({ commit: UNCOMMITTED, origLine: i })));
    cut = undefined;
    pendingAdds = 0;
  };
  for (const line of wt.stdout.split('\n')) {
    if (line.startsWith('diff --git ')) { applyWt(); file = undefined; continue; }
    if (line.startsWith('+++ ')) {
      applyWt();
      const p = line.slice(4).replace(/^b\//, '');
      file = wanted.has(p) ? owners.get(p) ?? [] : undefined;
      if (file && !owners.has(p)) owners.set(p, file);
      continue;
    }
    const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h) {
      applyWt();
      const added = h[3] === undefined ? 1 : Number(h[3]);
      cut = { start: hunkStart(Number(h[2]), added), removed: h[1] === undefined ? 1 : Number(h[1]) };
      continue;
    }
    if (cut && line.startsWith('+')) pendingAdds++;
  }
  applyWt();

  const out = new Map<string, BlameLine[]>();
  for (const p of paths) {
    const o = owners.get(p);
    if (!o || unsupported.has(p)) continue; // untracked or binary: the caller decides
    out.set(p, o.map((x, i) => ({ line: i + 1, commit: x.commit, origLine: x.commit === UNCOMMITTED ? i + 1 : x.origLine, origPath: p, boundary: false })));
  }
  return out;
}
