import type { PackageRecord, PackageRepository, PublishRequest, PublishResult } from '../package-repository.js';
import { type ClientOutput } from './artifact-client.js';
export interface ArtifactRepositoryOptions {
    /** One fixed artifact (`artifact:NAME`, the `artifact-name` input); default one per package. */
    name?: string | undefined;
    env: NodeJS.ProcessEnv;
    /** Where the client library's log lines go: `stderr` (default) keeps stdout for `--json`. */
    clientOutput?: ClientOutput;
}
/** The artifact a package is published as when no name is given. */
export declare function packageArtifactName(app: string, version: string): string;
/**
 * Packages handed from job to job of one workflow run as workflow artifacts (@actions/artifact):
 * each package is one artifact holding the MDA, its `.sha256` and `record.json`. Not a durable
 * repository: only the current run's artifacts are seen, and they last as long as GitHub's
 * artifact retention. The record lives inside the artifact, so reading it downloads the artifact
 * (once per process: downloads are kept in a temp folder that goes when the process exits).
 */
export declare class ArtifactRepository implements PackageRepository {
    readonly uri: string;
    private readonly name;
    private readonly env;
    private readonly output;
    private readonly records;
    private readonly downloads;
    constructor(options: ArtifactRepositoryOptions);
    private nameFor;
    /** Runs the client, turning its failures into messages that say what to do. */
    private client;
    /** The run's artifacts, the newest of each name (a re-run attempt may upload a name again). */
    private artifacts;
    private find;
    /** The artifacts that may hold packages of `app`. */
    private candidates;
    /** The workflow run's page, when the environment names it. */
    private runUrl;
    private artifactUrl;
    private label;
    /** The package record an artifact holds: its record.json, else the facts of its MDA. */
    private recordOf;
    /** The artifact holding `version` of `app` (or its latest), with its record. */
    private lookup;
    publish({ file, record }: PublishRequest): Promise<PublishResult>;
    private same;
    list(app: string): Promise<PackageRecord[]>;
    get(app: string, version: string): Promise<PackageRecord | undefined>;
    /**
     * The package a named artifact (`artifact:NAME`, the `artifact-name` input) holds, whatever its
     * app; undefined when the run has no artifact of that name.
     */
    held(): Promise<PackageRecord | undefined>;
    download(app: string, version: string, dest: string): Promise<PackageRecord>;
    delete(app: string, version: string): Promise<void>;
}
/**
 * The artifact repository for this job, from its environment: `name` is `artifact:NAME` or an
 * action's `artifact-name` input. Refuses outside a GitHub Actions job, before loading anything.
 */
export declare function openArtifactRepository(name: string | undefined, env: NodeJS.ProcessEnv, clientOutput?: ClientOutput): ArtifactRepository;
