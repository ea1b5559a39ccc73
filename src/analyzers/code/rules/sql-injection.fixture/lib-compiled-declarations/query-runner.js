"use strict";
// Compiled output of a TypeScript package: `protected` is gone from the JavaScript and kept in
// query-runner.d.ts beside it, so only the public methods' parameters are the package's API.
Object.defineProperty(exports, "__esModule", { value: true });
exports.QueryRunner = void 0;
class QueryRunner {
    constructor(driver) {
        this.driver = driver;
    }
    async query(sql, params) {
        return this.driver.pool.query(sql, params);
    }
    async getTables(tableNames) {
        return this.loadTables(tableNames);
    }
    async renameTable(oldName, newName) {
        // ruleid: js/sql-injection
        await this.driver.pool.query(`ALTER TABLE "${oldName}" RENAME TO "${newName}"`);
    }
    async loadTables(tableNames) {
        const condition = tableNames.map((name) => `"table_name" = '${name}'`).join(" OR ");
        // ok: js/sql-injection
        return this.driver.pool.query(`SELECT * FROM "information_schema"."tables" WHERE ${condition}`);
    }
    async hasEnumType(table, column) {
        // ok: js/sql-injection
        const result = await this.driver.pool.query(`SELECT 1 FROM "pg_type" WHERE "typname" = '${table.name}_${column.name}_enum'`);
        return result.length > 0;
    }
}
exports.QueryRunner = QueryRunner;
