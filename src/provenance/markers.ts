import { cleanLabel } from './ai-tools.js';

/** A span of lines (1-based, inclusive) that a comment marker speaks for. */
export interface MarkerSpan {
  kind: 'ai' | 'reviewed';
  start: number;
  end: number;
  /** Line of the marker comment itself. */
  markerLine: number;
  tool?: string;
  model?: string;
  /** YYYY-MM-DD from the marker, when given. */
  date?: string;
  /** `@alice` from a REVIEWED marker. */
  reviewer?: string;
}

export interface MarkerScan {
  spans: MarkerSpan[];
  /** Problems with the markers themselves (an unclosed region), for notices. */
  problems: string[];
}

const COMMENT_START = String.raw`^\s*(?:\/\/+|#+|\/\*+|\*+|--|<!--|;+|%+|')\s*@?`;
const MARKER = new RegExp(
  COMMENT_START + String.raw`(AI[-_ ]?GENERATED|AI[-_ ]?ASSISTED|AI[-_ ]?WRITTEN|REVIEWED)(?:[-_ ](BEGIN|START|END|STOP))?\b\s*(?::\s*(.*?))?\s*(?:\*\/|-->)?\s*$`,
  'i',
);
const COMMENT_ONLY = /^\s*(?:\/\/|#(?!!)|\/\*|\*|--|<!--|;)/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/;

interface ParsedPayload { tool?: string; model?: string; date?: string; reviewer?: string }

/** "GitHub Copilot (gpt-4.1, 2026-02-06)" → tool, model, date; "@alice (2026-02-07)" → reviewer, date. */
function parsePayload(payload: string, reviewed: boolean): ParsedPayload {
  const out: ParsedPayload = {};
  let text = payload.trim();
  const parens = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!);
  text = text.replace(/\([^()]*\)/g, ' ').trim();
  const parts = [...parens.flatMap((p) => p.split(/[,;]/)), ...text.split(/\s*[,;]\s*/).slice(1)].map((s) => s.trim()).filter(Boolean);
  const head = text.split(/\s*[,;]\s*/)[0] ?? '';
  for (const part of parts) {
    const kv = /^(model|tool|date|by)\s*[=:]\s*(.+)$/i.exec(part);
    if (kv) {
      const k = kv[1]!.toLowerCase();
      if (k === 'model') out.model = cleanLabel(kv[2]!);
      else if (k === 'tool') out.tool = cleanLabel(kv[2]!);
      else if (k === 'date') out.date = kv[2]!.trim();
      else out.reviewer = cleanLabel(kv[2]!);
    } else if (DATE.test(part)) out.date = part.slice(0, 10);
    else if (!out.model && !reviewed) out.model = cleanLabel(part);
  }
  if (head) {
    if (reviewed) out.reviewer = cleanLabel(head.split(/\s+/)[0]!);
    else if (!out.tool) out.tool = cleanLabel(head);
  }
  return out;
}

/** Code without string contents and trailing line comments, for brace counting. */
function codeOnly(line: string): string {
  return line
    .replace(/\\./g, '')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '""')
    .replace(/\/\/.*$/, '')
    .replace(/\/\*.*?\*\//g, '');
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

/**
 * The block a marker above line `target` covers: a brace-delimited function or block, a
 * Python-style indented suite, or the single statement. Bounded so no input can make it loop.
 */
export function blockExtent(lines: string[], target: number): number {
  const n = lines.length;
  let i = target;
  while (i < n && /^\s*@/.test(lines[i]!)) i++; // decorators belong to what they decorate
  if (i >= n) return n - 1;
  const first = codeOnly(lines[i]!).trimEnd();
  if (/:\s*$/.test(first) && !/[{}]/.test(first)) {
    const base = indentOf(lines[i]!);
    let end = i;
    for (let j = i + 1; j < n; j++) {
      const l = lines[j]!;
      if (l.trim() === '') continue;
      if (indentOf(l) <= base) break;
      end = j;
    }
    return end;
  }
  let depth = 0;
  let opened = false;
  for (let j = i; j < n && j < i + 20000; j++) {
    const code = codeOnly(lines[j]!);
    for (const ch of code) {
      if (ch === '{' || ch === '(' || ch === '[') {
        depth++;
        if (ch === '{') opened = true;
      } else if (ch === '}' || ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && (opened || /;\s*$/.test(code) || j === i && !/[,(\[{=]\s*$|=>\s*$/.test(code.trimEnd()))) return j;
  }
  return i;
}

/** Find AI-GENERATED / REVIEWED markers and the lines each one covers. */
export function scanMarkers(text: string): MarkerScan {
  const lines = text.split(/\r?\n/);
  const spans: MarkerSpan[] = [];
  const problems: string[] = [];
  const open: { kind: 'ai' | 'reviewed'; line: number; payload: ParsedPayload }[] = [];
  let pending: { kind: 'ai' | 'reviewed'; line: number; payload: ParsedPayload }[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 2000) { pending = []; continue; } // minified or data: no markers there
    const m = MARKER.exec(line);
    if (m) {
      const kind = /REVIEWED/i.test(m[1]!) ? 'reviewed' : 'ai';
      const edge = m[2]?.toUpperCase();
      const payload = parsePayload(m[3] ?? '', kind === 'reviewed');
      if (edge === 'BEGIN' || edge === 'START') {
        open.push({ kind, line: i, payload });
      } else if (edge === 'END' || edge === 'STOP') {
        const idx = open.map((o) => o.kind).lastIndexOf(kind);
        if (idx < 0) problems.push(`line ${i + 1}: ${m[1]}-${edge} without a matching BEGIN`);
        else {
          const o = open.splice(idx, 1)[0]!;
          if (i - 1 >= o.line + 1) spans.push({ kind: o.kind, start: o.line + 2, end: i, markerLine: o.line + 1, ...o.payload });
        }
      } else {
        pending.push({ kind, line: i, payload });
      }
      continue;
    }
    if (pending.length === 0) continue;
    if (line.trim() === '' || COMMENT_ONLY.test(line)) continue; // still inside the comment block above the code
    const end = blockExtent(lines, i);
    for (const p of pending) spans.push({ kind: p.kind, start: i + 1, end: end + 1, markerLine: p.line + 1, ...p.payload });
    pending = [];
  }
  for (const o of open) {
    problems.push(`line ${o.line + 1}: region marker is never closed; it covers the rest of the file`);
    if (o.line + 1 < lines.length) spans.push({ kind: o.kind, start: o.line + 2, end: lines.length, markerLine: o.line + 1, ...o.payload });
  }
  return { spans, problems };
}
