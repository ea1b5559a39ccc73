export interface ParseOptions {
  /** keep integers larger than 2^53 as BigInt (default false) */
  bigint?: boolean;
}
export function parse(source: string, options?: ParseOptions): Record<string, unknown>;
export class TomlError extends Error {
  line: number;
  column: number;
}
