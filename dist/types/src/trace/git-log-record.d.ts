import { type SourceCommit } from './commit-source.js';
/**
 * One record of `git log -z --format='%H %p%n%B'` from its bytes. Every string is decoded from
 * the bytes on its own, so what a caller keeps (SHA, subject) does not pin the whole output.
 */
export declare function parseLogRecord(bytes: Buffer, start: number, end: number): SourceCommit;
