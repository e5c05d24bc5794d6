/** How the app layer is stored: gzip (smaller) or a plain tar (the same bytes on any machine). */
export type LayerCompression = 'gzip' | 'none';
export declare const LAYER_MEDIA_TYPE: Record<LayerCompression, string>;
export interface AppLayer {
    file: string;
    mediaType: string;
    /** `sha256:` of the stored blob (compressed or not). */
    digest: string;
    size: number;
    /** `sha256:` of the uncompressed tar: the config's rootfs.diff_ids entry. */
    diffId: string;
    /** Files written. */
    files: number;
}
export interface AppLayerOptions {
    mdaPath: string;
    dest: string;
    /** Every entry's modification time, seconds since 1970: the package's build time. */
    mtime: number;
    compression: LayerCompression;
}
/**
 * Writes the app layer: the MDA's files unpacked under /opt/mendix/build, owned and permitted as
 * docker-mendix-buildpack leaves them, every entry with the same time, in name order. The tar
 * depends only on the MDA and `mtime`, so its DiffID does too; an unsafe MDA (paths that escape,
 * links, duplicates) is refused before anything is written.
 */
export declare function writeAppLayer(options: AppLayerOptions): Promise<AppLayer>;
