/**
 * Types of oxc-parser's exported `src-js/bindings`, `src-js/wrap` and `src-js/generated/*`
 * subpaths (the package ships types for its main entry only). parse.ts calls the native binding
 * directly so that only the fields it reads are converted to JS values, and raw-transfer.ts drives
 * the binding's raw transfer itself (see there).
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
  /** 64-bit little-endian platform (the runtime's own limits are the caller's to check). */
  export function rawTransferSupported(): boolean;
  /** Bytes from the start of `buffer` to the next 4 GiB boundary of memory. */
  export function getBufferOffset(buffer: Uint8Array): number;
  /** Parse the UTF-8 source at `sourceStart` of the block and write the AST into the block. */
  export function parseRawSync(filename: string, block: Uint8Array, sourceStart: number, sourceByteLen: number, options?: ParserOptions): void;
}

declare module 'oxc-parser/src-js/wrap' {
  /** JSON text of `program` → the ESTree object, BigInt and RegExp literal values restored. */
  export function jsonParseAst(programJson: string): import('oxc-parser').Program;
}

declare module 'oxc-parser/src-js/generated/constants' {
  export const BLOCK_SIZE: number;
  export const BLOCK_ALIGN: number;
  export const BUFFER_SIZE: number;
  export const ACTIVE_SIZE: number;
  export const IS_TS_FLAG_POS: number;
}

/** The deserializer of TypeScript-shaped trees: the AST a raw parse wrote into the buffer, as ESTree objects. */
declare module 'oxc-parser/src-js/generated/deserialize/ts' {
  export function deserialize(
    buffer: Uint8Array & { int32: Int32Array; float64: Float64Array },
    sourceText: string,
    sourceStart: number,
    sourceByteLen: number,
  ): { program: import('oxc-parser').Program; errors: import('oxc-parser').OxcError[] };
}
