/**
 * The default story patterns matched on a message's UTF-8 bytes, by hand, as their regexes in
 * story-patterns.ts match its text. Every character the regexes test is ASCII, and a byte of a
 * multi-byte character is never ASCII, so a test on a byte gives what the test on its
 * character gives. What differs is spelled out where it is handled: JavaScript's line
 * terminators and `\s` include characters of several bytes.
 * test/stories/builtin-story-scanner.test.ts checks the matchers against the regexes on
 * generated messages.
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
 * Finds the matches of the default patterns in the message `bytes[start, end)` (`view` is a
 * DataView of the memory of `bytes`, in which they start at `offset`). Each pattern is looked
 * for from the byte every match of it holds: a Jira key's dash, an issue's #, a trailer's
 * colon. Those bytes are rare in text, so the message is read four bytes at a time for them,
 * and only the words that hold one are looked at byte by byte.
 */
export declare function matchStories(bytes: Uint8Array, view: DataView, offset: number, start: number, end: number, sinks: MatchSinks): void;
