import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigurationError, errnoCode } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { renderDashboardPage } from './html/page.js'
import type { DashboardModel } from './model.js'

export interface WrittenSite {
  dir: string
  /** The page to open. */
  index: string
  /** The model as JSON, for other tools. */
  data: string
  bytes: number
}

/** Refuses an output that exists and is not a folder, before anything is written. */
async function checkFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) {
      throw new ConfigurationError(
        `--out ${dir} is a file: give a folder for the dashboard, such as ${join(dir, '..', 'dashboard')}`
      )
    }
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return
    if (errnoCode(error) === 'ENOTDIR') {
      throw new ConfigurationError(`--out ${dir} can't be a folder: a part of its path is a file`)
    }
    throw error
  }
}

/**
 * Writes the dashboard into `dir`: index.html (self-contained) and data.json. Other files in the
 * folder are left alone; each file is replaced whole, so a reader never sees half a page.
 */
export async function writeDashboardSite(dir: string, model: DashboardModel): Promise<WrittenSite> {
  await checkFolder(dir)
  await mkdir(dir, { recursive: true })
  const page = renderDashboardPage(model)
  const index = join(dir, 'index.html')
  const data = join(dir, 'data.json')
  await writeFileAtomic(data, `${JSON.stringify(model, null, 2)}\n`)
  await writeFileAtomic(index, page)
  return { dir, index, data, bytes: Buffer.byteLength(page) }
}
