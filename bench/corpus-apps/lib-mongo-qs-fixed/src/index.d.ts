import type { Collection, Document, Filter, Sort } from 'mongodb';
export interface UrlFilterOptions {
  allowFields?: string[];
  defaultLimit?: number;
  maxLimit?: number;
  filterParam?: string;
  reserved?: string[];
}
export interface ParsedQuery {
  filter: Filter<Document>;
  sort?: Sort;
  projection?: Record<string, 0 | 1>;
  limit: number;
  skip: number;
}
export declare function parseQuery(query: Record<string, unknown> | string | URLSearchParams, options?: UrlFilterOptions): ParsedQuery;
export declare function find<T extends Document>(collection: Collection<T>, query: Record<string, unknown> | string | URLSearchParams, options?: UrlFilterOptions): Promise<T[]>;
export declare function sanitizeFilter(filter: unknown, options?: Pick<UrlFilterOptions, 'allowFields'>): Filter<Document>;
