import { type LinkContext, type StoryPattern } from './story-patterns.js';
/** One story ID found in commit text. */
export interface StoryRef {
    /** The ID exactly as written: ABC-123, AB#45, #7, owner/repo#7, 123. */
    id: string;
    /** Name of the pattern that found it first. */
    tracker: string;
    /** Its link, when a pattern that found it has a url template. */
    url: string | null;
}
/** Receives each story of a message once: its ID, the pattern that found it, its link or null. */
export type StoryVisitor = (id: string, tracker: string, url: string | null) => void;
/**
 * Every story ID of one commit message, in the order they appear, each once, passed to `visit`
 * (no result array: this runs for every commit of a range). When two patterns find the same ID
 * the first keeps it, and it takes a link from a later one if it had none. Returns the count.
 */
export declare function scanStories(message: string, patterns: readonly StoryPattern[], context: LinkContext, visit: StoryVisitor): number;
/** The stories of one commit message as a list (see `scanStories`). */
export declare function extractStories(message: string, patterns: readonly StoryPattern[], context?: LinkContext): StoryRef[];
