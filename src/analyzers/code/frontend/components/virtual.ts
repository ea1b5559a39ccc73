/**
 * Component files (Vue and Svelte single-file components, HTML pages with inline scripts) become
 * one virtual JS/TS module the ordinary engine analyses:
 * - the file's own text with everything outside its `<script>` blocks blanked (newlines kept), so
 *   every script offset, line and column is the file's own;
 * - then generated statements that evaluate each template expression that writes HTML or a URL,
 *   with the expression's text copied verbatim, so the expression's offsets map back to the
 *   template by a fixed shift per copied chunk.
 * Findings in generated code are located at the template expression they came from.
 */
import { LineIndex } from '../js/parse.js';

/** A template expression that writes raw HTML (`v-html`, `{@html}`) or a URL attribute. */
export interface TemplateSink {
  kind: 'html' | 'url';
  /** How findings name the sink: `v-html`, `{@html}`, `href binding`. */
  label: string;
  /** Framework whose template it is (`vue`, `svelte`). */
  framework: string;
}

interface Chunk {
  /** Offset in the virtual text. */
  at: number;
  /** Offset in the component file it was copied from. */
  from: number;
  length: number;
}

export interface VirtualModule {
  /** Text handed to the JS/TS parser. */
  text: string;
  /** Parser language for the script (`ts` when any block says `lang="ts"`). */
  lang: 'ts' | 'js';
  /** Generated template sinks by the start offset of their expression statement. */
  sinks: Map<number, TemplateSink>;
  /** Offsets of the virtual text; lines, columns and line text of the component file. */
  lines: LineIndex;
}

/** Blank everything but these ranges (newlines kept): offsets stay the file's own. */
export function keepRanges(text: string, ranges: [number, number][]): string {
  const out = text.replace(/[^\r\n]/g, ' ').split('');
  for (const [s, e] of ranges) for (let i = s; i < e; i++) out[i] = text[i]!;
  return out.join('');
}

/** Builds the generated part of a virtual module, remembering where copied text came from. */
export class VirtualBuilder {
  private out: string;
  private readonly chunks: Chunk[] = [];
  readonly sinks = new Map<number, TemplateSink>();

  constructor(readonly original: string, scriptsOnly: string) {
    // The generated code starts on a fresh line after the file's text.
    this.out = `${scriptsOnly}\n;\n`;
  }

  /** Generated code (not from the file). */
  code(s: string): this {
    this.out += s;
    return this;
  }

  /** Generated code that findings locate at this offset of the file (a zero-length chunk). */
  anchor(at: number): this {
    this.chunks.push({ at: this.out.length, from: at, length: 0 });
    return this;
  }

  /** The file's text at [start, end), copied verbatim. */
  copy(start: number, end: number): this {
    this.chunks.push({ at: this.out.length, from: start, length: end - start });
    this.out += this.original.slice(start, end);
    return this;
  }

  /** `(expr);` as a template sink statement. */
  sink(start: number, end: number, sink: TemplateSink): this {
    this.sinks.set(this.out.length, sink);
    this.out += '(';
    this.copy(start, end);
    this.out += ');\n';
    return this;
  }

  build(lang: 'ts' | 'js'): VirtualModule {
    return { text: this.out, lang, sinks: this.sinks, lines: new MappedLineIndex(this.out, new LineIndex(this.original), this.chunks) };
  }
}

/**
 * Lines and columns of virtual offsets, in the component file: offsets inside the file's own text
 * are its own; offsets in generated code map through the copied chunk they fall in (or the chunk
 * before them, for the generated glue around an expression).
 */
export class MappedLineIndex extends LineIndex {
  constructor(virtual: string, private readonly file: LineIndex, private readonly chunks: Chunk[]) {
    super(virtual);
  }

  private map(offset: number): number {
    if (offset <= this.file.text.length) return offset;
    let best: Chunk | undefined;
    for (const c of this.chunks) {
      if (c.at > offset) break;
      best = c;
    }
    if (!best) return this.file.text.length;
    return best.from + Math.min(offset - best.at, best.length);
  }

  override line(offset: number): number {
    return this.file.line(this.map(offset));
  }

  override column(offset: number): number {
    return this.file.column(this.map(offset));
  }

  override lineText(line: number): string {
    return this.file.lineText(line);
  }
}

/** `lang="ts"` / `lang='typescript'` on a script tag. */
export function isTsLang(lang: string | undefined): boolean {
  return !!lang && /^(ts|typescript)$/i.test(lang);
}
