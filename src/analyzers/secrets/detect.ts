/**
 * The core detector. It knows nothing about providers: one Aho–Corasick pass finds every
 * keyword; each row whose keyword occurs is tried right there (anchored rows, sticky regex) or
 * over the keyword's line (line rows); a match is kept when it passes the row's entropy floor,
 * allow-lists and structural check and the shared placeholder check.
 */
import type { SecretRule } from './rule-row.js';
import { shannonEntropy } from './entropy.js';
import { KeywordAutomaton } from './keywords.js';
import { isHashLine, isPlaceholder } from './placeholder.js';

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

/** What the detector may know about the text: its file kind (from the name), for `quotedOnlyIn`. */
export interface DetectContext {
  kind?: string;
}

export interface DetectOptions {
  /** Extra allow-list: matching secret values are never reported (config `secrets.allowValues`). */
  allowValues?: RegExp[];
}

interface CompiledRow {
  rule: SecretRule;
  index: number;
  regex: RegExp;
  /** The same pattern without `d`: most attempts fail, and failing is cheaper without match indices. */
  probe: RegExp;
  anchored: boolean;
}

/** Long lines (minified bundles, data URIs) are searched in a window around the keyword. */
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 2048;
/** How far a multi-line secret (a PEM block) may reach from its first line. */
const MULTILINE_REACH = 16384;
const IDENT = /[A-Za-z0-9_.\-]/;

interface Candidate { row: CompiledRow; start: number; end: number; secret: string }

export class SecretDetector {
  private readonly rows: CompiledRow[];
  private readonly automaton: KeywordAutomaton;
  /** keyword id → rows that declared it. */
  private readonly rowsByKeyword: CompiledRow[][];
  private kind: string | undefined;

  constructor(rules: SecretRule[], private readonly options: DetectOptions = {}) {
    this.rows = rules.map((rule, index) => {
      const anchored = (rule.scope ?? 'anchored') === 'anchored';
      const flags = new Set([...rule.regex.flags.replace(/[gy]/g, ''), 'd', anchored ? 'y' : 'g']);
      const regex = new RegExp(rule.regex.source, [...flags].join(''));
      return { rule, index, anchored, regex, probe: new RegExp(rule.regex.source, regex.flags.replace('d', '')) };
    });
    const ids = new Map<string, number>();
    const byKeyword: CompiledRow[][] = [];
    for (const row of this.rows) {
      for (const raw of row.rule.keywords) {
        if (raw.length < 2) throw new Error(`${row.rule.id}: keyword '${raw}' is shorter than 2 characters`);
        let id = ids.get(raw);
        if (id === undefined) { id = ids.size; ids.set(raw, id); byKeyword.push([]); }
        byKeyword[id]!.push(row);
      }
    }
    this.automaton = new KeywordAutomaton([...ids.keys()]);
    this.rowsByKeyword = byKeyword;
  }

  detect(text: string, context: DetectContext = {}): Detection[] {
    const found: Candidate[] = [];
    this.kind = context.kind;
    // Line rows run once per line (or window) however many keywords it holds.
    const lineDone = new Map<CompiledRow, number>();
    this.automaton.scan(text, (p, keywordId) => {
      for (const row of this.rowsByKeyword[keywordId]!) {
        if (row.anchored) {
          this.tryAnchored(row, text, p, found);
        } else {
          const lineStart = text.lastIndexOf('\n', p - 1) + 1;
          let lineEnd = text.indexOf('\n', p);
          if (lineEnd < 0) lineEnd = text.length;
          const from = Math.max(lineStart, p - WINDOW_BEFORE);
          if ((lineDone.get(row) ?? -1) > p) continue;
          const to = row.rule.multiline ? Math.min(text.length, from + MULTILINE_REACH) : Math.min(lineEnd, p + WINDOW_AFTER);
          lineDone.set(row, Math.min(lineEnd, p + WINDOW_AFTER) - 64);
          this.tryLine(row, text, from, to, Math.min(lineEnd, p + WINDOW_AFTER), found);
        }
      }
    });
    return this.finish(text, found);
  }

