/**
 * A file-system failure as "meaning (CODE)", without Node's syscall and path decoration, so a
 * message can name the path itself; anything else as its own message.
 */
export declare function fsReason(error: unknown): string;
