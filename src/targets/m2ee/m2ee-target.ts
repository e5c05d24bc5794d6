import { readFile, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { M2eeTargetConfig } from '../../config/types.js'
import { ConfigurationError, errnoCode, errorMessage, OperationError } from '../../errors.js'
import { writeFileAtomic } from '../../fs/atomic-write.js'
import { fsReason } from '../../fs/fs-error.js'
import { pathError } from '../../fs/path-error.js'
import type { Logger } from '../../log.js'
import { METADATA_PATH, parseMetadata } from '../../mda/metadata.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  EnvironmentSettings,
  RunningState
} from '../deployment-target.js'
import { ReleaseStore } from '../release-store.js'
import { fromRuntimeSettings, type RuntimeSettings } from '../runtime-settings.js'
import { AppBase, placeUpload } from './app-base.js'
import { FRAGMENT_FILE, fragmentSettings, parseFragment, renderFragment } from './fragment.js'
import { restartAndCheck, restartCommandLine, m2eeArgs } from './restart.js'
import { checkSettingsConflicts } from './settings-conflicts.js'
import { readTeamConfig, type TeamConfig } from './team-config.js'

export interface M2eeTargetOptions {
  config: M2eeTargetConfig
  /** How long a runtime reporting `starting` is waited for. */
  startTimeoutMs?: number
}

/**
 * An on-premises Linux server run by m2ee-tools: each package unpacked into its own release under
 * app-base/.mxdeploy, app-base/model and web linked to the current one, the settings in m2ee's own
 * format in a file m2ee reads after the team's m2ee.yaml, the MDA in m2ee's upload folder, then
 * the restart command and a check, through the runtime's admin API, that the runtime runs.
 */
