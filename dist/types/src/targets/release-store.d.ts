import type { Logger } from '../log.js';
import type { PackageRecord } from '../repository/package-repository.js';
/** Written last into a release folder: its presence means the release is complete. */
export declare const RELEASE_MARKER = ".mxdeploy-release.json";
export interface ReleaseMarker {
    version: string;
    sha256: string;
    unpackedAt: string;
}
/** The release `current` points at. */
export interface CurrentRelease {
    /** Its folder name under releases/. */
    name: string;
    dir: string;
    marker: ReleaseMarker;
}
/**
 * Packages unpacked once each into `ROOT/releases/<version>-<sha>/` and a `ROOT/current` symlink
 * switched by an atomic rename, shared by the targets that run a release from a folder (local,
 * m2ee). A release folder is renamed into place only once complete, with its marker written
 * last, so a process killed at any moment leaves `current` on a complete release.
 */
export declare class ReleaseStore {
    readonly root: string;
    constructor(root: string);
    get releases(): string;
    get currentLink(): string;
    /** The folder name of a package's release. */
    static nameOf(pkg: Pick<PackageRecord, 'version' | 'sha256'>): string;
    /** The release `current` points at; undefined when there is none or it has no marker. */
    current(): Promise<CurrentRelease | undefined>;
    /** Runs `fn` holding the store's lock, so two deployments never interleave. */
    locked<T>(what: string, fn: () => Promise<T>): Promise<T>;
    /** Unpacks the package into its release folder unless a complete one is there; returns it. */
    unpack(pkg: PackageRecord, mdaPath: string, log: Logger): Promise<string>;
    private isComplete;
    /** Points `current` at a release: a new link beside it, renamed over it (rename(2) is atomic). */
    switchTo(name: string): Promise<void>;
    /**
     * Keeps the newest `keep` complete releases (the current one always) and drops leftovers of
     * killed processes; `removed` hears of each release dropped.
     */
    prune(current: string, keep: number, log: Logger, removed?: (marker: ReleaseMarker) => Promise<void>): Promise<void>;
}
/**
 * Makes `path` a symlink to `target` with one rename(2) of a new link over it, so readers see the
 * old link or the new one, never none. `prefix` names the temporary link beside it.
 */
export declare function replaceWithLink(path: string, target: string, prefix: string): Promise<void>;
/** Whether `path` is a symlink to exactly `target`. */
export declare function linksTo(path: string, target: string): Promise<boolean>;
