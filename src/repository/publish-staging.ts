import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { errnoCode } from '../errors.js'
import { createWhole, isAbandoned, newOwner, readLock, type Abandonment } from '../fs/lock-owner.js'
import type { RepositoryLeftover } from './package-repository.js'

const PREFIX = '.publish-'
const OWNER = 'owner.json'
const HOUR = 3_600_000

/**
 * When a staging folder is abandoned: its publisher's process is gone (this host); a publisher
 * elsewhere after a day; a folder without an owner (an older mxdeploy's, or one killed before
 * it wrote the owner) once nothing in it changed for an hour. No publish copies for that long.
 */
const ABANDONED: Abandonment = { staleMs: 24 * HOUR, graceMs: HOUR }

type Leftover = RepositoryLeftover

/** A publish's staging folder: `dir` names its owner; `packageDir` is what is renamed into place. */
export interface Staging {
  dir: string
  packageDir: string
}

/** Makes a staging folder in the app's folder, its owner (pid, host, time) written first. */
export async function makeStaging(appDir: string): Promise<Staging> {
  const dir = join(appDir, `${PREFIX}${randomBytes(6).toString('hex')}`)
  await mkdir(dir)
  try {
    await createWhole(join(dir, OWNER), JSON.stringify(newOwner()))
    const packageDir = join(dir, 'package')
    await mkdir(packageDir)
    return { dir, packageDir }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** Total size and newest change of a folder's files, at any depth. */
async function measure(path: string): Promise<{ bytes: number; newestMs: number }> {
  const info = await lstat(path)
  let bytes = info.isFile() ? info.size : 0
  let newestMs = info.mtimeMs
  if (info.isDirectory()) {
    for (const name of await readdir(path)) {
      const inner = await measure(join(path, name))
      bytes += inner.bytes
      newestMs = Math.max(newestMs, inner.newestMs)
    }
  }
  return { bytes, newestMs }
}

function hours(ms: number): string {
  const h = Math.floor(ms / HOUR)
  return h === 1 ? '1 hour' : `${h} hours`
}

async function judge(path: string): Promise<Leftover | undefined> {
  const { bytes, newestMs } = await measure(path)
  const owner = await readLock(join(path, OWNER))
  const stopped = 'left by a publish that stopped'
  if (owner?.owner) {
    if (!isAbandoned(owner, ABANDONED)) return undefined
    const { pid, host, since } = owner.owner
    const why =
      host === hostname()
        ? `process ${pid} on ${host} is gone`
        : `process ${pid} on ${host} started it ${since}, over a day ago`
    return { path, bytes, why: `${stopped}: ${why}` }
  }
  const idle = Date.now() - newestMs
  if (idle <= ABANDONED.graceMs) return undefined
  return { path, bytes, why: `${stopped}: nothing in it changed for ${hours(idle)}` }
}

/**
 * The staging folders of publishes that stopped before renaming their package into place, oldest
 * name first; removed unless `dryRun`. A live publisher's folder is never touched.
 */
export async function cleanStaging(appDir: string, dryRun: boolean): Promise<RepositoryLeftover[]> {
  let names: string[]
  try {
    names = await readdir(appDir)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return []
    throw error
  }
  const leftovers: Leftover[] = []
  for (const name of names.filter((n) => n.startsWith(PREFIX)).sort()) {
    const path = join(appDir, name)
    let found: Leftover | undefined
    try {
      found = await judge(path)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') continue // its publisher just finished
      throw error
    }
    if (!found) continue
    if (!dryRun) await rm(path, { recursive: true, force: true })
    leftovers.push(found)
  }
  return leftovers
}
