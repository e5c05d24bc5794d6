import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError, errnoCode } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { withLock } from '../fs/file-lock.js'
import { pathError, prepareFolder, type ChosenPath } from '../fs/path-error.js'
import { silentLogger, type Logger } from '../log.js'
import {
  newestFirst,
  type PackageRecord,
  type PackageRepository,
  type PublishRequest,
  type PublishResult,
  type RepositoryLeftover
} from './package-repository.js'
import { cleanStaging, makeStaging, type Staging } from './publish-staging.js'
import { makeDirectory } from '../fs/make-directory.js'

const INDEX = 'index.json'

/**
 * Copies a file while hashing it and returns the SHA-256 of what was copied. A durable copy (one
 * that goes into the repository) is fsynced; a download for staging need not be.
 */
async function copyHashed(
  from: string,
  to: string,
  mode: number,
  durable: boolean
): Promise<string> {
  const hash = createHash('sha256')
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    }
  })
  const out = createWriteStream(to, { flags: 'wx', mode })
  await pipeline(createReadStream(from, { highWaterMark: 1 << 20 }), tap, out)
  if (durable) {
    const handle = await open(to, 'r')
    await handle.sync()
    await handle.close()
  }
  return hash.digest('hex')
}

/**
 * The embedded default repository: a folder with one sub-folder per package
 * (`<app>/<version>/<app>_<version>.mda`, its `.sha256` and `record.json`) and an index per app.
 * A package folder appears by an atomic rename once complete, the index is rewritten atomically
 * under a lock, so two publishers at once never corrupt it. Nothing is ever overwritten.
 */
export class FileRepository implements PackageRepository {
  readonly uri: string

  private readonly log: Logger
  /** The repository folder as the user chose it, for messages about a folder that can't be used. */
  private readonly chosen: ChosenPath

  constructor(
    private readonly root: string,
    options: { log?: Logger } = {}
  ) {
    this.root = resolve(root)
    this.uri = `file:${this.root}`
    this.log = options.log ?? silentLogger
    this.chosen = {
      what: 'the package repository folder',
      path: this.root,
      fix: 'set repository: file:DIR in mxdeploy.yml (or --repository) to a writable folder'
    }
  }

  private appDir(app: string): string {
    return join(this.root, app)
  }

  private versionDir(app: string, version: string): string {
    return join(this.appDir(app), version)
  }

  private fileName(app: string, version: string): string {
    return `${app}_${version}.mda`
  }

  async publish({ file, record }: PublishRequest): Promise<PublishResult> {
    const appDir = this.appDir(record.app)
    await prepareFolder(this.chosen, appDir)
    const existing = await this.readRecord(record.app, record.version)
    if (existing) {
      const same = this.same(existing, record.sha256)
      await this.removeLeftovers(record.app)
      await this.indexed(existing)
      return same
    }
    await this.removeLeftovers(record.app)
    const { dir: stagingDir, packageDir: staging } = await this.staging(appDir)
    try {
      const name = this.fileName(record.app, record.version)
      // Read-only: a published package is never changed in place.
      const copied = await copyHashed(file, join(staging, name), 0o444, true)
      if (copied !== record.sha256) {
        throw new ConfigurationError(
          `${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`
        )
      }
      const full: PackageRecord = {
        ...record,
        url: join(this.versionDir(record.app, record.version), name)
      }
      await writeFileAtomic(join(staging, `${name}.sha256`), `${record.sha256}  ${name}\n`)
      await writeFileAtomic(join(staging, 'record.json'), `${JSON.stringify(full, null, 2)}\n`)
      return await withLock(
        join(appDir, '.lock'),
        async () => {
          try {
            await rename(staging, this.versionDir(record.app, record.version))
          } catch (error) {
            const code = errnoCode(error)
            if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
            // Another publisher won the race for this version.
            const winner = await this.readRecord(record.app, record.version)
            if (!winner) throw error
            return this.same(winner, record.sha256)
          }
          await this.writeIndex(record.app)
          return { record: full, created: true }
        },
        { what: `package repository ${this.root}` }
      )
    } catch (error) {
      throw await pathError(error, this.chosen)
    } finally {
      await rm(stagingDir, { recursive: true, force: true })
    }
  }

  private async removeLeftovers(app: string): Promise<void> {
    for (const leftover of await this.cleanLeftovers(app, { dryRun: false })) {
      this.log.info(
        `removed ${leftover.path} (${leftover.bytes.toLocaleString('en-US')} bytes), ${leftover.why}`
      )
    }
  }

