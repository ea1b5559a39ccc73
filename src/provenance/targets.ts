import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { changedLines, parseUnifiedZero, type ChangedLines } from './diff.js';
import { repoTopLevel, resolveCommit, runGit } from './git.js';

/** Which files (and, for a change, which lines) a provenance command looks at. */
export interface Targets {
  root: string;
  top?: string;
  /** Relative to root. */
  paths: string[];
  /** Lines of the change, keyed by path relative to the repository top level. */
  changed?: ChangedLines;
  /** Blame at this revision (end of a commit range). */
  rev?: string;
}

export class TargetError extends Error {}

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', '.vouch', '.agent-trace']);

function walk(dir: string, out: string[], limit = 100_000): void {
  let entries: import('node:fs').Dirent[];
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (out.length >= limit) return;
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, out, limit); } else if (e.isFile()) out.push(p);
  }
}

function tracked(top: string, under: string): string[] {
  const r = runGit(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', relative(top, under) || '.']);
  return r.ok ? r.stdout.split('\0').filter(Boolean).map((p) => join(top, p)) : [];
}

/**
 * Resolve the command line to files: explicit paths (directories expand to their tracked files),
 * or a change (`--staged`, `--changed-since REF`, `--range A..B`), or the whole repository.
 */
export function resolveTargets(cwd: string, opts: { paths?: string[]; staged?: boolean; changedSince?: string; range?: string }): Targets {
  const top = repoTopLevel(cwd);
  const root = top ?? resolve(cwd);
  const modes = [opts.staged, opts.changedSince, opts.range].filter(Boolean).length;
  if (modes > 1) throw new TargetError('use only one of --staged, --changed-since and --range');
  if (modes === 1 && !top) throw new TargetError(`${cwd} is not inside a git repository (needed for --staged/--changed-since/--range)`);
  let changed: ChangedLines | undefined;
  let rev: string | undefined;
  if (opts.staged) changed = changedLines(top!, { staged: true });
  else if (opts.changedSince) {
    if (!resolveCommit(top!, opts.changedSince)) throw new TargetError(`unknown git revision '${opts.changedSince}'`);
    changed = changedLines(top!, { since: opts.changedSince });
  } else if (opts.range) {
    const m = /^(.+?)\.\.(.*)$/.exec(opts.range);
    if (!m) throw new TargetError(`--range must look like BASE..TIP, not '${opts.range}'`);
    const base = resolveCommit(top!, m[1]!);
    const tip = resolveCommit(top!, m[2] || 'HEAD');
    if (!base || !tip) throw new TargetError(`unknown git revision in --range '${opts.range}'`);
    const r = runGit(top!, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', base, tip, '--']);
    if (!r.ok) throw new TargetError(r.stderr.split('\n')[0] ?? 'git diff failed');
    changed = parseUnifiedZero(r.stdout);
    const head = resolveCommit(top!, 'HEAD');
    if (tip !== head) rev = tip;
  }
  let abs: string[];
  if (changed) abs = [...changed.keys()].map((p) => join(top!, p));
  else if (opts.paths && opts.paths.length) {
    abs = [];
    for (const p of opts.paths.map((x) => resolve(cwd, x))) {
      let isDir = false;
      try { isDir = statSync(p).isDirectory(); } catch { /* missing: reported as unreadable */ }
      if (!isDir) abs.push(p);
      else if (top) abs.push(...tracked(top, p));
      else walk(p, abs);
    }
  } else if (top) abs = tracked(top, top);
  else { abs = []; walk(root, abs); }
  const paths = [...new Set(abs.map((a) => relative(root, a).split('\\').join('/')))].filter((p) => !p.startsWith('..')).sort();
  return { root, top, paths, changed, rev };
}

import * as diffParser from './diff.js';

/** The change's lines keyed by root-relative path, for `onlyLines` (blame just those lines). */
export function changedOnlyLines(t: Targets): Map<string, Set<number>> | undefined {
  if (!t.changed || !t.top) return undefined;
  const prefix = relative(t.top, t.root).split('\\').join('/');
  const out = new Map<string, Set<number>>();
  for (const [p, lines] of t.changed) {
    if (prefix && !p.startsWith(prefix + '/')) continue;
    out.set(prefix ? p.slice(prefix.length + 1) : p, lines);
  }
  return out;
}
