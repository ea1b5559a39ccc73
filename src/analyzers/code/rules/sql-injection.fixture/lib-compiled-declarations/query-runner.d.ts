/**
 * The runner's public API; loading table metadata is left to subclasses ({@link QueryRunner.loadTables}).
 */
export declare class QueryRunner {
    private readonly driver;
    constructor(driver: unknown);
    query(sql: string, params?: unknown[]): Promise<unknown[]>;
    getTables(tableNames?: string[]): Promise<unknown[]>;
    renameTable(oldName: string, newName: string): Promise<void>;
    /**
     * Loads the given tables' metadata.
     */
    protected loadTables(tableNames?: string[]): Promise<unknown[]>;
    protected hasEnumType(table: {
        name: string;
    }, column: {
        name: string;
    }): Promise<boolean>;
}
