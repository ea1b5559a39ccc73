export type Reviver = (this: any, key: string, value: any) => any
export type Replacer = ((this: any, key: string, value: any) => any) | (string | number)[]

export interface StringifyOptions {
  replacer?: Replacer
  space?: string | number
  quote?: '"' | "'"
}

export interface LayeredOptions {
  /** Base directory for relative file names. */
  cwd?: string
  /** Ignore files that do not exist instead of throwing. */
  optional?: boolean
}

export declare class RelaxJsonSyntaxError extends SyntaxError {
  lineNumber: number
  columnNumber: number
}

export declare function parse<T = any>(text: string, reviver?: Reviver | null): T
export declare function stringify(
  value: any,
  replacer?: Replacer | StringifyOptions | null,
  space?: string | number
): string
export declare function loadFile<T = any>(file: string, options?: LayeredOptions): T
export declare function loadLayered<T = any>(
  layers: Array<string | Record<string, unknown>>,
  options?: LayeredOptions
): T
export declare function merge<T extends object>(target: T, ...sources: object[]): T
