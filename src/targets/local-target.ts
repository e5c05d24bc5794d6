import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errnoCode, OperationError } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { fsReason } from '../fs/fs-error.js'
import { pathError, prepareFolder, type ChosenPath } from '../fs/path-error.js'
import type { Logger } from '../log.js'
import { METADATA_PATH, parseMetadata } from '../mda/metadata.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  EnvironmentSettings,
  RunningState
} from './deployment-target.js'
import { linksTo, ReleaseStore, replaceWithLink } from './release-store.js'
import { fromRuntimeSettings, isRuntimeSettings, toRuntimeSettings } from './runtime-settings.js'
import { runShellCommand } from './shell-command.js'

/**
 * The settings of a release, inside it, so switching `current` switches both at once. Written in
 * the runtime's names (MicroflowConstants, ScheduledEventExecution, MyScheduledEvents); releases
 * deployed before that hold `{ constants, scheduledEvents }`, which is still read.
 */
const SETTINGS = '.mxdeploy-settings.json'

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
  private readonly store: ReleaseStore

  constructor(private readonly options: LocalTargetOptions) {
    this.store = new ReleaseStore(options.path)
  }

  async current(): Promise<RunningState | undefined> {
    const release = await this.store.current()
    if (!release) return undefined
    let settings: Partial<EnvironmentSettings>
    try {
      settings = await readSettings(release.dir)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
    // settings.json is linked after the switch: a deployment stopped in between (killed, a full
    // disk) left the app without its settings file, so the release is in place, not running.
    const linked = await linksTo(
      join(this.options.path, 'settings.json'),
      join('current', SETTINGS)
    )
    return {
      version: release.marker.version,
      sha256: release.marker.sha256,
      constants: settings.constants,
      scheduledEvents: settings.scheduledEvents,
      ...(linked
        ? {}
        : {
            unconfirmed: `${join(this.options.path, 'settings.json')} does not lead to its settings (the deployment stopped after the switch)`
          })
    }
  }

  private chosen(environment: string): ChosenPath {
    return {
      what: `the folder of environment ${environment}`,
      path: this.options.path,
      fix: `set target.path of ${environment} in mxdeploy.yml to a folder on a writable disk`
    }
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    const { environment, package: pkg } = request
    const chosen = this.chosen(environment.name)
    await prepareFolder(chosen, this.store.releases)
    const state = { switched: false }
    try {
      return await this.store.locked(`environment ${environment.name} (${this.options.path})`, () =>
        this.deployLocked(request, state)
      )
    } catch (error) {
      // Until the switch nothing runs differently: a full disk (the lock, the new link) is named
      // as the folder's. After it, what failed is said with what is already true.
      if (!state.switched) throw await pathError(error, chosen)
      if (!errnoCode(error)) throw error
      throw new OperationError(
        `switched ${environment.name} to ${pkg.version}, but then ${fsReason(error)} in ${this.options.path}`
      )
    }
  }

  private async deployLocked(
    request: DeploymentRequest,
    state: { switched: boolean }
  ): Promise<DeploymentResult> {
    const { package: pkg, log } = request
    let release: string
    try {
      release = await this.store.unpack(pkg, request.mdaPath, log)
      const settings = toRuntimeSettings(request.settings)
      await writeFileAtomic(join(release, SETTINGS), `${JSON.stringify(settings, null, 2)}\n`)
    } catch (error) {
      // Nothing is switched yet: a full disk or a folder that turned read-only is named as such.
      throw await pathError(error, this.chosen(request.environment.name))
    }
    const name = ReleaseStore.nameOf(pkg)
    await this.store.switchTo(name)
    state.switched = true
    log.info(`switched ${this.store.currentLink} to ${name}`)
    const settingsLink = join(this.options.path, 'settings.json')
    if (!(await linksTo(settingsLink, join('current', SETTINGS)))) {
      await replaceWithLink(settingsLink, join('current', SETTINGS), 'settings.json')
    }
    await this.store.prune(name, this.options.keep, log)
    if (this.options.restart) await this.restart(this.options.restart, request, log)
    return { details: { release } }
  }

  private async restart(command: string, request: DeploymentRequest, log: Logger): Promise<void> {
    log.info(`restarting: ${command}`)
    const { code, lines } = await runShellCommand(command, {
      cwd: this.options.path,
      env: {
        MXDEPLOY_RELEASE: this.store.currentLink,
        MXDEPLOY_ENVIRONMENT: request.environment.name
      },
      log
    })
    if (code !== 0) {
      throw new OperationError(
        `switched ${request.environment.name} to ${request.package.version}, but the restart command exited with ${code}: ${lines.join('\n').slice(-2000)}`
      )
    }
  }
}

/**
 * A release's settings: the runtime's names expanded against the release's own scheduled
 * events, or the shape releases deployed before them hold.
 */
async function readSettings(release: string): Promise<Partial<EnvironmentSettings>> {
  const doc = JSON.parse(await readFile(join(release, SETTINGS), 'utf8')) as unknown
  if (!isRuntimeSettings(doc)) return doc as Partial<EnvironmentSettings>
  const metadataPath = join(release, METADATA_PATH)
  const metadata = parseMetadata(await readFile(metadataPath), metadataPath)
  return fromRuntimeSettings(
    doc,
    metadata.scheduledEvents.map((event) => event.name)
  )
}
