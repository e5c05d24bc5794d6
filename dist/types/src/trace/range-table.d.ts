import type { TracedCommit, TracedStory } from './trace-range.js';
/** See `RangeTable.texts`: commit `c`'s SHA is `shas[shaAt[c], shaAt[c + 1])`. */
export interface CommitTexts {
    /** The bytes as DataViews, for `copyWords`. */
    shas: DataView;
    shaAt: Int32Array;
    subjects: DataView;
    subjectAt: Int32Array;
}
/**
 * The commits and stories of a traced range held column by column: numbers in typed arrays, SHAs
 * and subjects as bytes, and each story's commits as a chain of indexes, with no object per
 * commit or per story. A range of 100,000 commits held as objects spent more time in garbage
 * collection than in reading git's output; the objects are built only when a reader asks for
 * them, and `trace --json` copies SHAs and subjects to its output as bytes.
 */
export declare class RangeTable {
    private readonly shaBytes;
    private readonly subjectBytes;
    private readonly shaAt;
    private readonly subjectAt;
    private readonly flags;
    private readonly firstLink;
    private readonly linkStory;
    private readonly linkCommit;
    private readonly nextLink;
    private readonly storyFirst;
    private readonly storyLast;
    private readonly storyIds;
    private readonly trackers;
    private readonly urls;
    private readonly storyIndex;
    private idBytes;
    private source;
    private sourceWords;
    constructor();
    /** Number of commits. */
    get commitCount(): number;
    /** Number of stories. */
    get storyCount(): number;
    /** Adds a commit (after the stories of the previous one): its index. */
    addCommit(sha: string, subject: string, merge: boolean): number;
    /**
     * Adds a commit whose SHA and subject are the UTF-8 bytes `bytes[sha, shaEnd)` and
     * `bytes[subject, subjectEnd)`, as read from git: its index. The bytes are copied.
     */
    addCommitBytes(bytes: Uint8Array, sha: number, shaEnd: number, subject: number, subjectEnd: number, merge: boolean): number;
    private added;
    /**
     * Records that the newest commit names story `id` (once per commit). The first commit to name
     * a story gives its tracker; its link comes from the first that has one. IDs are told apart
     * as UTF-8 (a lone surrogate, which text read as UTF-8 never holds, is U+FFFD there).
     */
    addStory(id: string, tracker: string, url: string | null): void;
    /**
     * Records that the newest commit names the story whose ID is the UTF-8 bytes
     * `bytes[from, to)` (once per commit): the story's number. A new story takes `tracker`, no
     * link (see `setUrl`), and `id` as its ID's text, else the bytes decoded.
     */
    addStoryBytes(bytes: Buffer, from: number, to: number, tracker: string, id?: string): number;
    /** Gives a story that has no link yet its link. */
    setUrl(story: number, url: string): void;
    sha(commit: number): string;
    subject(commit: number): string;
    /** Whether the subject is printable ASCII with nothing JSON escapes: its bytes are its JSON. */
    plainSubject(commit: number): boolean;
    /**
     * The SHAs and subjects as bytes, and where each commit's start (one more entry than commits),
     * for writers of huge documents that copy them (trace --json) without a call per piece.
     * Views of the table: valid until it changes.
     */
    texts(): CommitTexts;
    merge(commit: number): boolean;
    /** Whether the commit names any story. */
    hasStory(commit: number): boolean;
    storyId(story: number): string;
    tracker(story: number): string;
    url(story: number): string | null;
    /** The first link of a story: with `next` and `commitOf`, its commits newest first. */
    firstLinkOf(story: number): number;
    /** The link after `link` of the same story, -1 after its last. */
    next(link: number): number;
    /** The commit of a link. */
    commitOf(link: number): number;
    /** The commits as objects, newest first. */
    commits(): TracedCommit[];
    /** The stories as objects, in order of first mention, each with its commits' SHAs. */
    stories(): TracedStory[];
    /** A table of commits and stories given as objects (a trace made without one). */
    static of(commits: readonly TracedCommit[], stories: readonly TracedStory[]): RangeTable;
}
