import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { errnoCode, OperationError } from '../errors.js'
import { extractZip } from '../zip/extract.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { withLock } from '../fs/file-lock.js'
import { pathError, prepareFolder, type ChosenPath } from '../fs/path-error.js'
import type { Logger } from '../log.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  EnvironmentSettings,
  RunningState
} from './deployment-target.js'

/** Written last into a release folder: its presence means the release is complete. */
const MARKER = '.mxdeploy-release.json'
/** The settings of a release, inside it, so switching `current` switches both at once. */
const SETTINGS = '.mxdeploy-settings.json'

interface ReleaseMarker {
  version: string
  sha256: string
  unpackedAt: string
}

export interface LocalTargetOptions {
  /** The environment's folder: releases/, current, settings.json. */
  path: string
  /** Releases kept, the current one included. */
  keep: number
  /** Shell command run in the folder after the switch. */
  restart?: string
}

/**
 * The local (on-premises shaped) target: each package unpacked once into
 * `releases/<version>-<sha>/`, its settings beside its files, and `current` a symlink switched
 * by an atomic rename. `settings.json` is a link through `current`, so a process killed at any
 * moment leaves `current` on a complete release with its own settings.
 */
export class LocalTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'local'

  constructor(private readonly options: LocalTargetOptions) {}

  private get releases(): string {
    return join(this.options.path, 'releases')
  }

  private get currentLink(): string {
    return join(this.options.path, 'current')
  }

  async current(): Promise<RunningState | undefined> {
    let release: string
    try {
      release = await readlink(this.currentLink)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
    const dir = join(this.options.path, release)
    try {
      const marker = JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as ReleaseMarker
      const settings = JSON.parse(
        await readFile(join(dir, SETTINGS), 'utf8')
      ) as EnvironmentSettings
      return {
        version: marker.version,
        sha256: marker.sha256,
        constants: settings.constants,
        scheduledEvents: settings.scheduledEvents
      }
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
  }

  /** The environment's folder as mxdeploy.yml chose it, for messages when it can't be used. */
  private chosen(environment: string): ChosenPath {
    return {
      what: `the folder of environment ${environment}`,
      path: this.options.path,
      fix: `set target.path of ${environment} in mxdeploy.yml to a folder on a writable disk`
    }
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    await prepareFolder(this.chosen(request.environment.name), this.releases)
    return withLock(join(this.options.path, '.lock'), () => this.deployLocked(request), {
      what: `environment ${request.environment.name} (${this.options.path})`
    })
  }

  private async deployLocked(request: DeploymentRequest): Promise<DeploymentResult> {
    const { package: pkg, log } = request
    const name = `${pkg.version}-${pkg.sha256.slice(0, 12)}`
    const release = join(this.releases, name)
    try {
      await this.unpack(request, name, release)
    } catch (error) {
      // Nothing is switched yet: a full disk or a folder that turned read-only is named as such.
      throw await pathError(error, this.chosen(request.environment.name))
    }
    await this.switchTo(join('releases', name))
    log.info(`switched ${this.currentLink} to ${name}`)
    await this.prune(name, log)
    if (this.options.restart) await this.restart(this.options.restart, request, log)
    return { details: { release } }
  }

  /** Unpacks the package into its release folder (once) and writes its settings beside it. */
  private async unpack(request: DeploymentRequest, name: string, release: string): Promise<void> {
    const { package: pkg, log } = request
    if (!(await this.isComplete(release))) {
      await rm(release, { recursive: true, force: true })
      const partial = join(this.releases, `.${name}.${randomBytes(4).toString('hex')}.partial`)
      try {
        const { files } = await extractZip(request.mdaPath, partial, request.mdaPath)
        const marker: ReleaseMarker = {
          version: pkg.version,
          sha256: pkg.sha256,
          unpackedAt: new Date().toISOString()
        }
        await writeFileAtomic(join(partial, MARKER), `${JSON.stringify(marker, null, 2)}\n`)
        await rename(partial, release)
        log.info(`unpacked ${files} files into ${release}`)
      } finally {
        await rm(partial, { recursive: true, force: true })
      }
    }
    await writeFileAtomic(join(release, SETTINGS), `${JSON.stringify(request.settings, null, 2)}\n`)
  }

  private async isComplete(release: string): Promise<boolean> {
    try {
      await stat(join(release, MARKER))
      return true
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false
      throw error
    }
  }

  /** A new link beside `current`, renamed over it: rename(2) replaces it atomically. */
  private async switchTo(relative: string): Promise<void> {
    const next = join(this.options.path, `.current.${randomBytes(4).toString('hex')}`)
    await symlink(relative, next)
    try {
      await rename(next, this.currentLink)
    } catch (error) {
      await rm(next, { force: true })
      throw error
    }
    const settingsLink = join(this.options.path, 'settings.json')
    try {
      await readlink(settingsLink)
    } catch {
      const temp = `${settingsLink}.${randomBytes(4).toString('hex')}`
      await symlink(join('current', SETTINGS), temp)
      await rename(temp, settingsLink)
    }
  }

  /** Keeps the newest `keep` complete releases (the current one always) and drops leftovers. */
  private async prune(current: string, log: Logger): Promise<void> {
    const entries = await readdir(this.releases)
    const complete: { name: string; time: string }[] = []
    for (const entry of entries) {
      if (entry.endsWith('.partial')) {
        // Left by a process killed while unpacking; ours was renamed or removed already, and the
        // lock keeps any other process out.
        await rm(join(this.releases, entry), { recursive: true, force: true })
        continue
      }
      try {
        const marker = JSON.parse(
          await readFile(join(this.releases, entry, MARKER), 'utf8')
        ) as ReleaseMarker
        complete.push({ name: entry, time: marker.unpackedAt })
      } catch {
        // An incomplete release left by a killed process: never current, safe to drop.
        await rm(join(this.releases, entry), { recursive: true, force: true })
      }
    }
    complete.sort((a, b) => b.time.localeCompare(a.time))
    const keep = new Set([current, ...complete.slice(0, this.options.keep).map((r) => r.name)])
    for (const release of complete) {
      if (keep.has(release.name)) continue
      await rm(join(this.releases, release.name), { recursive: true, force: true })
      log.info(`removed old release ${release.name}`)
    }
  }

  private async restart(command: string, request: DeploymentRequest, log: Logger): Promise<void> {
    log.info(`restarting: ${command}`)
    const output: string[] = []
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, {
        shell: true,
        cwd: this.options.path,
        env: {
          ...process.env,
          MXDEPLOY_RELEASE: join(this.options.path, 'current'),
          MXDEPLOY_ENVIRONMENT: request.environment.name
        },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      const collect = (chunk: Buffer): void => {
        output.push(chunk.toString('utf8'))
        for (const line of chunk.toString('utf8').split('\n')) if (line) log.info(`  ${line}`)
      }
      child.stdout.on('data', collect)
      child.stderr.on('data', collect)
      child.on('error', reject)
      child.on('close', resolve)
    })
    if (code !== 0) {
      throw new OperationError(
        `switched ${request.environment.name} to ${request.package.version}, but the restart command exited with ${code}: ${output.join('').trim().slice(-2000)}`
      )
    }
  }
}
