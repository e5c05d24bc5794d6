import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { kubernetesTarget } from './kubernetes-target.js'
import type {
  CloudFoundryTargetConfig,
  EnvironmentConfig,
  MendixCloudTargetConfig,
  MxdeployConfig,
  TargetConfig
} from './types.js'

type Raw = Record<string, unknown>

export interface NormalizeContext {
  file: string | undefined
  dir: string
  stateDir: string
  /** `file:line:column` of a path in the source, for messages. */
  locate: (path: string[], key?: string) => string
}

const DEFAULT_KEEP = 5
export const DEFAULT_DEPLOY_API_URL = 'https://deploy.mendix.com'
export const DEFAULT_PORTAL_API_URL = 'https://cloud.home.mendix.com'
/** Minutes: generous, since a large app's backup or first start can take long. */
export const DEFAULT_MENDIX_CLOUD_TIMEOUTS = {
  upload: 30,
  backup: 60,
  transport: 10,
  stop: 10,
  start: 30
} as const
/** Minutes: staging as the cf CLI allows it; a Mendix start may synchronise the database. */
export const DEFAULT_CLOUD_FOUNDRY_TIMEOUTS = { upload: 15, staging: 15, start: 15 } as const
const DEFAULT_STORY_LIMIT = 1000
/** m2ee-tools' own non-interactive restart; mxdeploy adds the `-c` files when it runs it. */
export const DEFAULT_M2EE_RESTART = 'm2ee --yolo restart'

function pathIn(dir: string, value: unknown): string | undefined {
  return typeof value === 'string' ? (isAbsolute(value) ? value : resolve(dir, value)) : undefined
}

