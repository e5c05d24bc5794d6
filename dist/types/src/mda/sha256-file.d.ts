/** Path of the `sha256sum`-format file that sits next to a package. */
export declare function sidecarPath(file: string): string;
/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
export declare function writeSidecar(file: string, sha256: string): Promise<void>;
/** The hash recorded next to a package, or undefined when there is no such file. */
export declare function readSidecar(file: string): Promise<string | undefined>;
/**
 * The hash in the text of a `.sha256` file for the package named `file`. A name in it must be the
 * package's (any folder before it is where sha256sum ran): the checksum of another file says
 * nothing about this one, even when the two happen to be equal. `label` names the text in errors.
 */
export declare function parseSidecar(text: string, file: string, label: string): string;
/** SHA-256 of a package file, streamed; anything but a regular file is refused unread. */
export declare function sha256File(file: string): Promise<string>;
