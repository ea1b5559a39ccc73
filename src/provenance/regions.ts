import type { OriginKind } from '../findings/finding.js';
import type { FileProvenance, LineOrigin } from './attribute.js';
import type { ChangedLines } from './diff.js';

/** A run of consecutive lines with the same origin, tool, model and review state. */
export interface OriginRegion {
  path: string;
  start: number;
  end: number;
  kind: OriginKind;
  tool?: string;
  model?: string;
  reviewed?: boolean;
  /** Earliest known time any line of the region was written. */
  at?: string;
  commits: string[];
  evidence: string[];
}

/** Group lines into regions; blank lines join the region around them instead of splitting it. */
export function regionsOf(file: FileProvenance, keep: (l: LineOrigin) => boolean = () => true): OriginRegion[] {
  const out: OriginRegion[] = [];
  let cur: OriginRegion | undefined;
  for (const l of file.lines) {
    if (l.blank && cur && l.line === cur.end + 1) continue; // may be absorbed by the next line
    if (!keep(l) || l.blank) { cur = undefined; continue; }
    const same = cur && cur.kind === l.kind && cur.tool === l.tool && cur.model === l.model && cur.reviewed === l.reviewed
      && file.lines.slice(cur.end, l.line - 1).every((x) => x.blank);
    if (same) {
      cur!.end = l.line;
      if (l.commit && !cur!.commits.includes(l.commit)) cur!.commits.push(l.commit);
      for (const e of l.evidence) if (!cur!.evidence.includes(e) && cur!.evidence.length < 8) cur!.evidence.push(e);
      if (l.at && (!cur!.at || l.at < cur!.at)) cur!.at = l.at;
      continue;
    }
    cur = { path: file.path, start: l.line, end: l.line, kind: l.kind, tool: l.tool, model: l.model, reviewed: l.reviewed, at: l.at, commits: l.commit ? [l.commit] : [], evidence: [...l.evidence] };
    out.push(cur);
  }
  return out;
}

/** Line counts of a file, limited to the change when one is given. */
export function countsIn(file: FileProvenance, changed?: ChangedLines): { ai: number; human: number; unknown: number; total: number; aiShare: number } {
  const set = changed?.get(file.repoPath);
  const c = { ai: 0, human: 0, unknown: 0 };
  for (const l of file.lines) if (!l.blank && (!changed || set?.has(l.line))) c[l.kind]++;
  const total = c.ai + c.human + c.unknown;
  return { ...c, total, aiShare: total ? c.ai / total : 0 };
}

export function inChange(file: FileProvenance, changed?: ChangedLines): (l: LineOrigin) => boolean {
  if (!changed) return () => true;
  const set = changed.get(file.repoPath);
  return (l) => !!set?.has(l.line);
}
