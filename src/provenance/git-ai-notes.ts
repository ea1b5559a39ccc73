import { cleanLabel } from './ai-tools.js';
import { runGit, runGitRaw } from './git.js';

/** AI-authored lines of one file in one commit, from a git-ai authorship log (refs/notes/ai). */
export interface GitAiAttestation {
  path: string;
  /** Inclusive, 1-based line ranges in the commit's version of the file. */
  ranges: [number, number][];
  tool?: string;
  model?: string;
  session: string;
}

export interface GitAiNote {
  commit: string;
  attestations: GitAiAttestation[];
}

export const GIT_AI_NOTES_REF = 'refs/notes/ai';

function parseRanges(spec: string): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const part of spec.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a || b > 10_000_000) return undefined;
    out.push([a, b]);
  }
  return out;
}

/**
 * Parse a git-ai authorship log (standard v3): an attestation section (file path lines, then
 * two-space-indented "<session-hash> <ranges>" lines), a `---` line, and a JSON metadata object
 * whose `prompts[hash].agent_id` names the tool and model. Throws on a malformed note.
 */
export function parseGitAiNote(commit: string, text: string): GitAiNote {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const divider = lines.findIndex((l) => l === '---');
  if (divider < 0) throw new Error('no --- divider between attestations and metadata');
  let meta: { prompts?: Record<string, { agent_id?: { tool?: unknown; model?: unknown } }> } = {};
  const metaText = lines.slice(divider + 1).join('\n').trim();
  if (metaText) {
    try {
      meta = JSON.parse(metaText) as typeof meta;
    } catch {
      throw new Error('metadata section is not valid JSON');
    }
    if (typeof meta !== 'object' || meta === null) throw new Error('metadata section is not a JSON object');
  }
  const attestations: GitAiAttestation[] = [];
  let path: string | undefined;
  for (let i = 0; i < divider; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      path = line.startsWith('"') && line.endsWith('"') && line.length >= 2 ? line.slice(1, -1) : line;
      continue;
    }
    const m = /^\s+([0-9a-fA-F]{7,64})\s+(\S+)\s*$/.exec(line);
    if (!m || !path) throw new Error(`attestation line ${i + 1} is malformed`);
    const ranges = parseRanges(m[2]!);
    if (!ranges) throw new Error(`attestation line ${i + 1} has a bad line range`);
    const agent = meta.prompts?.[m[1]!]?.agent_id;
    attestations.push({
      path,
      ranges,
      session: m[1]!,
      tool: typeof agent?.tool === 'string' ? cleanLabel(agent.tool, 40) : undefined,
      model: typeof agent?.model === 'string' ? cleanLabel(agent.model, 80) : undefined,
    });
  }
  return { commit, attestations };
}

/**
 * Read the git-ai notes attached to the given commits in two git runs (list + cat-file batch).
 * Malformed notes are reported, not thrown.
 */
export function readGitAiNotes(top: string, commits: Iterable<string>): { notes: Map<string, GitAiNote>; problems: string[] } {
  const notes = new Map<string, GitAiNote>();
  const problems: string[] = [];
  const wanted = new Set(commits);
  if (wanted.size === 0) return { notes, problems };
  const list = runGit(top, ['notes', `--ref=${GIT_AI_NOTES_REF}`, 'list']);
  if (!list.ok) return { notes, problems }; // no notes ref: nothing to read
  const blobs: { blob: string; commit: string }[] = [];
  for (const l of list.stdout.split('\n')) {
    const [blob, commit] = l.trim().split(/\s+/);
    if (blob && commit && wanted.has(commit)) blobs.push({ blob, commit });
  }
  if (blobs.length === 0) return { notes, problems };
  const cat = runGitRaw(top, ['cat-file', '--batch'], blobs.map((b) => b.blob).join('\n') + '\n');
  if (!cat.ok) return { notes, problems: [`could not read ${GIT_AI_NOTES_REF}`] };
  // The batch output is "<sha> blob <size>\n<content>\n" per object; sizes are in bytes.
  const buf = cat.stdout;
  let pos = 0;
  for (const { commit } of blobs) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = /^[0-9a-f]+ (\w+) (\d+)$/.exec(buf.subarray(pos, nl).toString('utf8'));
    pos = nl + 1;
    if (!header) continue;
    const size = Number(header[2]);
    const text = buf.subarray(pos, pos + size).toString('utf8');
    pos += size + 1;
    try {
      notes.set(commit, parseGitAiNote(commit, text));
    } catch (err) {
      problems.push(`malformed git-ai note on ${commit.slice(0, 7)} (${(err as Error).message}); ignored`);
    }
  }
  return { notes, problems };
}