  /**
   * Makes the index list a package whose folder is in place: a publish killed between its rename
   * and the index left it out, and `packages` (which reads the index) would never show it.
   */
  private async indexed(record: PackageRecord): Promise<void> {
    const listed = await this.list(record.app)
    if (listed.some((p) => p.version === record.version)) return
    await withLock(join(this.appDir(record.app), '.lock'), () => this.writeIndex(record.app), {
      what: `package repository ${this.root}`
    })
    this.log.info(
      `${record.app} ${record.version} was in ${this.uri} but not in its index (a publish stopped before it was written): listed it`
    )
  }

  /** Staging folders that killed publishes left in the app's folder; removed unless `dryRun`. */
  cleanLeftovers(app: string, options: { dryRun: boolean }): Promise<RepositoryLeftover[]> {
    return cleanStaging(this.appDir(app), options.dryRun)
  }

  private async staging(appDir: string): Promise<Staging> {
    try {
      return await makeStaging(appDir)
    } catch (error) {
      throw await pathError(error, this.chosen)
    }
  }

  private same(existing: PackageRecord, sha256: string): PublishResult {
    if (existing.sha256 !== sha256) {
      throw new ConfigurationError(
        `${existing.app} ${existing.version} is already published with other content (SHA-256 ${existing.sha256}, this package ${sha256}); published packages are never overwritten: build with a new version or build number`
      )
    }
    return { record: existing, created: false }
  }

  private async readRecord(app: string, version: string): Promise<PackageRecord | undefined> {
    try {
      const text = await readFile(join(this.versionDir(app, version), 'record.json'), 'utf8')
      return JSON.parse(text) as PackageRecord
    } catch (error) {
      if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return undefined
      throw error
    }
  }

  /** Rebuilds the app's index from its package folders (the source of truth). */
  private async writeIndex(app: string): Promise<PackageRecord[]> {
    const records = await this.scan(app)
    await writeFileAtomic(
      join(this.appDir(app), INDEX),
      `${JSON.stringify({ packages: records }, null, 2)}\n`
    )
    return records
  }

  private async scan(app: string): Promise<PackageRecord[]> {
    let names: string[]
    try {
      names = await readdir(this.appDir(app))
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return []
      throw error
    }
    const records = await Promise.all(
      names
        .filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name))
        .map((version) => this.readRecord(app, version))
    )
    return records.filter((r): r is PackageRecord => r !== undefined).sort(newestFirst)
  }

  async list(app: string): Promise<PackageRecord[]> {
    try {
      const index = JSON.parse(await readFile(join(this.appDir(app), INDEX), 'utf8')) as {
        packages: PackageRecord[]
      }
      return index.packages.sort(newestFirst)
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT' && !(error instanceof SyntaxError))
        throw await pathError(error, this.chosen)
      return this.scan(app)
    }
  }

  async get(app: string, version: string): Promise<PackageRecord | undefined> {
    if (version === 'latest') return (await this.list(app))[0]
    return this.readRecord(app, version)
  }

  async download(app: string, version: string, dest: string): Promise<PackageRecord> {
    const record = await this.get(app, version)
    if (!record)
      throw new ConfigurationError(`${app} ${version} is not in the package repository ${this.uri}`)
    const source = join(this.versionDir(app, record.version), this.fileName(app, record.version))
    await makeDirectory(dirname(dest))
    await rm(dest, { force: true })
    let copied: string
    try {
      await stat(source)
      copied = await copyHashed(source, dest, 0o644, false)
    } catch (error) {
      await rm(dest, { force: true })
      if (errnoCode(error) === 'ENOENT') {
        throw new ConfigurationError(
          `${app} ${record.version} is listed in ${this.uri} but its file ${source} is missing`
        )
      }
      throw error
    }
    if (copied !== record.sha256) {
      await rm(dest, { force: true })
      throw new ConfigurationError(
        `${app} ${record.version} in ${this.uri} has SHA-256 ${copied}, but it was published with ${record.sha256}: the stored package was changed; it will not be deployed`
      )
    }
    return record
  }

  async delete(app: string, version: string): Promise<void> {
    await withLock(join(this.appDir(app), '.lock'), async () => {
      const dir = this.versionDir(app, version)
      const trash = join(this.appDir(app), `.delete-${randomBytes(6).toString('hex')}`)
      try {
        await rename(dir, trash)
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return
        throw error
      }
      await this.writeIndex(app)
      await rm(trash, { recursive: true, force: true })
    })
  }
}
