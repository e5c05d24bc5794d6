import { createHash } from 'node:crypto'
import { lstat, readFile, readdir, readlink } from 'node:fs/promises'

/**
 * Everything under `dir` as `path → kind`: folders, links with their targets, and files with
 * their mode and SHA-256, so two snapshots are equal only when nothing was added, removed,
 * rewritten or re-pointed. FIFOs and other special files are listed by kind. Names are read as
 * bytes, so a name that is not UTF-8 is listed too.
 */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  const walk = async (folder: Buffer, prefix: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true, encoding: 'buffer' })) {
      const path = Buffer.concat([folder, Buffer.from('/'), entry.name])
      const name = `${prefix}${entry.name.toString('latin1')}`
      if (entry.isDirectory()) {
        tree[name] = 'folder'
        await walk(path, `${name}/`)
      } else if (entry.isSymbolicLink()) {
        tree[name] = `link → ${(await readlink(path, { encoding: 'buffer' })).toString('latin1')}`
      } else if (entry.isFile()) {
        const stats = await lstat(path)
        const hash = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
        tree[name] = `file ${(stats.mode & 0o777).toString(8)} ${hash}`
      } else {
        tree[name] = entry.isFIFO() ? 'fifo' : 'special'
      }
    }
  }
  await walk(Buffer.from(dir), '')
  return tree
}
