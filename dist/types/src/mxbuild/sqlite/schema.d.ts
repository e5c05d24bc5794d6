import type { SqliteDatabase } from './database.js';
/** A table as sqlite_schema describes it, with its columns in record order. */
export interface TableInfo {
    name: string;
    rootPage: number;
    sql: string;
    columns: string[];
    withoutRowid: boolean;
}
/** Finds a table by name (SQLite compares names case-insensitively) in sqlite_schema. */
export declare function findTable(db: SqliteDatabase, name: string): Promise<TableInfo | undefined>;
/**
 * The column names of a CREATE TABLE statement in declaration order (the order of values in each
 * record), and whether it is a WITHOUT ROWID table.
 */
export declare function parseCreateTable(sql: string): {
    columns: string[];
    withoutRowid: boolean;
};