  private tryAnchored(row: CompiledRow, text: string, p: number, out: Candidate[]): void {
    const probe = row.probe;
    probe.lastIndex = p;
    if (!probe.test(text)) return;
    const re = row.regex;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) this.accept(row, m, 0, text, out);
  }

  private tryLine(row: CompiledRow, text: string, from: number, to: number, mustStartBefore: number, out: Candidate[]): void {
    const window = text.slice(from, to);
    const re = row.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (from + m.index >= mustStartBefore) break;
      this.accept(row, m, from, text, out);
    }
  }

  private accept(row: CompiledRow, m: RegExpExecArray, base: number, text: string, out: Candidate[]): void {
    const rule = row.rule;
    if (this.kind !== undefined && rule.skipKinds?.includes(this.kind)) return;
    const found = secretOf(m, rule);
    if (!found) return;
    const { secret, offset } = found;
    const groups = m.groups;
    if (groups?.secret2 !== undefined && this.kind !== undefined && rule.quotedOnlyIn?.includes(this.kind)) return;
    if (groups?.name !== undefined && (rule.nameCheck || rule.allowName)) {
      // The identifier the keyword sits in, e.g. `DB_PASSWORD` around a `pass` hit.
      let s = base + m.index;
      const limit = Math.max(0, s - 40);
      while (s > limit && IDENT.test(text[s - 1]!)) s--;
      const name = text.slice(s, base + m.index) + groups.name;
      if (rule.nameCheck && !rule.nameCheck.test(name)) return;
      if (rule.allowName && rule.allowName.test(name)) return;
      // A comma pairs a name with a value only as a call's first two arguments (`set("apiToken", "…")`);
      // in a list of strings (`["buildTokenFn", "halfAMinute"]`, source-map `names`) it pairs nothing.
      if (m[0].slice(groups.name.length, offset - m.index).includes(',') && !(/["']/.test(text[s - 1] ?? '') && /\(\s*$/.test(text.slice(Math.max(0, s - 20), s - 1)))) return;
    }
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return;
    if (!rule.noPlaceholderCheck && isPlaceholder(secret)) return;
    if (rule.allow?.some((a) => a.test(secret))) return;
    if (this.options.allowValues?.some((a) => a.test(secret))) return;
    if (rule.validate && !rule.validate(secret, groups)) return;
    const start = base + offset;
    out.push({ row, start, end: start + secret.length, secret });
  }

  /** Line filters, one finding per secret, then line and column numbers in one forward pass. */
  private finish(text: string, found: Candidate[]): Detection[] {
    if (found.length === 0) return [];
    const kept: Candidate[] = [];
    const ranked = [...found].sort((a, b) =>
      Number(!!a.row.rule.generic) - Number(!!b.row.rule.generic) || a.row.index - b.row.index || a.start - b.start);
    for (const c of ranked) {
      if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      let lineEnd = text.indexOf('\n', c.start);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 4096));
      if (isHashLine(line)) continue;
      if (c.row.rule.allowLine?.some((a) => a.test(line))) continue;
      kept.push(c);
    }
    kept.sort((a, b) => a.start - b.start);
    const out: Detection[] = [];
    let line = 1;
    let lineStart = 0;
    let pos = 0;
    const advance = (to: number): void => {
      for (let i = text.indexOf('\n', pos); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
      pos = Math.max(pos, to);
    };
    for (const c of kept) {
      advance(c.start);
      const startLine = line;
      const startColumn = c.start - lineStart + 1;
      // Count the newlines inside the secret without moving the shared cursor past later starts.
      let endLine = startLine;
      let endLineStart = lineStart;
      for (let i = text.indexOf('\n', c.start); i >= 0 && i < c.end; i = text.indexOf('\n', i + 1)) { endLine++; endLineStart = i + 1; }
      out.push({
        rule: c.row.rule, secret: c.secret, start: c.start, end: c.end, ruleIndex: c.row.index,
        line: startLine, column: startColumn, endLine, endColumn: c.end - endLineStart + 1,
      });
    }
    return out;
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
