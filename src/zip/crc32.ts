import * as zlib from 'node:zlib'

type Crc32 = (data: Uint8Array, initial?: number) => number

let table: Uint32Array | undefined

/** Table-driven CRC-32 for Node versions before 20.15, which lack `zlib.crc32`. */
function crc32Fallback(data: Uint8Array, initial = 0): number {
  if (!table) {
    table = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
  }
  let crc = ~initial >>> 0
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

const native = (zlib as unknown as { crc32?: Crc32 }).crc32

/** CRC-32 (ISO-HDLC, as ZIP uses it), continuing from `initial`. */
export const crc32: Crc32 = native ?? crc32Fallback
