import { makeDirectory } from '../fs/make-directory.js'
import { randomBytes } from 'node:crypto'
import { readFile, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { errnoCode } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { withLock } from '../fs/file-lock.js'
import type { Logger } from '../log.js'
import type { PackageRecord } from '../repository/package-repository.js'
import { extractZip } from '../zip/extract.js'

/** Written last into a release folder: its presence means the release is complete. */
export const RELEASE_MARKER = '.mxdeploy-release.json'

export interface ReleaseMarker {
  version: string
  sha256: string
  unpackedAt: string
}

/** The release `current` points at. */
export interface CurrentRelease {
  /** Its folder name under releases/. */
  name: string
  dir: string
  marker: ReleaseMarker
}

/**
 * Packages unpacked once each into `ROOT/releases/<version>-<sha>/` and a `ROOT/current` symlink
 * switched by an atomic rename, shared by the targets that run a release from a folder (local,
 * m2ee). A release folder is renamed into place only once complete, with its marker written
 * last, so a process killed at any moment leaves `current` on a complete release.
 */
export class ReleaseStore {
  constructor(readonly root: string) {}

  get releases(): string {
    return join(this.root, 'releases')
  }

  get currentLink(): string {
    return join(this.root, 'current')
  }

  /** The folder name of a package's release. */
  static nameOf(pkg: Pick<PackageRecord, 'version' | 'sha256'>): string {
    return `${pkg.version}-${pkg.sha256.slice(0, 12)}`
  }

  /** The release `current` points at; undefined when there is none or it has no marker. */
  async current(): Promise<CurrentRelease | undefined> {
    let target: string
    try {
      target = await readlink(this.currentLink)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
    // A link switched by hand may hold an absolute path.
    const dir = resolve(this.root, target)
    try {
      const marker = JSON.parse(await readFile(join(dir, RELEASE_MARKER), 'utf8')) as ReleaseMarker
      return { name: basename(dir), dir, marker }
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
  }

  /** Runs `fn` holding the store's lock, so two deployments never interleave. */
  async locked<T>(what: string, fn: () => Promise<T>): Promise<T> {
    await makeDirectory(this.releases)
    return withLock(join(this.root, '.lock'), fn, { what })
  }

  /** Unpacks the package into its release folder unless a complete one is there; returns it. */
  async unpack(pkg: PackageRecord, mdaPath: string, log: Logger): Promise<string> {
    const name = ReleaseStore.nameOf(pkg)
    const release = join(this.releases, name)
    if (await this.isComplete(release)) return release
    await rm(release, { recursive: true, force: true })
    const partial = join(this.releases, `.${name}.${randomBytes(4).toString('hex')}.partial`)
    try {
      const { files } = await extractZip(mdaPath, partial, mdaPath)
      const marker: ReleaseMarker = {
        version: pkg.version,
        sha256: pkg.sha256,
        unpackedAt: new Date().toISOString()
      }
      await writeFileAtomic(join(partial, RELEASE_MARKER), `${JSON.stringify(marker, null, 2)}\n`)
      await rename(partial, release)
      log.info(`unpacked ${files} files into ${release}`)
    } finally {
      await rm(partial, { recursive: true, force: true })
    }
    return release
  }

  private async isComplete(release: string): Promise<boolean> {
    try {
      await stat(join(release, RELEASE_MARKER))
      return true
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false
      throw error
    }
  }

  /** Points `current` at a release: a new link beside it, renamed over it (rename(2) is atomic). */
  async switchTo(name: string): Promise<void> {
    await replaceWithLink(this.currentLink, join('releases', name), `.current`)
  }

  /**
   * Keeps the newest `keep` complete releases (the current one always) and drops leftovers of
   * killed processes; `removed` hears of each release dropped.
   */
  async prune(
    current: string,
    keep: number,
    log: Logger,
    removed?: (marker: ReleaseMarker) => Promise<void>
  ): Promise<void> {
    const complete: { name: string; marker: ReleaseMarker }[] = []
    for (const entry of await readdir(this.releases)) {
      if (entry.endsWith('.partial')) {
        // Left by a process killed while unpacking; ours was renamed or removed already, and the
        // lock keeps any other process out.
        await rm(join(this.releases, entry), { recursive: true, force: true })
        continue
      }
      try {
        const marker = JSON.parse(
          await readFile(join(this.releases, entry, RELEASE_MARKER), 'utf8')
        ) as ReleaseMarker
        complete.push({ name: entry, marker })
      } catch {
        // An incomplete release left by a killed process: never current, safe to drop.
        await rm(join(this.releases, entry), { recursive: true, force: true })
      }
    }
    complete.sort((a, b) => b.marker.unpackedAt.localeCompare(a.marker.unpackedAt))
    const kept = new Set([current, ...complete.slice(0, keep).map((r) => r.name)])
    for (const release of complete) {
      if (kept.has(release.name)) continue
      await rm(join(this.releases, release.name), { recursive: true, force: true })
      await removed?.(release.marker)
      log.info(`removed old release ${release.name}`)
    }
  }
}

/**
 * Makes `path` a symlink to `target` with one rename(2) of a new link over it, so readers see the
 * old link or the new one, never none. `prefix` names the temporary link beside it.
 */
export async function replaceWithLink(path: string, target: string, prefix: string): Promise<void> {
  const next = join(path, '..', `${prefix}.${randomBytes(4).toString('hex')}`)
  await symlink(target, next)
  try {
    await rename(next, path)
  } catch (error) {
    await rm(next, { force: true })
    throw error
  }
}

/** Whether `path` is a symlink to exactly `target`. */
export async function linksTo(path: string, target: string): Promise<boolean> {
  try {
    return (await readlink(path)) === target
  } catch (error) {
    if (['ENOENT', 'EINVAL'].includes(errnoCode(error) ?? '')) return false
    throw error
  }
}
