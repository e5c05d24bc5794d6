import { join, resolve } from 'node:path'
import { buildPackage } from '../../build/build-package.js'
import { CONFIG_FILE, loadConfig } from '../../config/load.js'
import { ConfigurationError } from '../../errors.js'
import { inspectPackage } from '../../mda/inspect.js'
import { verifyPackage } from '../../mda/verify.js'
import { stringValue, type Command } from '../command.js'
import { formatBytes, keyValues } from '../format.js'

export const pipelineCommand: Command = {
  name: 'pipeline',
  summary:
    'Run the main job on the app of mxdeploy.yml: build the package, then inspect and verify it.',
  usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
  options: {
    config: {
      type: 'string',
      value: 'FILE',
      description: `configuration file (default: ./${CONFIG_FILE})`
    },
    'state-dir': {
      type: 'string',
      value: 'DIR',
      description: 'where packages and state are kept (default: .mxdeploy beside the configuration)'
    },
    'build-number': {
      type: 'string',
      value: 'N',
      description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
    }
  },
  async run(context) {
    const configPath = resolve(context.io.cwd, stringValue(context, 'config') ?? CONFIG_FILE)
    const stateDir = stringValue(context, 'state-dir')
    const config = await loadConfig(
      configPath,
      stateDir ? { stateDir: resolve(context.io.cwd, stateDir) } : {}
    )
    const { build } = config
    if (!build.version)
      throw new ConfigurationError(
        `${configPath}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`
      )
    const state = stateDir ? resolve(context.io.cwd, stateDir) : join(config.dir, '.mxdeploy')
    const built = await buildPackage({
      deploymentDir: build.deploymentDir,
      project: build.project,
      version: build.version,
      buildNumber: stringValue(context, 'build-number'),
      out: build.output,
      app: config.app,
      cwd: join(state, 'build'),
      env: context.io.env,
      log: context.log
    })
    context.log.info(`built ${built.path} (${formatBytes(built.size)}, ${built.entries} entries)`)
    const verified = await verifyPackage(built.path)
    context.log.info(`verified ${verified.entries} entries`)
    const facts = await inspectPackage(built.path)
    const json = {
      app: config.app,
      package: {
        path: built.path,
        version: built.version,
        sha256: built.sha256,
        size: built.size,
        entries: built.entries
      },
      inspect: facts,
      stages: []
    }
    const text = `pipeline for ${config.app}\n${keyValues([
      ['package', built.path],
      ['version', built.version],
      ['runtime', facts.metadata.runtimeVersion],
      ['sha256', built.sha256],
      ['constants', facts.metadata.constants.map((c) => c.name).join(', ') || '(none)'],
      ['events', facts.metadata.scheduledEvents.map((e) => e.name).join(', ') || '(none)']
    ])}`
    return { json, text }
  }
}
