import type { Pool, PoolClient } from 'pg';

export interface ResourceOptions {
  /** Table name, optionally schema-qualified (`app.orders`). */
  table: string;
  /** Columns callers may select, filter and sort on. */
  columns: string[];
  /** Primary key column. Default `id`. */
  key?: string;
  /** Columns returned when the caller asks for no `fields`. Default: all `columns`. */
  defaultFields?: string[];
  maxLimit?: number;
}

/** Query-string shaped input, e.g. `req.query`. */
export interface ListQuery {
  fields?: string | string[];
  sort?: string;
  limit?: string | number;
  offset?: string | number;
  filter?: Record<string, string | string[]>;
}

export interface KeysetQuery {
  fields?: string | string[];
  orderBy?: string;
  direction?: string;
  after?: string;
  limit?: string | number;
  filter?: Record<string, string | string[]>;
}

export interface Page<T> {
  rows: T[];
  total?: number;
  next?: string | null;
}

export declare class Resource<T = Record<string, unknown>> {
  constructor(db: Pool | PoolClient, options: ResourceOptions);
  list(query?: ListQuery): Promise<Page<T>>;
  keyset(query?: KeysetQuery): Promise<Page<T>>;
  findById(id: string | number, fields?: string | string[]): Promise<T | null>;
  count(filter?: Record<string, string | string[]>): Promise<number>;
}

export declare function quoteIdent(name: string): string;
export declare function resource<T = Record<string, unknown>>(db: Pool | PoolClient, options: ResourceOptions): Resource<T>;
