export type Query = Record<string, unknown>;
export type Tester<T = unknown> = (doc: T, index?: number, list?: T[]) => boolean;
export type OperationFactory = (params: unknown, ownerQuery: Query, options: Options, name: string) => (value: unknown, doc: unknown) => boolean;

export interface Options {
  /** Extra or overriding operators, keyed by name with the `$`. */
  operations?: Record<string, OperationFactory>;
  /** Compare two values for `$eq` / `$in`; default compares dates by time and everything else with `===`. */
  compare?: (a: unknown, b: unknown) => boolean;
}

export declare function createFilter<T = unknown>(query: Query, options?: Options): Tester<T>;
export declare function filter<T = unknown>(list: T[], query: Query, options?: Options): T[];
export declare function findOne<T = unknown>(list: T[], query: Query, options?: Options): T | undefined;
export declare function escapeRegExp(text: string): string;
export default createFilter;
