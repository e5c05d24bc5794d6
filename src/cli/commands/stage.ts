import { ConfigurationError } from '../../errors.js'
import { currentActor } from '../../repository/publish-package.js'
import { checkStageRequest, stageApp } from '../../app/stage.js'
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
    const request = {
      package: stringValue(context, 'package'),
      rollback: booleanValue(context, 'rollback'),
      redeploy: booleanValue(context, 'redeploy')
    }
    checkStageRequest(request)
    const workspace = await openWorkspace(context)
    const actor = stringValue(context, 'user') ?? currentActor(context.io.env)
    const { result } = await stageApp({
      ...workspace,
      ...request,
      environment,
      actor,
      policies: cliAccessPolicies(context, actor, workspace.stateDir),
      runUrl: null,
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
