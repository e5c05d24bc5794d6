/**
 * Sets `ModelVersion` in the text of a metadata.json the way MxBuild's `--model-version` does,
 * touching nothing else: the byte-order mark, line endings, indentation and key order MxBuild
 * wrote stay as they were, so the package holds the file a runtime expects.
 */
export declare function withModelVersion(source: Buffer, version: string): Buffer;
