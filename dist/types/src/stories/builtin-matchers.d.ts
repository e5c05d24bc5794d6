/**
 * The default story patterns matched on a message's UTF-8 bytes, by hand, as their regexes in
 * story-patterns.ts match its text. Every character the regexes test is ASCII, and a byte of a
 * multi-byte character is never ASCII, so a test on a byte gives what the test on its
 * character gives. What differs is spelled out where it is handled: JavaScript's line
 * terminators and `\s` include characters of several bytes. test/stories/builtin-story-scanner.test.ts
 * checks each matcher against its regex on generated messages.
 */
/**
 * Receives a match: where it starts, the ID's bytes `[from, to)`, and where its `#` lies (-1
 * when it has none).
 */
export type MatchSink = (at: number, from: number, to: number, hash: number) => void;
/** Receives the matches of each default pattern; a pattern not in use has none. */
export interface MatchSinks {
    jira?: MatchSink | undefined;
    azure?: MatchSink | undefined;
    github?: MatchSink | undefined;
    trailer?: MatchSink | undefined;
}
/**
 * Finds the matches of the default patterns in the message `bytes[start, end)`, in one pass
 * over its bytes: each pattern is looked for from the byte every match of it holds.
 */
export declare function matchStories(bytes: Uint8Array, start: number, end: number, sinks: MatchSinks): void;
