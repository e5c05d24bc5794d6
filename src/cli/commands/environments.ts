import { resolve } from 'node:path'
import { CONFIG_FILE, loadConfig } from '../../config/load.js'
import { DEFAULT_DEPLOY_API_URL, DEFAULT_PORTAL_API_URL } from '../../config/normalize.js'
import type { EnvironmentConfig, MendixCloudTargetConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import { findEnvironment } from '../../config/find-environment.js'
import { anyAuth, apiKeyAuth, patAuth } from '../../targets/mendix-cloud/credentials.js'
import type { MendixAuth } from '../../targets/mendix-cloud/credentials.js'
import {
  listAppEnvironments,
  type EnvironmentSummary
} from '../../targets/mendix-cloud/environment-list.js'
import { stringValue, type Command, type CommandContext } from '../command.js'
import { table } from '../format.js'
import { listKubernetesEnvironments } from './kubernetes-environments.js'

interface AppQuery {
  appId: string
  deployApiUrl: string
  portalApiUrl: string
  /** mxdeploy environments of this app, by the Mendix Cloud environment they name. */
  mapped: { name: string; environment: string }[]
}

function isMendixCloud(
  env: EnvironmentConfig
): env is EnvironmentConfig & { target: MendixCloudTargetConfig } {
  return env.target.type === 'mendix-cloud'
}

/** The apps to list: one from --app-id, or those of the mendix-cloud targets in mxdeploy.yml. */
async function appsToList(context: CommandContext): Promise<AppQuery[]> {
  const appId = stringValue(context, 'app-id')
  if (appId) {
    return [
      {
        appId,
        deployApiUrl: stringValue(context, 'deploy-api-url') ?? DEFAULT_DEPLOY_API_URL,
        portalApiUrl: stringValue(context, 'portal-api-url') ?? DEFAULT_PORTAL_API_URL,
        mapped: []
      }
    ]
  }
  const target = stringValue(context, 'target')
  if (target !== undefined && target !== 'mendix-cloud') {
    throw new ConfigurationError(
      `--target ${target}: mendix-cloud and kubernetes environments can be listed (--target mendix-cloud or --target kubernetes)`
    )
  }
  const config = await loadConfig(
    resolve(context.io.cwd, stringValue(context, 'config') ?? CONFIG_FILE)
  )
  const name = stringValue(context, 'environment')
  const chosen = name ? [findEnvironment(config, name)] : config.environments
  const cloud = chosen.filter(isMendixCloud)
  if (cloud.length === 0) {
    throw new ConfigurationError(
      name
        ? `environment ${name} deploys to a ${chosen[0]!.target.type} target, not Mendix Cloud${chosen[0]!.target.type === 'kubernetes' ? ': list it with --target kubernetes' : ''}`
        : `no environment of ${config.file} deploys to Mendix Cloud (target: { type: mendix-cloud, app-id: … }); or give --app-id`
    )
  }
  const apps = new Map<string, AppQuery>()
  for (const env of cloud) {
    const key = `${env.target.appId} ${env.target.deployApiUrl} ${env.target.portalApiUrl}`
    const app = apps.get(key) ?? {
      appId: env.target.appId,
      deployApiUrl: env.target.deployApiUrl,
      portalApiUrl: env.target.portalApiUrl,
      mapped: []
    }
    app.mapped.push({ name: env.name, environment: env.target.environment })
    apps.set(key, app)
  }
  return [...apps.values()]
}

function credentials(context: CommandContext): MendixAuth {
  const api = stringValue(context, 'api')
  if (api === undefined) return anyAuth(context.io.env, context.log)
  if (api === 'v1') return apiKeyAuth(context.io.env, context.log)
  if (api === 'v4') {
    const pat = patAuth(context.io.env, context.log)
    if (!pat) {
      throw new ConfigurationError(
        '--api v4 needs MENDIX_PAT: a personal access token with the mx:deployment:read scope (Mendix Profile → Personal Access Tokens)'
      )
    }
    return pat
  }
  throw new ConfigurationError(`--api ${api} is not one of v1, v4`)
}

function mxdeployName(app: AppQuery, env: EnvironmentSummary): string | null {
  const found = app.mapped.find(
    (m) =>
      m.environment.toLowerCase() === env.name.toLowerCase() ||
      m.environment.toLowerCase() === env.id.toLowerCase()
  )
  return found?.name ?? null
}

export const environmentsCommand: Command = {
  name: 'environments',
  summary:
    "List a Mendix Cloud app's environments with their status, model and runtime version (Deploy API v1 with MENDIX_USERNAME and MENDIX_API_KEY, v4 with MENDIX_PAT), or with --target kubernetes the MendixApps of the kubernetes environments' namespaces with version and status.",
  usage:
    'environments [--target mendix-cloud|kubernetes | --environment NAME | --app-id ID] [--api v1|v4]',
  options: {
    config: {
      type: 'string',
      value: 'FILE',
      description: `configuration file (default: ./${CONFIG_FILE})`
    },
    target: {
      type: 'string',
      value: 'TYPE',
      description:
        'the apps of every environment with this target type: mendix-cloud (default) or kubernetes'
    },
    environment: {
      type: 'string',
      short: 'e',
      value: 'NAME',
      description: 'the app of this environment of mxdeploy.yml'
    },
    'app-id': {
      type: 'string',
      value: 'ID',
      description: 'an app by its AppId (subdomain), without mxdeploy.yml'
    },
    'deploy-api-url': {
      type: 'string',
      value: 'URL',
      description: `with --app-id: the Deploy API v1 base URL (default ${DEFAULT_DEPLOY_API_URL})`
    },
    'portal-api-url': {
      type: 'string',
      value: 'URL',
      description: `with --app-id: the Deploy API v4 base URL (default ${DEFAULT_PORTAL_API_URL})`
    },
    api: {
      type: 'string',
      value: 'v1|v4',
      description: 'which API to ask (default: v1 when MENDIX_API_KEY is set, else v4)'
    }
  },
  async run(context) {
    if (stringValue(context, 'target') === 'kubernetes') return listKubernetesEnvironments(context)
    const apps = await appsToList(context)
    const auth = credentials(context)
    const retry = retryPolicyFromEnv(context.io.env)
    const listed = []
    for (const app of apps) {
      const environments = await listAppEnvironments({ auth, ...app, log: context.log, retry })
      listed.push({
        appId: app.appId,
        api: auth.kind === 'pat' ? 'v4' : 'v1',
        environments: environments.map((env) => ({ ...env, mxdeploy: mxdeployName(app, env) }))
      })
    }
    const text = listed
      .map((app) =>
        [
          `app ${app.appId} (Deploy API ${app.api})`,
          app.environments.length === 0
            ? '  no environments'
            : table(
                ['environment', 'mxdeploy', 'status', 'model', 'runtime', 'production', 'url'],
                app.environments.map((env) => [
                  env.name,
                  env.mxdeploy ?? '',
                  env.status,
                  env.modelVersion ?? '',
                  env.runtimeVersion ?? '',
                  env.production ? 'yes' : 'no',
                  env.url
                ])
              )
        ].join('\n')
      )
      .join('\n\n')
    return { json: { apps: listed }, text }
  }
}
