import type { Artifact } from '@actions/artifact';
import type { ArtifactLibrary } from './artifact-client.js';
/** Runs the artifact client with the job's environment, turning failures into clear errors. */
export type ClientRunner = <T>(doing: string, work: (lib: ArtifactLibrary) => Promise<T>) => Promise<T>;
/**
 * Artifact zips, each downloaded once per process into a temp folder (under RUNNER_TEMP on a
 * runner) that is removed when the process exits, and checked against the digest the artifact
 * service recorded when the artifact was finalized.
 */
export declare class ArtifactDownloads {
    private readonly parent;
    private readonly client;
    private readonly zips;
    private root;
    constructor(parent: string | undefined, client: ClientRunner);
    private folder;
    /** A new empty folder, for staging an upload. */
    scratch(): Promise<string>;
    /** The artifact's zip on disk. */
    zip(artifact: Artifact): Promise<string>;
    /** Drops an artifact's zip (after a delete, or once its package is extracted). */
    forget(artifact: Artifact): Promise<void>;
    private download;
}
