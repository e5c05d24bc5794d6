import { SqliteDatabase } from './sqlite/database.js';
/** What a .mpr says about itself, without MxBuild. */
export interface MprFacts {
    /** The Mendix version that last saved it: the MxBuild and runtime it needs. */
    mendixVersion: string;
    /**
     * 1: every unit's contents in the `Unit` table; 2 (Mendix 10 and later): the units in an
     * `mprcontents/` folder beside the .mpr. Files without a `_FormatVersion` column are format 1.
     */
    formatVersion: number;
}
/**
 * The Mendix version a .mpr was last saved with (`SELECT _ProductVersion FROM _MetaData`), read
 * from its SQLite pages directly: no native module, the same on every Node version.
 */
export declare function readMprVersion(path: string): Promise<string>;
/** The Mendix version and file format of a .mpr, from its `_MetaData` row. */
export declare function readMprFacts(path: string): Promise<MprFacts>;
/** The version in an open .mpr's _MetaData table; `path` names it in messages. */
export declare function productVersion(db: SqliteDatabase, path: string): Promise<string>;
