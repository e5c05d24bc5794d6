import { type ProgressReporter } from '../progress/progress.js';
import { type BuildManifest } from './manifest.js';
import { type ModelMetadata } from './metadata.js';
export declare function isPrecompressed(name: string): boolean;
export interface PackOptions {
    deploymentDir: string;
    out: string;
    /** Four-part model version, written into the package's metadata.json as ModelVersion. */
    version: string;
    app: string;
    commit: string | null;
    branch: string | null;
    /** Timestamp of every entry. */
    entryDate: Date;
    /** The manifest's build time. */
    builtAt: Date;
    builder: string;
    source?: BuildManifest['source'];
    stories?: string[];
    level?: number;
    /** Where packing shows how far it is (a 370 MB folder takes seconds). */
    progress?: ProgressReporter;
}
export interface PackResult {
    path: string;
    sha256: string;
    size: number;
    entries: number;
    manifest: BuildManifest;
    metadata: ModelMetadata;
}
/** Refuses an output path that can't be written as a file, before anything is written. */
export declare function checkOutputPath(out: string): Promise<void>;
/**
 * Builds an MDA from a deployment folder: model/, web/ and native/, with ModelVersion set in
 * model/metadata.json (as MxBuild's --model-version does), the build manifest in the archive
 * comment, and `<out>.sha256` beside it. The same folder and options give the same bytes.
 */
export declare function packDeploymentFolder(options: PackOptions): Promise<PackResult>;
