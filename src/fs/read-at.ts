import type { FileHandle } from 'node:fs/promises'

/**
 * Reads up to `length` bytes at `position`, looping over short reads; the result is shorter only
 * where the file ends.
 */
export async function readAt(
  handle: FileHandle,
  position: number,
  length: number
): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length)
  let offset = 0
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset)
    if (bytesRead === 0) break
    offset += bytesRead
  }
  return buffer.subarray(0, offset)
}
