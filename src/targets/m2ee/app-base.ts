import { makeDirectory } from '../../fs/make-directory.js'
import { copyFile, lstat, readFile, readdir, realpath, rename, rm, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { errnoCode } from '../../errors.js'
import { writeFileAtomic } from '../../fs/atomic-write.js'
import type { Logger } from '../../log.js'
import { linksTo, ReleaseStore, replaceWithLink, type CurrentRelease } from '../release-store.js'
import { FRAGMENT_FILE, FRAGMENT_LINK } from './fragment.js'

/** Where m2ee-tools runs the app from (app_base/model, app_base/web), and what links them. */
const RUNTIME_FOLDERS = ['model', 'web'] as const

/** A switch whose restart has not been confirmed yet: written before, removed after. */
interface Pending {
  release: string
  since: string
}

/**
 * The app base as m2ee-tools runs it, with mxdeploy's releases beside it:
 *
 *     app-base/model -> .mxdeploy/current/model        (fixed links, made once)
 *     app-base/web   -> .mxdeploy/current/web
 *     app-base/.mxdeploy/m2ee.yaml -> current/m2ee.yaml (mxdeploy's settings for m2ee -c)
 *     app-base/.mxdeploy/current -> releases/<version>-<sha>   (switched by one rename)
 *     app-base/.mxdeploy/releases/<version>-<sha>/{model,web,m2ee.yaml,.mxdeploy-release.json}
 *
 * One rename of `current` switches the model, the web files and the settings together.
 */
export class AppBase {
  readonly store: ReleaseStore

  constructor(readonly path: string) {
    this.store = new ReleaseStore(join(path, '.mxdeploy'))
  }

  /** The path m2ee is given with `-c`. */
  get fragment(): string {
    return join(this.path, FRAGMENT_LINK)
  }

  private get pendingFile(): string {
    return join(this.store.root, 'pending.json')
  }

  /**
   * Whether app-base/model, app-base/web and the settings file m2ee is given resolve into the
   * release `current` points at: only then is that release what m2ee starts.
   */
  async runs(release: CurrentRelease): Promise<boolean> {
    const used = [...RUNTIME_FOLDERS.map((folder) => join(this.path, folder)), this.fragment]
    const ours = [
      ...RUNTIME_FOLDERS.map((folder) => join(release.dir, folder)),
      join(release.dir, FRAGMENT_FILE)
    ]
    for (const [i, path] of used.entries()) {
      try {
        const [actual, expected] = await Promise.all([realpath(path), realpath(ours[i]!)])
        if (actual !== expected) return false
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return false
        throw error
      }
    }
    return true
  }

  /**
   * Makes model/, web/ and the settings file links through `current`. The empty model/ and web/
   * that m2ee-tools' install guide creates are removed; folders with files (an `m2ee unpack` made
   * before mxdeploy took over) are moved to .mxdeploy/replaced/<time>/, never deleted.
   */
  async placeLinks(log: Logger): Promise<void> {
    for (const folder of RUNTIME_FOLDERS) {
      const path = join(this.path, folder)
      const target = join('.mxdeploy', 'current', folder)
      if (await linksTo(path, target)) continue
      const info = await lstat(path).catch((error: unknown) => {
        if (errnoCode(error) === 'ENOENT') return undefined
        throw error
      })
      if (info?.isDirectory()) {
        if ((await readdir(path)).length === 0) {
          await rmdir(path)
        } else {
          const aside = join(
            this.store.root,
            'replaced',
            new Date().toISOString().replace(/:/g, '')
          )
          await makeDirectory(aside)
          await rename(path, join(aside, folder))
          log.warning(
            `${path} held an app mxdeploy did not deploy (an m2ee unpack?): moved to ${join(aside, folder)}`
          )
        }
      }
      await replaceWithLink(path, target, `.${folder}`)
    }
    const settings = join('current', FRAGMENT_FILE)
    if (!(await linksTo(this.fragment, settings))) {
      await replaceWithLink(this.fragment, settings, '.m2ee.yaml')
    }
  }

  /** The release whose switch waits for a confirmed restart, if any. */
  async pending(): Promise<string | undefined> {
    try {
      return (JSON.parse(await readFile(this.pendingFile, 'utf8')) as Pending).release
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
  }

  async markPending(release: string): Promise<void> {
    const pending: Pending = { release, since: new Date().toISOString() }
    await writeFileAtomic(this.pendingFile, `${JSON.stringify(pending, null, 2)}\n`)
  }

  async clearPending(): Promise<void> {
    await rm(this.pendingFile, { force: true })
  }
}

/**
 * Puts the MDA where `m2ee unpack` looks for uploads (m2ee's model_upload_path), written beside
 * and renamed into place, so the server holds the package it runs as m2ee-tools expects.
 */
export async function placeUpload(dir: string, name: string, mdaPath: string): Promise<string> {
  await makeDirectory(dir)
  const path = join(dir, name)
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await copyFile(mdaPath, temp)
    await rename(temp, path)
  } finally {
    await rm(temp, { force: true })
  }
  return path
}
