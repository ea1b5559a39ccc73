/**
 * The core detector. It knows nothing about providers: it finds keyword hits with one pass
 * over the lowercased text, runs only the rows whose keywords occur, on the lines (or, for
 * very long lines, the windows) around the hits, and keeps matches that pass the row's
 * entropy floor, allow-lists, structural check and the shared placeholder check.
 */
import type { SecretRule } from './rule-row.js';
import { shannonEntropy } from './entropy.js';
import { isHashLine, isPlaceholder } from './placeholder.js';
import { escapeRegex } from './rules/generate.js';

export interface Detection {
  rule: SecretRule;
  /** The secret itself. Callers must redact it before it leaves the analyzer. */
  secret: string;
  /** Offsets into the scanned text, [start, end). */
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Position of the row in the table (earlier rows win ties). */
  ruleIndex: number;
}

export interface DetectOptions {
  /** Extra allow-list: matching secret values are never reported (config `secrets.allowValues`). */
  allowValues?: RegExp[];
}

interface CompiledRow {
  rule: SecretRule;
  index: number;
  regex: RegExp;
}

/** Lines longer than this (minified bundles, data URIs) are scanned in windows around each hit. */
const LONG_LINE = 4096;
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 1536;
/** How far a multi-line secret (a PEM block) may reach from its first line. */
const MULTILINE_REACH = 16384;

export class SecretDetector {
  private readonly rows: CompiledRow[];
  private readonly keywordRegex: RegExp;
  /** keyword → rows that declared it. */
  private readonly rowsByKeyword = new Map<string, number[]>();
  /** first two characters → keywords starting with them (to find every keyword at a hit position). */
  private readonly keywordsByPrefix = new Map<string, string[]>();

  constructor(rules: SecretRule[], private readonly options: DetectOptions = {}) {
    this.rows = rules.map((rule, index) => {
      const flags = new Set([...rule.regex.flags, 'g', 'd']);
      return { rule, index, regex: new RegExp(rule.regex.source, [...flags].join('')) };
    });
    for (const row of this.rows) {
      for (const raw of row.rule.keywords) {
        const kw = raw.toLowerCase();
        if (kw.length < 2) throw new Error(`${row.rule.id}: keyword '${raw}' is shorter than 2 characters`);
        const list = this.rowsByKeyword.get(kw) ?? [];
        list.push(row.index);
        this.rowsByKeyword.set(kw, list);
      }
    }
    const keywords = [...this.rowsByKeyword.keys()].sort((a, b) => b.length - a.length);
    for (const kw of keywords) {
      const p = kw.slice(0, 2);
      const list = this.keywordsByPrefix.get(p) ?? [];
      list.push(kw);
      this.keywordsByPrefix.set(p, list);
    }
    this.keywordRegex = new RegExp(keywords.map(escapeRegex).join('|'), 'g');
  }

