/** One commit of a range, as a source reads it. */
export interface SourceCommit {
    /** Full hexadecimal object name. */
    sha: string;
    /** The whole commit message (untrusted text). */
    message: string;
    /** Its first paragraph on one line, as `git log --format=%s` (see `commitSubject`). */
    subject: string;
    /** Number of parents: 0 for a root commit, 2 or more for a merge. */
    parents: number;
    /** Where the SHA and subject lie in the bytes the commit was read from, when it was. */
    bytes?: CommitBytes;
}
/**
 * The UTF-8 bytes a commit was read from and where its SHA, subject and message lie in them, for
 * readers that keep or scan bytes rather than strings (a trace's table). `subject` is -1 when
 * the subject is not one piece of the bytes (a first paragraph of several lines, which the
 * subject joins).
 */
export interface CommitBytes {
    bytes: Buffer;
    sha: number;
    shaEnd: number;
    subject: number;
    subjectEnd: number;
    /** `message` is `bytes[messageStart, messageEnd)` decoded. */
    messageStart: number;
    messageEnd: number;
}
/** Which commits to read: those reachable from `to` and not from `from`. */
export interface RangeRequest {
    /** Revision of the last deployment; undefined for a first deployment. */
    from: string | undefined;
    to: string;
    /** Most commits read when `from` is undefined; a range with `from` is read whole. */
    limit: number;
}
/** A range that was read completely (or, without `from`, up to the limit). */
export interface RangeComplete {
    status: 'complete';
    /** Commit names the revisions resolved to; `from` null for a first deployment. */
    from: string | null;
    to: string;
    count: number;
    /** True when a first deployment stopped at the limit before the root of the history. */
    truncated: boolean;
}
/**
 * The source does not hold the history the range needs (a shallow clone, a commit it never
 * fetched). Another source (GitHub's compare API) may: the caller can fall back to it.
 */
export interface RangeHistoryMissing {
    status: 'history-missing';
    /** `no-repository`: not a git checkout at all; `unavailable`: the source could not be asked. */
    reason: 'shallow' | 'revision-missing' | 'no-repository' | 'unavailable';
    /** The revision that is missing, for `revision-missing`. */
    revision?: string;
    /** What happened and how to fix it, for people. */
    message: string;
}
export type RangeOutcome = RangeComplete | RangeHistoryMissing;
/**
 * Where commit ranges come from: local git (`GitCommitSource`) or GitHub's compare API. Commits
 * are passed to `visit` as they are read, newest first, so a huge range is never held whole.
 * A revision that does not exist is a ConfigurationError; missing history is an outcome.
 */
export interface CommitSource {
    /** For messages: "git", "GitHub compare API". */
    readonly name: string;
    read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome>;
    /**
     * Whether commit `ancestor` is reachable from `descendant` (or is it); undefined when the
     * source does not hold one of them.
     */
    contains(ancestor: string, descendant: string): Promise<boolean | undefined>;
}
/**
 * The subject of a commit message as `git log --format=%s` gives it: the first paragraph (blank
 * lines before it skipped), its lines joined by spaces, trailing blanks removed.
 */
export declare function commitSubject(message: string): string;
