import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanLabel } from './ai-tools.js';

/** One attributed line range from an Agent Trace record (agent-trace.dev, v0.1). */
export interface TraceRangeRecord {
  path: string;
  start: number;
  end: number;
  kind: 'ai' | 'human' | 'unknown';
  tool?: string;
  model?: string;
  /** VCS revision the line numbers refer to, when the record names one. */
  revision?: string;
  timestamp?: string;
  conversationUrl?: string;
  /** Where the record came from, for evidence: ".agent-trace/traces.jsonl:3". */
  source: string;
}

const TRACE_DIR = '.agent-trace';
const MAX_TRACE_BYTES = 20 * 1024 * 1024;
const MAX_TRACE_FILES = 2000;

function contributorKind(type: unknown): TraceRangeRecord['kind'] {
  const t = typeof type === 'string' ? type.toLowerCase() : '';
  if (t === 'ai' || t === 'mixed') return 'ai'; // mixed lines still carry AI-written code
  if (t === 'human') return 'human';
  return 'unknown';
}

function asString(v: unknown, max = 120): string | undefined {
  return typeof v === 'string' && v.trim() ? cleanLabel(v, max) : undefined;
}

/** Turn one parsed Agent Trace record into ranges; throws when the shape is wrong. */
export function rangesFromTraceRecord(rec: unknown, source: string): TraceRangeRecord[] {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new Error('record is not an object');
  const r = rec as Record<string, any>;
  if (!Array.isArray(r.files)) throw new Error('record has no files array');
  const tool = asString(r.tool?.name, 40);
  const revision = typeof r.vcs?.revision === 'string' && /^[0-9a-f]{7,64}$/i.test(r.vcs.revision) ? r.vcs.revision.toLowerCase() : undefined;
  const timestamp = asString(r.timestamp, 40);
  const out: TraceRangeRecord[] = [];
  for (const f of r.files) {
    if (typeof f?.path !== 'string' || !Array.isArray(f.conversations)) throw new Error('file entry without path or conversations');
    for (const c of f.conversations) {
      if (!Array.isArray(c?.ranges)) throw new Error('conversation without ranges');
      for (const range of c.ranges) {
        const start = Number(range?.start_line);
        const end = Number(range?.end_line);
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start) throw new Error('range with bad start_line/end_line');
        const contributor = range.contributor ?? c.contributor;
        out.push({
          path: f.path.replace(/^\.\//, ''), start, end,
          kind: contributorKind(contributor?.type),
          tool, model: asString(contributor?.model_id), revision, timestamp,
          conversationUrl: asString(c.url, 200), source,
        });
      }
    }
  }
  return out;
}

function traceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 4 || out.length >= MAX_TRACE_FILES) return;
    let entries: import('node:fs').Dirent[];
    try { entries = readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && /\.(jsonl|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir, 0);
  return out.sort();
}

/** Read every Agent Trace record under `.agent-trace/`; bad lines and files become problems. */
export function readAgentTraces(top: string): { ranges: TraceRangeRecord[]; problems: string[] } {
  const dir = join(top, TRACE_DIR);
  const ranges: TraceRangeRecord[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { ranges, problems };
  for (const file of traceFiles(dir)) {
    const rel = relative(top, file).split('\\').join('/');
    let text: string;
    try {
      if (statSync(file).size > MAX_TRACE_BYTES) { problems.push(`${rel}: larger than 20 MB; ignored`); continue; }
      text = readFileSync(file, 'utf8');
    } catch {
      problems.push(`${rel}: unreadable; ignored`);
      continue;
    }
    const records: { value: unknown; where: string }[] = [];
    if (file.endsWith('.jsonl')) {
      text.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        try { records.push({ value: JSON.parse(line), where: `${rel}:${i + 1}` }); } catch { problems.push(`${rel}:${i + 1}: not valid JSON; ignored`); }
      });
    } else {
      try {
        const v = JSON.parse(text) as unknown;
        if (Array.isArray(v)) v.forEach((x, i) => records.push({ value: x, where: `${rel}[${i}]` }));
        else records.push({ value: v, where: rel });
      } catch { problems.push(`${rel}: not valid JSON; ignored`); }
    }
    for (const { value, where } of records) {
      try { ranges.push(...rangesFromTraceRecord(value, where)); } catch (err) { problems.push(`${where}: malformed Agent Trace record (${(err as Error).message}); ignored`); }
    }
  }
  return { ranges, problems };
}
