/**
 * Untrusted text (commit messages, story IDs, names) made safe for logs and for GitHub-flavoured
 * markdown: no HTML, no markdown structure, no @mentions, issue references or autolinks.
 */
/** Cuts text to at most `max` characters (code points), ending in "…" when cut. */
export declare function truncate(text: string, max: number): string;
/** One line of plain text: controls removed, line breaks and tabs as spaces, at most `max` characters. */
export declare function plainText(text: string, max?: number): string;
/**
 * Untrusted text for a log line (plainText) that a runner cannot read as a workflow command:
 * `::` at the start of the line and the older `##[command]` form anywhere get a zero-width space.
 */
export declare function logText(text: string, max?: number): string;
/**
 * Untrusted text as one line of markdown that renders as exactly that text, also inside a table
 * cell: nothing in it can format, link, embed HTML, mention (`@user`) or reference (`#123`).
 */
export declare function markdownText(text: string, max?: number): string;
/** A URL that is safe in a markdown link target: http(s) only, with no blanks, quotes or brackets. */
export declare function safeUrl(url: string | null | undefined): string | undefined;
/** A markdown link whose text is escaped; plain escaped text when the URL is not safe. */
export declare function markdownLink(text: string, url: string | null | undefined, max?: number): string;
