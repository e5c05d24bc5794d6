export declare const MANIFEST_SCHEMA = "mxdeploy.build/v1";
/**
 * Provenance of a package, kept as JSON in the ZIP archive comment so it travels with the file
 * (`unzip -z` shows it).
 */
export interface BuildManifest {
    schema: typeof MANIFEST_SCHEMA;
    app: string;
    version: string;
    runtimeVersion: string;
    /** Commit the package was built from, when known. */
    commit: string | null;
    branch: string | null;
    /** The source date (SOURCE_DATE_EPOCH, else the commit's time, else 1980-01-01): reproducible. */
    builtAt: string;
    /** `mxdeploy <version>`, and for .mpr builds the MxBuild version. */
    builder: string;
    source: 'deployment-dir' | 'mxbuild';
    entries: number;
    /** Story IDs of the commits since the previous package (filled by traceability). */
    stories: string[];
}
/** The manifest as archive-comment bytes; refuses what would not fit in a ZIP comment. */
export declare function encodeManifest(manifest: BuildManifest): Buffer;
/** The manifest in an archive comment, or undefined when the comment is not one of ours. */
export declare function decodeManifest(comment: Buffer): BuildManifest | undefined;
