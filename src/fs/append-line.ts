import { open } from 'node:fs/promises'
import { OperationError } from '../errors.js'

/** The calls an append makes on an open file: Node's FileHandle has them. */
export interface AppendHandle {
  stat(): Promise<{ size: number }>
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesRead: number }>
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/** Opens files for appending; tests replace it to make the disk fill up mid-write. */
export interface AppendFiles {
  open(path: string, flags: string, mode: number): Promise<AppendHandle>
}

export const nodeAppendFiles: AppendFiles = { open: (path, flags, mode) => open(path, flags, mode) }

async function endsWithNewline(handle: AppendHandle): Promise<boolean> {
  const { size } = await handle.stat()
  if (size === 0) return true
  const last = Buffer.alloc(1)
  const { bytesRead } = await handle.read(last, 0, 1, size - 1)
  return bytesRead === 1 && last[0] === 0x0a
}

/**
 * Appends `line` and a newline to a file (O_APPEND) and fsyncs it. A file that does not end in a
 * newline (a writer killed mid-line) gets one first, in the same write, so the new line never
 * glues onto the torn one. The whole line is written or the call fails: write(2) may write part
 * of it when the disk fills, and the rest then fails with ENOSPC.
 */
export async function appendLine(
  path: string,
  line: string,
  files: AppendFiles = nodeAppendFiles
): Promise<void> {
  const handle = await files.open(path, 'a+', 0o644)
  try {
    const prefix = (await endsWithNewline(handle)) ? '' : '\n'
    const bytes = Buffer.from(`${prefix}${line}\n`, 'utf8')
    let written = 0
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
      if (bytesWritten <= 0) {
        throw new OperationError(
          `the write stopped after ${written} of ${bytes.length} bytes without an error`
        )
      }
      written += bytesWritten
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
}
