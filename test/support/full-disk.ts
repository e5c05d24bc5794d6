import { open } from 'node:fs/promises'
import type { AppendFiles } from '../../src/fs/append-line.js'

/**
 * Files whose disk fills up at the first append: write(2) then writes `fits` bytes of the record
 * and fails the rest with ENOSPC, as a real file system does when its last block is used up.
 */
export function fullDiskFiles(fits = 40): AppendFiles {
  return {
    async open(path, flags, mode) {
      const handle = await open(path, flags, mode)
      let writes = 0
      return {
        stat: () => handle.stat(),
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        write: (buffer, offset, length) => {
          writes++
          if (writes === 1) return handle.write(buffer, offset, Math.min(length, fits))
          const error = Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC'
          })
          return Promise.reject(error)
        },
        sync: () => handle.sync(),
        close: () => handle.close()
      }
    }
  }
}
