import { ConfigurationError } from '../errors.js';
import type { ZipEntry } from './central-directory.js';
/**
 * The local records of an entry checked against its central directory entry (PKWARE APPNOTE
 * 6.3.10: 4.3.7 local header, 4.3.9 data descriptor, 4.4.4 flags, 4.5.3 ZIP64 extra field).
 * Readers of the central directory (unzip, java.util.zip.ZipFile) and readers of the local
 * records (funzip, java.util.zip.ZipInputStream, anything that unpacks a stream) must see the same
 * file, so any disagreement makes the archive ambiguous and is refused.
 */
/** A data descriptor's most bytes: signature, CRC-32 and two 8-byte sizes. */
export declare const MAX_DESCRIPTOR = 24;
export declare function damaged(label: string, entry: ZipEntry, why: string): ConfigurationError;
/** What an entry's local header says, once its length is known. */
export interface LocalHeader {
    /** Bytes of the header with its name and extra field: where the data starts. */
    length: number;
    flags: number;
    /** Whether it has a ZIP64 extra field, which makes the data descriptor's sizes 8 bytes. */
    zip64: boolean;
}
/** Bytes of the local header at the start of `block`, or undefined when it has no signature. */
export declare function localHeaderLength(block: Buffer): number | undefined;
/**
 * Checks a whole local header (`header` holds at least `localHeaderLength` bytes) against the
 * central entry: name bytes, flags, method, and CRC-32 and sizes. With flag bit 3 those three may
 * be zero, the data descriptor then carries them (Info-ZIP keeps the real size, so a field may
 * also hold the real value); anything else disagrees.
 */
export declare function checkLocalHeader(header: Buffer, entry: ZipEntry, label: string): LocalHeader;
/**
 * Checks the data descriptor that follows the data of an entry with flag bit 3. Its signature is
 * optional (APPNOTE 4.3.9.3), and its sizes are 8 bytes when the local header has a ZIP64 extra
 * field (4.3.9.2); `bytes` starts right after the data.
 */
export declare function checkDescriptor(bytes: Buffer, local: LocalHeader, entry: ZipEntry, label: string): void;
