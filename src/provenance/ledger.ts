import { join } from 'node:path';
import { appendChained, readChain, sha256, type Chained } from './chain.js';
import { cleanLabel } from './ai-tools.js';

/**
 * Vouch's own provenance ledger, `.vouch/ledger.jsonl`: one record per AI edit, written by
 * `vouch provenance record` (e.g. from an assistant's post-edit hook). It stores hashes of the
 * written lines, never the lines themselves, so no secret can end up in it.
 */
export interface LedgerEntry {
  v: 1;
  type: 'ai-edit';
  file: string;
  /** Inclusive 1-based line ranges as they were when recorded. */
  ranges: [number, number][];
  /** SHA-256 of each range's lines joined by "\n", to find the lines again after they move. */
  rangeHashes: string[];
  tool: string;
  model?: string;
  at: string;
  /** Reference to a prompt log (URL, session id); never the prompt text. */
  promptRef?: string;
}

export const LEDGER_FILE = '.vouch/ledger.jsonl';

export function ledgerPath(top: string): string {
  return join(top, LEDGER_FILE);
}

export function hashLines(lines: string[], start: number, end: number): string {
  return sha256(lines.slice(start - 1, end).map((l) => l.replace(/\s+$/, '')).join('\n'));
}

export function parseLineRanges(spec: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    if (!m) throw new Error(`bad line range '${part.trim()}' (expected e.g. 3-10,14)`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a) throw new Error(`bad line range '${part.trim()}'`);
    out.push([a, b]);
  }
  return out;
}

export function recordAiEdit(
  top: string,
  input: { file: string; text: string; ranges: [number, number][]; tool: string; model?: string; promptRef?: string; at?: Date },
): LedgerEntry & Chained {
  const lines = input.text.split(/\r?\n/);
  const ranges = input.ranges.map(([a, b]) => [a, Math.min(b, lines.length)] as [number, number]).filter(([a, b]) => a <= b);
  if (ranges.length === 0) throw new Error(`no line of ${input.file} is inside the given ranges (the file has ${lines.length} lines)`);
  const entry: LedgerEntry = {
    v: 1,
    type: 'ai-edit',
    file: input.file,
    ranges,
    rangeHashes: ranges.map(([a, b]) => hashLines(lines, a, b)),
    tool: cleanLabel(input.tool, 60),
    model: input.model ? cleanLabel(input.model, 80) : undefined,
    at: (input.at ?? new Date()).toISOString(),
    promptRef: input.promptRef ? cleanLabel(input.promptRef, 300) : undefined,
  };
  return appendChained(ledgerPath(top), entry);
}

export function readLedger(top: string) {
  return readChain<LedgerEntry>(ledgerPath(top));
}

/**
 * Where a recorded range is now: at the recorded position if its hash still matches, else the
 * nearest window of the same length with the same hash (the code moved). Undefined if the lines
 * were changed since, so an edited line is no longer claimed by the ledger.
 */
export function locateRange(lines: string[], start: number, end: number, hash: string): [number, number] | undefined {
  const len = end - start + 1;
  if (end <= lines.length && hashLines(lines, start, end) === hash) return [start, end];
  if (len > lines.length || lines.length > 50_000) return undefined;
  let best: [number, number] | undefined;
  for (let s = 1; s + len - 1 <= lines.length; s++) {
    if (hashLines(lines, s, s + len - 1) === hash && (!best || Math.abs(s - start) < Math.abs(best[0] - start))) best = [s, s + len - 1];
  }
  return best;
}
