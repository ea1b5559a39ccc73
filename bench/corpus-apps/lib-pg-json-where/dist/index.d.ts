import type { Pool, PoolClient } from "pg";
export type Scalar = string | number | boolean | null | Date;
export type Condition = Scalar | Scalar[] | {
    $eq?: Scalar; $ne?: Scalar; $gt?: Scalar; $gte?: Scalar; $lt?: Scalar; $lte?: Scalar;
    $in?: Scalar[]; $like?: string; $ilike?: string; $null?: boolean;
};
export type Where = Record<string, Condition>;
export interface TableOptions { columns?: string[]; jsonColumns?: string[]; primaryKey?: string; }
export interface FindOptions { orderBy?: string | string[]; limit?: number; offset?: number; }
export declare class Table<Row = Record<string, unknown>> {
    constructor(db: Pool | PoolClient, name: string, options?: TableOptions);
    find(where?: Where, options?: FindOptions): Promise<Row[]>;
    findOne(where?: Where): Promise<Row | null>;
    findById(id: unknown): Promise<Row | null>;
    count(where?: Where): Promise<number>;
}
export declare function compileWhere(where: Where, options?: TableOptions, startAt?: number): { text: string; values: unknown[] };
export declare function quoteIdent(name: string): string;
