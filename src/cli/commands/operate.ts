import { ConfigurationError } from '../../errors.js'
import { currentActor } from '../../repository/publish-package.js'
import { operateEnvironment } from '../../stage/operate-environment.js'
import type { EnvironmentOperation } from '../../targets/deployment-target.js'
import { openTarget } from '../../targets/open-target.js'
import { stringValue, type Command } from '../command.js'
import { keyValues } from '../format.js'
import { cliAccessPolicies, MFA_OPTIONS } from '../access-options.js'
import { openWorkspace, WORKSPACE_OPTIONS } from '../workspace.js'

const SUMMARIES: Record<EnvironmentOperation, string> = {
  start: 'Start an environment (Mendix Cloud: with AutoSyncDb) and wait until it runs.',
  stop: 'Stop an environment and wait until it has stopped.',
  restart:
    'Stop an environment, then start it (Mendix Cloud: with AutoSyncDb) and wait until it runs.'
}

const DONE: Record<EnvironmentOperation, string> = {
  start: 'started',
  stop: 'stopped',
  restart: 'restarted'
}

function operationCommand(operation: EnvironmentOperation): Command {
  return {
    name: operation,
    summary: `${SUMMARIES[operation]} Recorded in the activity log.`,
    usage: `${operation} --environment NAME [--otp CODE --user NAME]`,
    options: {
      ...WORKSPACE_OPTIONS,
      ...MFA_OPTIONS,
      environment: {
        type: 'string',
        short: 'e',
        value: 'NAME',
        description: `environment to ${operation}`
      }
    },
    async run(context) {
      const environment = stringValue(context, 'environment')
      if (!environment) {
        throw new ConfigurationError(
          `give the environment: mxdeploy ${operation} --environment NAME`
        )
      }
      const workspace = await openWorkspace(context)
      const actor = stringValue(context, 'user') ?? currentActor(context.io.env)
      const result = await operateEnvironment({
        config: workspace.config,
        environment,
        operation,
        activity: workspace.activity,
        actor,
        // The same access control as stage: the environment's protection guards the app, not
        // only its package.
        policies: cliAccessPolicies(context, actor, workspace.stateDir),
        runUrl: null,
        stateDir: workspace.stateDir,
        log: context.log,
        targetFor: (env) => openTarget(env, workspace.config, { env: context.io.env })
      })
      return {
        json: { environment: result.environment, operation, record: result.record },
        text: `${result.environment} ${DONE[operation]}\n${keyValues([
          ['package', result.record.package?.version ?? '(unknown)'],
          ['record', result.record.id]
        ])}`
      }
    }
  }
}

export const startCommand = operationCommand('start')
export const stopCommand = operationCommand('stop')
export const restartCommand = operationCommand('restart')
