export interface HelperOptions {
  name: string;
  hash: Record<string, unknown>;
  data: Record<string, unknown>;
  fn(context?: unknown, options?: { data?: Record<string, unknown> }): string;
  inverse(context?: unknown, options?: { data?: Record<string, unknown> }): string;
  lookupProperty(parent: unknown, name: string): unknown;
}

export type HelperDelegate = (this: unknown, ...args: any[]) => unknown;

export interface EnvironmentOptions {
  /** Throw on missing paths instead of rendering an empty string. */
  strict?: boolean;
  /** Cache parsed templates by source (default true). */
  cache?: boolean;
  /** Inherited (prototype) properties templates may read, e.g. `{ fullName: true }` for a getter. */
  allowedProtoProperties?: Record<string, boolean>;
}

export interface RuntimeOptions {
  data?: Record<string, unknown>;
  helpers?: Record<string, HelperDelegate>;
  partials?: Record<string, string>;
}

export type TemplateDelegate<T = any> = (context: T, options?: RuntimeOptions) => string;

export declare class SafeString {
  constructor(string: string);
  toString(): string;
  toHTML(): string;
}

export declare class TemplateError extends Error {
  offset?: number;
}

export declare class Environment {
  constructor(options?: EnvironmentOptions);
  registerHelper(name: string, fn: HelperDelegate): void;
  registerHelper(helpers: Record<string, HelperDelegate>): void;
  unregisterHelper(name: string): void;
  registerPartial(name: string, source: string): void;
  registerPartial(partials: Record<string, string>): void;
  unregisterPartial(name: string): void;
  compile<T = any>(source: string, options?: EnvironmentOptions): TemplateDelegate<T>;
  render(source: string, context: unknown, options?: RuntimeOptions): string;
}

declare const stashbars: Environment & {
  create(options?: EnvironmentOptions): Environment;
  parse(source: string): unknown;
  Environment: typeof Environment;
  SafeString: typeof SafeString;
  TemplateError: typeof TemplateError;
  escapeExpression(value: unknown): string;
  VERSION: string;
};

export default stashbars;
