/** ZIP record layouts (PKWARE APPNOTE 6.3.10), encoded and decoded without any I/O. */
export declare const SIG_LOCAL = 67324752;
export declare const SIG_CENTRAL = 33639248;
export declare const SIG_DESCRIPTOR = 134695760;
export declare const SIG_EOCD = 101010256;
export declare const SIG_ZIP64_EOCD = 101075792;
export declare const SIG_ZIP64_LOCATOR = 117853008;
export declare const LOCAL_HEADER_SIZE = 30;
export declare const CENTRAL_HEADER_SIZE = 46;
export declare const EOCD_SIZE = 22;
export declare const ZIP64_EOCD_SIZE = 56;
export declare const ZIP64_LOCATOR_SIZE = 20;
export declare const MAX_COMMENT = 65535;
export declare const METHOD_STORED = 0;
export declare const METHOD_DEFLATED = 8;
export declare const FLAG_ENCRYPTED = 1;
export declare const FLAG_DESCRIPTOR = 8;
export declare const FLAG_UTF8 = 2048;
export declare const U32_MAX = 4294967295;
export declare const U16_MAX = 65535;
/** Regular file, rw-r--r--: fixed so the archive does not depend on the builder's umask. */
export declare const FILE_ATTRIBUTES: number;
export interface EntryRecord {
    name: Buffer;
    method: number;
    flags: number;
    crc: number;
    compressedSize: number;
    size: number;
    offset: number;
    dosTime: number;
    dosDate: number;
}
/** DOS date and time (2-second resolution, 1980–2107) of a UTC instant. */
export declare function dosDateTime(date: Date): {
    dosDate: number;
    dosTime: number;
};
/** Whether the local header must carry 64-bit sizes. */
export declare function needsZip64Sizes(size: number, compressedSize: number): boolean;
/**
 * Local file header. With `zip64`, the 32-bit sizes are 0xFFFFFFFF and a ZIP64 extra field holds
 * both sizes (zeros when a data descriptor follows).
 */
export declare function localHeader(entry: EntryRecord, zip64: boolean): Buffer;
/** Data descriptor that follows streamed entries; 64-bit sizes when the local header had ZIP64. */
export declare function dataDescriptor(entry: EntryRecord, zip64: boolean): Buffer;
/** Central directory header, with a ZIP64 extra holding exactly the fields that overflow. */
export declare function centralHeader(entry: EntryRecord, forceZip64?: boolean): Buffer;
export interface DirectoryEnd {
    entries: number;
    directoryOffset: number;
    directorySize: number;
    comment: Buffer;
}
/** End of central directory, preceded by the ZIP64 record and locator when anything overflows. */
export declare function directoryEnd(end: DirectoryEnd, forceZip64?: boolean): Buffer;
