import type { PackageRecord } from './package-repository.js';
/**
 * A stored package record (record.json, a release's notes) checked field by field: a record that
 * lies about its shape is refused. `where` names it in messages ("artifact x: record.json").
 */
export declare function checkRecord(value: unknown, where: string): PackageRecord;
