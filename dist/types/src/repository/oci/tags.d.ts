import { type RegistryClient } from './registry-client.js';
/** Tags asked for per page; registries may give fewer, or ignore it and give all. */
export declare const DEFAULT_PAGE_SIZE = 100;
/** The `rel="next"` target of a Link header (RFC 8288), if any. */
export declare function nextLink(header: string | undefined): string | undefined;
/**
 * Every tag of the repository (distribution-spec "Listing Tags"), following `Link: <…>;
 * rel="next"` pages. A repository that does not exist yet has no tags.
 */
export declare function listTags(client: RegistryClient, pageSize?: number): Promise<string[]>;
