/**
 * SHA-256 (hex) of a package file, hashed on a worker thread: for a caller with other work for
 * this thread meanwhile (verifyPackage checks every entry's CRC-32 while the file is hashed; on one
 * thread the two took 1.4 s + 0.6 s per GiB in series). The file is read straight into the
 * worker's shared slots, so no byte is copied twice. Anything but a regular file is refused unread.
 */
export declare function sha256FileOffThread(file: string): Promise<string>;
