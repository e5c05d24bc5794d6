import type { Logger } from '../../log.js';
import type { PackageRecord } from '../../repository/package-repository.js';
/**
 * Refuses, before anything is done, a package repository the cluster cannot download from:
 * the operator takes no credentials in the resource.
 */
export declare function refuseUnreadableRepository(repository: string, environment: string): void;
/**
 * The URL the operator downloads the package from: an OCI repository's blob of the MDA (its
 * digest is the MDA's SHA-256), or a GitHub release asset's download URL.
 */
export declare function sourceUrlFor(repository: string, pkg: PackageRecord, env: NodeJS.ProcessEnv, environment: string): string;
export interface ReadCheck {
    fetch?: typeof fetch;
    timeoutMs?: number;
}
/**
 * Asks for the package's first byte as the operator would, without credentials. An answer that
 * needs authentication (401, 403, 404 for a private repository) is refused before anything is
 * applied; a URL this machine cannot reach at all is only warned about, since the cluster's
 * network may reach it.
 */
export declare function checkAnonymousRead(url: string, environment: string, log: Logger, options?: ReadCheck): Promise<void>;
