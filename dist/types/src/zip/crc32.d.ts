type Crc32 = (data: Uint8Array, initial?: number) => number;
/** CRC-32 (ISO-HDLC, as ZIP uses it), continuing from `initial`. */
export declare const crc32: Crc32;
export {};