  detect(text: string): Detection[] {
    const lower = text.toLowerCase();
    const n = this.rows.length;
    const stamp = new Int32Array(n).fill(-1);
    const candidates: Detection[] = [];

    let lineNo = 0; // line number of curLineStart (0 until the first hit)
    let counted = 0; // offset up to which newlines have been counted
    let curLineStart = -1;
    let curLineEnd = -1;
    let segmentId = -1;
    let segStart = 0;
    let segEnd = 0;
    let pending: number[] = [];

    const flush = (): void => {
      for (const rowIndex of pending) this.runRow(this.rows[rowIndex]!, text, curLineStart, curLineEnd, segStart, segEnd, lineNo, candidates);
      pending = [];
    };

    const re = this.keywordRegex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      const p = m.index;
      if (p >= curLineEnd) {
        flush();
        curLineStart = text.lastIndexOf('\n', p) + 1;
        curLineEnd = text.indexOf('\n', p);
        if (curLineEnd < 0) curLineEnd = text.length;
        // Count the newlines between the last counted point and this line.
        let q = text.indexOf('\n', counted);
        while (q >= 0 && q < curLineStart) {
          lineNo++;
          q = text.indexOf('\n', q + 1);
        }
        counted = curLineStart;
        segmentId++;
        segStart = curLineStart;
        segEnd = curLineEnd;
      }
      if (curLineEnd - curLineStart > LONG_LINE && (p < segStart || p >= segEnd - 200 || segEnd === curLineEnd && segStart === curLineStart)) {
        // A very long line: a fresh window around this hit.
        flush();
        segmentId++;
        segStart = Math.max(curLineStart, p - WINDOW_BEFORE);
        segEnd = Math.min(curLineEnd, p + WINDOW_AFTER);
      }
      const bucket = this.keywordsByPrefix.get(lower.slice(p, p + 2));
      if (bucket) {
        for (const kw of bucket) {
          if (!lower.startsWith(kw, p)) continue;
          for (const rowIndex of this.rowsByKeyword.get(kw)!) {
            if (stamp[rowIndex] === segmentId) continue;
            stamp[rowIndex] = segmentId;
            pending.push(rowIndex);
          }
        }
      }
      re.lastIndex = p + 1;
    }
    flush();
    return pickBest(candidates);
  }

  private runRow(row: CompiledRow, text: string, lineStart: number, lineEnd: number, segStart: number, segEnd: number,
    lineNo: number, out: Detection[]): void {
    const rule = row.rule;
    const windowEnd = rule.multiline ? Math.min(text.length, segStart + MULTILINE_REACH) : segEnd;
    const window = text.slice(segStart, windowEnd);
    const lineText = text.slice(lineStart, lineEnd);
    if (isHashLine(lineText)) return;
    const re = row.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (rule.multiline && m.index >= segEnd - segStart) break; // must start on this line
      const found = secretOf(m, rule);
      if (!found) continue;
      const { secret, offset } = found;
      const groups = m.groups;
      if (rule.allowName && groups?.name && rule.allowName.test(groups.name)) continue;
      if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) continue;
      if (!rule.noPlaceholderCheck && isPlaceholder(secret)) continue;
      if (rule.allow?.some((a) => a.test(secret))) continue;
      if (this.options.allowValues?.some((a) => a.test(secret))) continue;
      if (rule.allowLine?.some((a) => a.test(lineText))) continue;
      if (rule.validate && !rule.validate(secret, groups)) continue;
      const start = segStart + offset;
      const end = start + secret.length;
      // Line and column of the start (always on this line) and of the end (PEM blocks span lines).
      let endLine = lineNo + 1;
      let endLineStart = lineStart;
      for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
        endLine++;
        endLineStart = i + 1;
      }
      out.push({
        rule, secret, start, end,
        line: lineNo + 1, column: start - lineStart + 1,
        endLine, endColumn: end - endLineStart + 1, ruleIndex: row.index,
      });
    }
  }
}

function secretOf(m: RegExpExecArray, rule: SecretRule): { secret: string; offset: number } | undefined {
  const indices = (m as RegExpExecArray & { indices?: RegExpIndicesArray }).indices;
  if (!indices) return undefined;
  for (const name of ['secret', 'secret2']) {
    const v = m.groups?.[name];
    const at = indices.groups?.[name];
    if (v !== undefined && at) return { secret: v, offset: at[0] };
  }
  const g = rule.secretGroup ?? (m.length > 1 && m[1] !== undefined ? 1 : 0);
  const v = m[g];
  const at = indices[g];
  if (v === undefined || !at) return undefined;
  return { secret: v, offset: at[0] };
}

/** One finding per secret: a provider row beats a generic row, an earlier row beats a later one. */
function pickBest(all: Detection[]): Detection[] {
  if (all.length <= 1) return all;
  const ranked = [...all].sort((a, b) =>
    Number(!!a.rule.generic) - Number(!!b.rule.generic) || a.ruleIndex - b.ruleIndex || a.start - b.start);
  const kept: Detection[] = [];
  for (const d of ranked) {
    if (kept.some((k) => d.start < k.end && k.start < d.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
