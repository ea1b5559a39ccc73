/**
 * Types of oxc-parser's exported `src-js/bindings` and `src-js/wrap` subpaths (the package ships
 * types for its main entry only). parse.ts calls the native binding directly so that only the
 * fields it reads are converted to JS values (see parse.ts).
 */
declare module 'oxc-parser/src-js/bindings' {
  import type { OxcError, ParserOptions } from 'oxc-parser';
  /** Native parse result: each getter converts (and takes) its field on first read. */
  export interface NativeParseResult {
    /** The AST as oxc's JSON (with `fixes` for BigInt/RegExp literals): see `jsonParseAst`. */
    readonly program: string;
    readonly errors: OxcError[];
  }
  export function parseSync(filename: string, sourceText: string, options?: ParserOptions): NativeParseResult;
}

declare module 'oxc-parser/src-js/wrap' {
  /** JSON text of `program` → the ESTree object, BigInt and RegExp literal values restored. */
  export function jsonParseAst(programJson: string): import('oxc-parser').Program;
}