function mendixCloudTarget(raw: Raw, name: string): MendixCloudTargetConfig {
  const timeouts = (raw['timeouts'] ?? {}) as Record<string, number | undefined>
  const trim = (url: string): string => url.replace(/\/+$/, '')
  return {
    type: 'mendix-cloud',
    appId: raw['app-id'] as string,
    environment: (raw['environment'] as string | undefined) ?? name,
    deployApiUrl: trim((raw['deploy-api-url'] as string | undefined) ?? DEFAULT_DEPLOY_API_URL),
    portalApiUrl: trim((raw['portal-api-url'] as string | undefined) ?? DEFAULT_PORTAL_API_URL),
    backup: raw['backup'] as 'before' | 'none' | undefined,
    timeouts: {
      upload: timeouts['upload'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.upload,
      backup: timeouts['backup'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.backup,
      transport: timeouts['transport'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.transport,
      stop: timeouts['stop'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.stop,
      start: timeouts['start'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.start
    }
  }
}

function cloudFoundryTarget(raw: Raw): CloudFoundryTargetConfig {
  const timeouts = (raw['timeouts'] ?? {}) as Record<string, number | undefined>
  return {
    type: 'cloudfoundry',
    api: (raw['api'] as string).replace(/\/+$/, ''),
    org: raw['org'] as string,
    space: raw['space'] as string,
    app: raw['app'] as string,
    buildpack: raw['buildpack'] as string,
    strategy: (raw['strategy'] as 'rolling' | 'restart' | undefined) ?? 'rolling',
    timeouts: {
      upload: timeouts['upload'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.upload,
      staging: timeouts['staging'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.staging,
      start: timeouts['start'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.start
    }
  }
}

function target(
  raw: Raw | undefined,
  environment: { name: string; constants: Record<string, string> },
  context: NormalizeContext
): TargetConfig {
  const { name } = environment
  if (!raw || raw['type'] === 'local') {
    return {
      type: 'local',
      path: pathIn(context.dir, raw?.['path']) ?? resolve(context.stateDir, 'envs', name),
      keep: (raw?.['keep'] as number | undefined) ?? DEFAULT_KEEP,
      ...(typeof raw?.['restart'] === 'string' ? { restart: raw['restart'] } : {})
    }
  }
  if (raw['type'] === 'mendix-cloud') return mendixCloudTarget(raw, name)
  if (raw['type'] === 'image') {
    const platforms = raw['platforms'] as string[] | 'all' | undefined
    return {
      type: 'image',
      base: raw['base'] as string,
      image: raw['image'] as string,
      platforms,
      compression: (raw['compression'] as 'gzip' | 'none' | undefined) ?? 'gzip'
    }
  }
  if (raw['type'] === 'cloudfoundry') return cloudFoundryTarget(raw)
  if (raw['type'] === 'kubernetes') return kubernetesTarget(raw, environment, context.locate)
  if (raw['type'] === 'm2ee') {
    return {
      type: 'm2ee',
      appBase: pathIn(context.dir, raw['app-base'])!,
      m2eeConfig: pathIn(context.dir, raw['m2ee-config'])!,
      restart: (raw['restart'] as string | undefined) ?? DEFAULT_M2EE_RESTART,
      keep: (raw['keep'] as number | undefined) ?? DEFAULT_KEEP
    }
  }
  return {
    type: 'command',
    run: raw['run'] as string,
    ...(typeof raw['timeout-minutes'] === 'number'
      ? { timeoutMinutes: raw['timeout-minutes'] }
      : {})
  }
}

function environment(name: string, raw: Raw, context: NormalizeContext): EnvironmentConfig {
  const protection = (raw['protection'] ?? {}) as Raw
  const constants = Object.fromEntries(
    Object.entries((raw['constants'] ?? {}) as Raw).map(([key, value]) => [key, String(value)])
  )
  return {
    name,
    target: target(raw['target'] as Raw | undefined, { name, constants }, context),
    after: raw['after'] as string | undefined,
    url: raw['url'] as string | undefined,
    production: (raw['production'] as boolean | undefined) ?? /^prod(uction)?$/i.test(name),
    constants,
    scheduledEvents: raw['scheduled-events'] as EnvironmentConfig['scheduledEvents'],
    newConstants: (raw['new-constants'] as 'default' | 'require' | undefined) ?? 'default',
    protection: {
      reviewers: (protection['reviewers'] as 'required' | 'none' | undefined) ?? 'none',
      preventSelfReview: (protection['prevent-self-review'] as boolean | undefined) ?? false,
      mfa: (protection['mfa'] as 'totp' | 'none' | undefined) ?? 'none',
      sessionHours: (protection['session-hours'] as number | undefined) ?? 8
    }
  }
}

/**
 * Every `after:` names an environment of the file, and following them never comes back. Each
 * environment is walked through once (a walk stops at one already checked), so this is linear in
 * the number of environments however long the chains.
 */
function checkOrder(environments: EnvironmentConfig[], context: NormalizeContext): void {
  const byName = new Map(environments.map((env) => [env.name, env]))
  const state = new Map<string, 'walking' | 'checked'>()
  for (const env of environments) {
    if (env.after !== undefined && !byName.has(env.after)) {
      const known = environments.map((e) => e.name).join(', ')
      throw new ConfigurationError(
        `${context.locate(['environments', env.name, 'after'])}: environment "${env.name}" comes after "${env.after}", which is not an environment of this file (they are: ${known})`
      )
    }
    const path: EnvironmentConfig[] = []
    let step: EnvironmentConfig | undefined = env
    while (step && !state.has(step.name)) {
      state.set(step.name, 'walking')
      path.push(step)
      step = step.after === undefined ? undefined : byName.get(step.after)
    }
    if (step && state.get(step.name) === 'walking') {
      throw new ConfigurationError(
        `${context.locate(['environments', env.name, 'after'])}: the "after:" links form a cycle: ${[...path, step].map((e) => e.name).join(' → ')}`
      )
    }
    for (const walked of path) state.set(walked.name, 'checked')
  }
}

/** Applies defaults to a validated document and resolves its paths. */
export function normalizeConfig(raw: Raw, context: NormalizeContext): MxdeployConfig {
  const build = (raw['build'] ?? {}) as Raw
  const traceability = (raw['traceability'] ?? {}) as Raw
  const repository =
    (raw['repository'] as string | undefined) ?? `file:${resolve(context.stateDir, 'packages')}`
  const environments = Object.entries((raw['environments'] ?? {}) as Record<string, Raw>).map(
    ([name, env]) => environment(name, env ?? {}, context)
  )
  checkOrder(environments, context)
  return {
    file: context.file,
    dir: context.dir,
    app: raw['app'] as string,
    build: {
      deploymentDir: pathIn(context.dir, build['deployment-dir']),
      project: pathIn(context.dir, build['project']),
      version: build['version'] as string | undefined,
      output: pathIn(context.dir, build['output'])
    },
    repositoryConfigured: raw['repository'] !== undefined,
    repository: repository.startsWith('file:')
      ? `file:${pathIn(context.dir, repository.slice(5))}`
      : repository,
    traceability: {
      requireStory:
        (traceability['require-story'] as 'off' | 'warn' | 'error' | undefined) ?? 'off',
      patterns: traceability['patterns'] as MxdeployConfig['traceability']['patterns'],
      limit: (traceability['limit'] as number | undefined) ?? DEFAULT_STORY_LIMIT
    },
    environments
  }
}
