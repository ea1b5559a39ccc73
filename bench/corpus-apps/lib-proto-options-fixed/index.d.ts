export interface ParseOptions {
  keepCase?: boolean;
  alternateCommentMode?: boolean;
}

export interface LoadOptions extends ParseOptions {
  root?: Root;
  includeDirs?: string[];
}

export interface ParseResult {
  package?: string;
  imports?: string[];
  weakImports?: string[];
  syntax?: 'proto2' | 'proto3';
  root: Root;
}

export class ReflectionObject {
  name: string;
  options?: Record<string, unknown>;
  parsedOptions: Array<Record<string, unknown>> | null;
  parent: Namespace | null;
  readonly fullName: string;
  getOption(name: string): unknown;
  setOption(name: string, value: unknown, ifNotSet?: boolean): this;
  setParsedOption(name: string, value: unknown, propName?: string): this;
  setOptions(options: Record<string, unknown>, ifNotSet?: boolean): this;
}

export class Namespace extends ReflectionObject {
  constructor(name: string, options?: Record<string, unknown>);
  add(object: ReflectionObject): this;
  get(name: string): ReflectionObject | null;
  define(path: string): Namespace;
  lookup(path: string | string[]): ReflectionObject | null;
  readonly nestedArray: ReflectionObject[];
}

export class Field extends ReflectionObject {
  constructor(name: string, id: number, type: string, rule?: string, extend?: string, options?: Record<string, unknown>);
  id: number;
  type: string;
  repeated: boolean;
  required: boolean;
}

export class Type extends Namespace {
  fields: Record<string, Field>;
}

export class Enum extends ReflectionObject {
  constructor(name: string, values?: Record<string, number>, options?: Record<string, unknown>);
  values: Record<string, number>;
  valuesById: Record<number, string>;
  add(name: string, id: number): this;
}

export class Method extends ReflectionObject {
  requestType: string;
  responseType: string;
  requestStream: boolean;
  responseStream: boolean;
}

export class Service extends Namespace {
  methods: Record<string, Method>;
}

export class Root extends Namespace {
  constructor(options?: Record<string, unknown>);
  files: string[];
}

export function parse(source: string, root?: Root, options?: ParseOptions): ParseResult;
export function parse(source: string, options?: ParseOptions): ParseResult;
export function loadSync(filenames: string | string[], options?: LoadOptions): Root;
export function load(filenames: string | string[], options?: LoadOptions): Promise<Root>;
export function load(filenames: string | string[], callback: (err: Error | null, root?: Root) => void): void;
export function load(filenames: string | string[], options: LoadOptions, callback: (err: Error | null, root?: Root) => void): void;

export const util: {
  setProperty<T extends object>(dst: T, path: string, value: unknown): T;
  camelCase(str: string): string;
};
