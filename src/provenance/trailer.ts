import { changedLines } from './diff.js';
import { runGit } from './git.js';
import { locateRange, readLedger } from './ledger.js';
import { scanMarkers } from './markers.js';

/**
 * The AI tools behind the staged change, from cheap signals only (comment markers and ledger
 * records on staged added lines), for the prepare-commit-msg hook. No blame: it must be instant.
 */
export function aiToolsInStaged(top: string): string[] {
  let changed;
  try {
    changed = changedLines(top, { staged: true });
  } catch {
    return [];
  }
  const tools = new Set<string>();
  const ledger = readLedger(top).records;
  for (const [path, lines] of changed) {
    if (lines.size === 0) continue;
    const blob = runGit(top, ['cat-file', 'blob', `:${path}`]);
    if (!blob.ok || blob.stdout.includes('\0')) continue;
    for (const s of scanMarkers(blob.stdout).spans) {
      if (s.kind !== 'ai') continue;
      for (let l = s.start; l <= s.end; l++) if (lines.has(l)) { tools.add(s.tool || 'AI assistant'); break; }
    }
    const text = blob.stdout.split(/\r?\n/);
    for (const e of ledger) {
      if (e.file !== path) continue;
      e.ranges.forEach(([a, b], i) => {
        const at = locateRange(text, a, b, e.rangeHashes[i] ?? '');
        if (at && [...lines].some((l) => l >= at[0] && l <= at[1])) tools.add(e.tool);
      });
    }
  }
  return [...tools].sort();
}

/** Add `Assisted-by: <tool>` trailers to a commit message file; returns the tools added. */
export function addAssistedByTrailers(top: string, messageFile: string): string[] {
  const tools = aiToolsInStaged(top);
  if (tools.length === 0) return [];
  const args = ['interpret-trailers', '--in-place', '--if-exists', 'addIfDifferent'];
  for (const t of tools) args.push('--trailer', `Assisted-by: ${t.replace(/[\r\n]/g, ' ')}`);
  args.push(messageFile);
  return runGit(top, args).ok ? tools : [];
}