export class M2eeTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'm2ee'
  private readonly appBase: AppBase

  constructor(private readonly options: M2eeTargetOptions) {
    this.appBase = new AppBase(options.config.appBase)
  }

  /**
   * What the app base runs: the marker of the release `current` points at, when model/ and web/
   * lead into it, with the settings of its m2ee file. A release mxdeploy switched to whose restart
   * it never saw succeed is reported as unconfirmed.
   */
  async current(): Promise<RunningState | undefined> {
    const release = await this.appBase.store.current()
    if (!release || !(await this.appBase.runs(release))) return undefined
    const settings = await readReleaseSettings(release.dir)
    const pending = (await this.appBase.pending()) === release.name
    return {
      version: release.marker.version,
      sha256: release.marker.sha256,
      constants: settings?.constants,
      scheduledEvents: settings?.scheduledEvents,
      ...(pending
        ? {
            unconfirmed: `mxdeploy switched ${this.options.config.appBase} to it, but never saw the runtime run after the restart (the restart failed or was interrupted)`
          }
        : {})
    }
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    const { config } = this.options
    const { log, package: pkg } = request
    // Everything that can refuse is checked before anything is written.
    const team = await readTeamConfig({
      file: config.m2eeConfig,
      appBase: config.appBase,
      fragment: this.appBase.fragment
    })
    log.secret(team.adminPass)
    const settings = fragmentSettings(request.settings, {
      constants: Object.keys(request.environment.constants),
      scheduledEvents: request.environment.scheduledEvents !== undefined
    })
    for (const warning of [...team.warnings, ...checkSettingsConflicts(team, settings)]) {
      log.warning(warning)
    }
    await this.checkRestartReadsSettings(team, log)
    const files: [string, string] = [config.m2eeConfig, this.appBase.fragment]
    const fragment = renderFragment(settings, {
      app: pkg.app,
      version: pkg.version,
      environment: request.environment.name,
      usage: `m2ee ${m2eeArgs(files)} ...`
    })
    const state = { switched: false }
    try {
      return await this.deployLocked(request, files, fragment, team, state)
    } catch (error) {
      // Until the switch nothing runs differently: a full disk is named as app-base's. After it,
      // what failed is said with what is already true.
      if (!state.switched) {
        throw await pathError(error, {
          what: `the app base of environment ${request.environment.name}`,
          path: config.appBase,
          fix: `set target.app-base of ${request.environment.name} in mxdeploy.yml to m2ee's app_base on a writable disk`
        })
      }
      if (!errnoCode(error)) throw error
      throw new OperationError(
        `switched ${config.appBase} to ${pkg.app} ${pkg.version}, but then ${fsReason(error)}`
      )
    }
  }

  private async deployLocked(
    request: DeploymentRequest,
    files: [string, string],
    fragment: string,
    team: TeamConfig,
    state: { switched: boolean }
  ): Promise<DeploymentResult> {
    const { config } = this.options
    const { package: pkg, log } = request
    const store = this.appBase.store
    return store.locked(`environment ${request.environment.name} (${config.appBase})`, async () => {
      const release = await store.unpack(pkg, request.mdaPath, log)
      const name = ReleaseStore.nameOf(pkg)
      await this.appBase.markPending(name)
      await writeFileAtomic(join(release, FRAGMENT_FILE), fragment)
      const upload = await placeUpload(
        team.modelUploadPath,
        uploadName(pkg.app, pkg.version),
        request.mdaPath
      )
      await store.switchTo(name)
      state.switched = true
      await this.appBase.placeLinks(log)
      log.info(`switched ${config.appBase} (model/, web/, ${this.appBase.fragment}) to ${name}`)
      await store.prune(name, config.keep, log, (marker) =>
        rm(join(team.modelUploadPath, uploadName(pkg.app, marker.version)), { force: true })
      )
      try {
        await restartAndCheck({
          command: config.restart,
          configFiles: files,
          appBase: config.appBase,
          env: { MXDEPLOY_ENVIRONMENT: request.environment.name, MXDEPLOY_RELEASE: release },
          admin: { port: team.adminPort, pass: team.adminPass },
          log,
          ...(this.options.startTimeoutMs ? { startTimeoutMs: this.options.startTimeoutMs } : {})
        })
      } catch (error) {
        throw new OperationError(
          `${config.appBase} holds ${pkg.app} ${pkg.version} now, but it did not start: ${errorMessage(error)}`
        )
      }
      await this.appBase.clearPending()
      return { details: { release, upload, settingsFile: this.appBase.fragment } }
    })
  }

  /**
   * m2ee reads mxdeploy's settings only when it is given them with `-c` or the team's file
   * includes them: a restart that names neither (nor a script that does) starts the app without.
   */
  private async checkRestartReadsSettings(team: TeamConfig, log: Logger): Promise<void> {
    const { restart, m2eeConfig } = this.options.config
    const files = [m2eeConfig, this.appBase.fragment]
    if (team.includesFragment || restartCommandLine(restart, files) !== restart) return
    const names = (text: string): boolean =>
      text.includes(this.appBase.fragment) || text.includes('MXDEPLOY_M2EE_')
    if (names(restart) || names(await scriptText(restart, this.options.config.appBase))) return
    const hint = `give m2ee ${m2eeArgs(files)} (a script gets them as $MXDEPLOY_M2EE_ARGS, or $MXDEPLOY_M2EE_CONFIG and $MXDEPLOY_M2EE_SETTINGS), or list ${this.appBase.fragment} under include: in ${m2eeConfig}`
    if (/^\s*(\S*\/)?m2ee\s/.test(restart)) {
      throw new ConfigurationError(
        `the restart command "${restart}" gives m2ee its own -c files without mxdeploy's settings: ${hint}`
      )
    }
    log.warning(
      `the restart command "${restart}" does not name mxdeploy's settings file: unless it runs m2ee with them, the runtime starts without mxdeploy.yml's constants and scheduled events; ${hint}`
    )
  }
}

/** The text of the script a command runs first, when it is a small file; '' otherwise. */
async function scriptText(command: string, cwd: string): Promise<string> {
  const first = /^\s*(\S+)/.exec(command)?.[1]
  if (!first || !first.includes('/')) return ''
  try {
    const path = resolve(cwd, first)
    if ((await stat(path)).size > 65_536) return ''
    return await readFile(path, 'utf8')
  } catch {
    return ''
  }
}

/** The MDA's name in m2ee's upload folder, one per version (`m2ee unpack` lists the .mda files). */
const uploadName = (app: string, version: string): string => `${app}_${version}.mda`

/**
 * A release's settings as mxdeploy decides them: the constants of its m2ee file, the model's
 * default for the others (left to the team's file), and its scheduled events when the file sets
 * them (else undefined: the team's file decides them).
 */
async function readReleaseSettings(dir: string): Promise<Partial<EnvironmentSettings> | undefined> {
  const file = join(dir, FRAGMENT_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined
    throw error
  }
  const fragment = parseFragment(text, file)
  const metadataPath = join(dir, METADATA_PATH)
  const metadata = parseMetadata(await readFile(metadataPath), metadataPath)
  const constants = Object.fromEntries(metadata.constants.map((c) => [c.name, c.defaultValue]))
  Object.assign(constants, fragment.MicroflowConstants)
  if (fragment.ScheduledEventExecution === undefined) return { constants }
  const events = fromRuntimeSettings(
    fragment as RuntimeSettings,
    metadata.scheduledEvents.map((event) => event.name)
  ).scheduledEvents
  return { constants, scheduledEvents: events }
}
