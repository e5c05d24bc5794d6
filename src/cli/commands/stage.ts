import { ConfigurationError } from '../../errors.js'
import { currentActor } from '../../repository/publish-package.js'
import { stagePackage } from '../../stage/stage-service.js'
import { StageStories } from '../../trace/deployment-stories.js'
import { cliTraceContext } from '../trace-context.js'
import { booleanValue, stringValue, type Command } from '../command.js'
import { keyValues } from '../format.js'
import { cliAccessPolicies, MFA_OPTIONS } from '../access-options.js'
import { openWorkspace, WORKSPACE_OPTIONS } from '../workspace.js'

export const stageCommand: Command = {
  name: 'stage',
  summary:
    'Deploy a published package to one environment after every check: promotion order, access control, constants preflight. Recorded in the activity log.',
  usage:
    'stage --environment NAME [--package VERSION|latest] [--redeploy | --rollback] [--otp CODE --user NAME]',
  options: {
    ...WORKSPACE_OPTIONS,
    ...MFA_OPTIONS,
    environment: {
      type: 'string',
      short: 'e',
      value: 'NAME',
      description: 'environment to deploy to'
    },
    package: {
      type: 'string',
      short: 'p',
      value: 'VERSION',
      description: 'package version, or latest (default)'
    },
    redeploy: {
      type: 'boolean',
      description: 'switch again even when the environment already runs this package'
    },
    rollback: {
      type: 'boolean',
      description: "deploy the environment's previous successful package"
    }
  },
  async run(context) {
    const environment = stringValue(context, 'environment')
    if (!environment)
      throw new ConfigurationError('give the environment: mxdeploy stage --environment NAME')
    const rollback = booleanValue(context, 'rollback')
    if (rollback && stringValue(context, 'package')) {
      throw new ConfigurationError(
        '--rollback deploys the previous package; do not give --package with it'
      )
    }
    const workspace = await openWorkspace(context)
    const actor = stringValue(context, 'user') ?? currentActor(context.io.env)
    const { config } = workspace
    const stories = new StageStories({
      activity: workspace.activity,
      ...(await cliTraceContext(
        config.traceability,
        config.file,
        config.dir,
        context.io.env,
        context.log
      ))
    })
    const result = await stagePackage({
      config: workspace.config,
      environment,
      package: stringValue(context, 'package'),
      redeploy: booleanValue(context, 'redeploy'),
      rollback,
      repository: workspace.repository,
      activity: workspace.activity,
      actor,
      policies: cliAccessPolicies(context, actor, workspace.stateDir),
      runUrl: null,
      storiesFor: stories.storiesFor,
      stateDir: workspace.stateDir,
      env: context.io.env,
      log: context.log
    })
    const json = {
      environment: result.environment,
      operation: result.operation,
      changed: result.changed,
      package: result.package,
      url: result.url ?? null,
      record: result.record,
      warnings: result.warnings,
      changes: result.changes,
      details: result.details ?? null
    }
    const headline = result.changed
      ? `${result.environment} now runs ${result.package.app} ${result.package.version}`
      : `${result.environment} already runs ${result.package.app} ${result.package.version}; nothing changed`
    return {
      json,
      text: `${headline}\n${keyValues([
        ['sha256', result.package.sha256],
        ['operation', result.operation],
        ['url', result.url ?? '(none)'],
        ...(typeof result.details?.['imageRef'] === 'string'
          ? [['image', result.details['imageRef']] as const]
          : []),
        ['record', result.record?.id ?? '(none)']
      ])}`
    }
  }
}
