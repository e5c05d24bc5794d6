import type { PackageRecord } from '../package-repository.js';
import type { LinkContext, StoryPattern } from '../../stories/story-patterns.js';
export interface NotesContext {
    /** The patterns story IDs are matched against to find their links. */
    patterns: readonly StoryPattern[];
    /** Server and repository for `{server}`/`{repository}` links, and commit links. */
    links: LinkContext;
}
/** The release of a package: `<app>-v<version>`. */
export declare function releaseTag(app: string, version: string): string;
/**
 * The notes of a package's release: its facts and stories as plain lists (untrusted text
 * escaped, stories linked where a pattern gives a link), then the record for `list` and `get`.
 */
export declare function releaseNotes(record: PackageRecord, context: NotesContext): string;
/**
 * The record kept in a release's notes, or undefined when the notes hold none (a release that
 * mxdeploy did not make). A block that is there but damaged is a ConfigurationError.
 */
export declare function recordFromNotes(body: string | null | undefined, tag: string): PackageRecord | undefined;
