import type { PackageRecord } from '../package-repository.js';
import { type ZipEntry } from '../../zip/central-directory.js';
/** The record of the package inside a package artifact, beside the MDA and its `.sha256`. */
export declare const RECORD_FILE = "record.json";
/** What one package artifact (a zip made by @actions/artifact) holds. */
export interface PackageBundle {
    /** The MDA's entry: the one `.mda` at the top of the archive. */
    mda: ZipEntry;
    /** The hash in `<mda>.sha256`, when the archive has one. */
    sidecar: string | undefined;
    /** record.json, when the archive has one (the build action's artifact has none). */
    record: PackageRecord | undefined;
}
/**
 * Lays out one package's artifact in `dir` (which exists and is empty): `<app>_<version>.mda`,
 * copied and hashed so a file that changed since it was verified is refused, its `.sha256` and
 * `record.json`. Returns the files to upload.
 */
export declare function stageBundle(dir: string, file: string, record: PackageRecord): Promise<string[]>;
/** record.json checked field by field: a record that lies about its shape is refused. */
export declare function parseRecord(text: string, label: string): PackageRecord;
/**
 * Reads an artifact's central directory (never its data, but for the two small files), refusing
 * an archive that is unsafe to extract from or that does not hold exactly one MDA.
 */
export declare function readBundle(zip: string, label: string): Promise<PackageBundle>;
/**
 * Streams the MDA out of the artifact into `dest` (which must not exist), checking the entry's
 * CRC-32 and size on the way, and returns the SHA-256 of what it wrote. Memory stays flat.
 */
export declare function extractPackage(zip: string, entry: ZipEntry, dest: string, label: string): Promise<string>;
/** Who and when, for a package whose artifact has no record.json. */
export interface ArtifactFacts {
    createdAt: string;
    createdBy: string;
    url: string;
}
/**
 * The record of an artifact without record.json (the build action's upload): the MDA is
 * extracted beside the zip, checked against its `.sha256`, and its manifest and metadata read.
 */
export declare function recordFromPackage(zip: string, bundle: PackageBundle, label: string, facts: ArtifactFacts): Promise<PackageRecord>;
