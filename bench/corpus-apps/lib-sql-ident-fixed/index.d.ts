export type Dialect = 'mysql' | 'mariadb' | 'postgres' | 'pg';
export type Operator = '=' | '<>' | '!=' | '<' | '<=' | '>' | '>=' | 'like' | 'ilike' | 'in' | 'is' | 'is not';

export interface ClientOptions {
  dialect?: Dialect;
  pool: { query(sql: string, values?: unknown[]): Promise<any> };
  debug?: (sql: string) => void;
}

export declare class Query<Row = Record<string, unknown>> implements PromiseLike<Row[]> {
  select(...columns: Array<string | string[]>): this;
  where(conditions: Record<string, unknown>): this;
  where(column: string, value: unknown): this;
  where(column: string, op: Operator, value: unknown): this;
  orderBy(column: string, dir?: 'asc' | 'desc' | string): this;
  limit(n: number | string): this;
  offset(n: number | string): this;
  toSQL(): { sql: string; bindings: unknown[] };
  then<T1 = Row[], T2 = never>(onfulfilled?: ((value: Row[]) => T1 | PromiseLike<T1>) | null, onrejected?: ((reason: any) => T2 | PromiseLike<T2>) | null): PromiseLike<T1 | T2>;
}

export declare class Client {
  constructor(options: ClientOptions);
  table<Row = Record<string, unknown>>(name: string): Query<Row>;
  escapeId(identifier: string | string[]): string;
  run<Row = Record<string, unknown>>(query: Query<Row>): Promise<Row[]>;
  count(table: string, where?: Record<string, unknown>): Promise<number>;
}

export declare function createClient(options: ClientOptions): Client;
export declare function escapeId(identifier: string | string[], dialect?: Dialect): string;
export default createClient;
