import type { Logger } from '../log.js';
import type { PackageRepository } from '../repository/package-repository.js';
import type { CommitSource } from './commit-source.js';
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js';
import type { RangeTrace } from './trace-range.js';
export interface PackageStoriesRequest {
    /** The app, to find its previous package; undefined: none is looked for. */
    app: string | undefined;
    /** The commit the package is built from (GITHUB_SHA or HEAD); null: no stories. */
    commit: string | null;
    /** Where the previous package is looked for; undefined: the package tags in the checkout. */
    repository: PackageRepository | undefined;
    /** The checkout, where `<app>-v*` tags are looked for when there is no repository. */
    tagDir?: string;
    sources: readonly CommitSource[];
    patterns: readonly StoryPattern[];
    /** Most commits read when there is no previous package (traceability.limit). */
    limit: number;
    links?: LinkContext;
    log: Logger;
}
/** The package a range of stories starts from. */
export interface PreviousPackage {
    /** For people: `hello 1.2.0.15`, or the tag `hello-v1.2.0.15`. */
    label: string;
    commit: string;
}
export interface PackageStories {
    /** Story IDs for the build manifest (and so the package record and its release notes). */
    stories: string[];
    /** The package the range starts from; null for the first package of the app. */
    previous: PreviousPackage | null;
    trace: RangeTrace | null;
}
/**
 * The stories a new package carries in its manifest: those of the commits since the previous
 * package published to the repository, or tagged `<app>-v*` in the checkout without one
 * (reachable from this build's commit and not from that package's). The first package reads the
 * whole history up to the limit. Never fails a build:
 * when the commits cannot be read, a warning says why and the manifest lists none.
 */
export declare function storiesSincePreviousPackage(request: PackageStoriesRequest): Promise<PackageStories>;
