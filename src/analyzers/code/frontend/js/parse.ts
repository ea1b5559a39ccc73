import { createRequire } from 'node:module';
import type { ParserOptions } from 'oxc-parser';
import type * as OxcBindings from 'oxc-parser/src-js/bindings';
import type * as OxcWrap from 'oxc-parser/src-js/wrap';
import type { Node } from './ast.js';
import { TransferBufferUnavailable, parseRaw, rawTransferAvailable } from './raw-transfer.js';

const requireOxc = createRequire(import.meta.url);
/**
 * oxc's native binding and JSON reader, loaded at the first parse: a thread that parses nothing (the
 * main thread of a scan whose workers parse) does not load the parser.
 */
let oxcJson: { parseNative: typeof OxcBindings.parseSync; jsonParseAst: typeof OxcWrap.jsonParseAst } | undefined;
function jsonParser(): NonNullable<typeof oxcJson> {
  oxcJson ??= {
    parseNative: (requireOxc('oxc-parser/src-js/bindings') as typeof OxcBindings).parseSync,
    jsonParseAst: (requireOxc('oxc-parser/src-js/wrap') as typeof OxcWrap).jsonParseAst,
  };
  return oxcJson;
}

/**
 * Loads the native parser now. For a caller about to parse under a watchdog (assist/bounded.ts):
 * V8 stopping a thread while it loads a native addon is a fatal error, not a catchable one.
 */
export function loadParser(): void {
  if (!rawTransferAvailable()) jsonParser();
}

export interface ParsedJs {
  program: Node;
  /** First parse error, if the file is not valid JS/TS. */
  error?: { message: string; line: number };
  lineIndex: LineIndex;
}

/** Offsets → 1-based line/column. Built once per file. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1;
  }
  lineText(line: number): string {
    const s = this.starts[line - 1] ?? 0;
    const e = this.starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1).replace(/\r$/, '');
  }
}

/** Brackets nest this deep only in generated or hostile files; past it we refuse to parse. */
export const MAX_NESTING = 20_000;

/** Cheap upper bound of bracket nesting (strings and comments are not excluded: it only guards). */
export function maxBracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
    }
  }
  return max;
}

function langOf(path: string): 'js' | 'jsx' | 'ts' | 'tsx' {
  if (/\.(tsx)$/i.test(path)) return 'tsx';
  if (/\.(ts|mts|cts)$/i.test(path)) return 'ts';
  // .js files often hold JSX (React projects); the JSX grammar is a superset for our purposes.
  return 'jsx';
}

export class NestingTooDeepError extends Error {}

/** Raw transfer (raw-transfer.ts) unless the platform lacks it; VOUCH_RAW_TRANSFER=0 turns it off (to compare). */
let rawTransfer: boolean | undefined;

/**
 * oxc's parse result, reading only what we use. Without raw transfer the package's `parseSync`
 * converts every field to JS values up front, including the module record and comments, which
 * nothing here reads (about a third of parse time on many small modules), so the native binding is
 * called directly and unread fields are freed with the result.
 */
function parseSync(path: string, text: string, options: ParserOptions): { errors: { message: string; labels?: { start: number }[] }[]; program: () => Node } {
  rawTransfer ??= process.env.VOUCH_RAW_TRANSFER !== '0' && rawTransferAvailable();
  if (rawTransfer) {
    try {
      const raw = parseRaw(path, text, options);
      if (raw) return { errors: raw.errors, program: () => raw.program };
    } catch (err) {
      // Syntax errors come back in `errors`. The buffer's 6 GiB of address space refused (a memory
      // limit): JSON from here on; anything else: JSON for this file.
      if (err instanceof TransferBufferUnavailable) rawTransfer = false;
    }
  }
  const { parseNative, jsonParseAst } = jsonParser();
  const result = parseNative(path, text, options);
  return { errors: result.errors, program: () => jsonParseAst(result.program) as unknown as Node };
}

/**
 * `lang` overrides the language the path implies (component scripts); `lines` replaces the line
 * index (a component's virtual module locates its offsets in the component file).
 */
export function parseJs(path: string, text: string, lang?: 'js' | 'ts', lines?: LineIndex): ParsedJs {
  const depth = maxBracketDepth(text);
  if (depth > MAX_NESTING) throw new NestingTooDeepError(`nesting too deep (${depth} levels; limit ${MAX_NESTING})`);
  const lineIndex = lines ?? new LineIndex(text);
  // astType 'ts' for every file: one node shape per type whatever the language (walks rely on it).
  let language = lang ?? langOf(path);
  let result = parseSync(path, text, { lang: language, sourceType: 'unambiguous', astType: 'ts' });
  if (result.errors.length > 0 && language === 'jsx') {
    // Plain JS with `<` comparisons that JSX mode rejects: retry as JS.
    const retry = parseSync(path, text, { lang: 'js', sourceType: 'unambiguous', astType: 'ts' });
    if (retry.errors.length < result.errors.length) [result, language] = [retry, 'js'];
  }
  if (result.errors.length > 0 && !/\.m[jt]s$/i.test(path)) {
    // CommonJS runs inside a function wrapper, so a top-level `return` (an early exit in a bin
    // script) is valid there; ES modules (.mjs/.mts) never allow it.
    const retry = parseSync(path, text, { lang: language, sourceType: 'commonjs', astType: 'ts' });
    if (retry.errors.length < result.errors.length) result = retry;
  }
  const first = result.errors[0];
  const error = first
    ? { message: first.message, line: first.labels?.[0] ? lineIndex.line(first.labels[0].start) : 1 }
    : undefined;
  return { program: result.program(), error, lineIndex };
}
