import { type SourceCommit } from './commit-source.js';
/**
 * One record of `git log -z --format='%H %P%n%B'` from its bytes: `bytes[start, end)`. The
 * bytes must not change while the commit is in use.
 */
export declare function parseLogRecord(bytes: Buffer, start: number, end: number): SourceCommit;
