import { ConfigurationError } from '../errors.js'
import type { KubernetesEnvironmentVariable, KubernetesTargetConfig } from './types.js'

type Raw = Record<string, unknown>

/** Minutes: the Mendix documents say the statuses can take up to ten minutes to reach Ready. */
export const DEFAULT_KUBERNETES_TIMEOUT_MINUTES = 30

/**
 * Spec fields mxdeploy writes itself (from the package, the environment or a key of its own),
 * and fields that hold passwords or keys, which would reach the repository and the resource.
 */
const REFUSED_SPEC: Record<string, string> = {
  sourceURL: 'mxdeploy sets it to the package being staged',
  sourceVersion: 'mxdeploy sets the package through sourceURL',
  mendixRuntimeVersion: 'mxdeploy sets it from the package',
  replicas: 'use target.replicas',
  database: 'use target.database-plan',
  storage: 'use target.storage-plan',
  appURL: 'use target.app-url',
  tls: 'use target.tls (a TLS key belongs in a kubernetes.io/tls Secret, named by tls.secret-name)',
  resources: 'use target.resources',
  'runtime.dtapMode': "mxdeploy sets it from the environment's production: setting",
  'runtime.microflowConstants': 'set constants under the environment’s constants:',
  'runtime.scheduledEventExecution': 'set them under the environment’s scheduled-events:',
  'runtime.myScheduledEvents': 'set them under the environment’s scheduled-events:',
  'runtime.environmentVariables': 'use target.environment-variables',
  'runtime.customConfiguration': 'use target.custom-configuration',
  'runtime.mxAdminPassword':
    'a password in mxdeploy.yml reaches the repository and the resource: keep it in the secret store (key mx-admin-password), see docs/kubernetes.md',
  'runtime.debuggerPassword':
    'a password in mxdeploy.yml reaches the repository and the resource: keep it in the secret store (key mx-debugger-password), see docs/kubernetes.md',
  'runtime.clientCertificates':
    'client certificates and their passwords do not belong in mxdeploy.yml: add them to the resource outside mxdeploy',
  'runtime.runtimeLicense':
    'a license key does not belong in mxdeploy.yml: add it to the resource outside mxdeploy'
}

/** Runtime settings of customConfiguration that mxdeploy sets through their own spec fields. */
const REFUSED_CUSTOM = ['MicroflowConstants', 'ScheduledEventExecution', 'MyScheduledEvents']

function refusedSpecField(spec: Raw): [string, string] | undefined {
  for (const [path, why] of Object.entries(REFUSED_SPEC)) {
    const [head, tail] = path.split('.') as [string, string | undefined]
    const value = spec[head]
    if (value === undefined) continue
    if (tail === undefined) return [path, why]
    if (typeof value === 'object' && value !== null && tail in value) return [path, why]
  }
  return undefined
}

function environmentVariables(raw: unknown): KubernetesEnvironmentVariable[] {
  return ((raw ?? []) as Raw[]).map((item) =>
    item['value'] !== undefined
      ? { name: item['name'] as string, value: String(item['value'] as string | number | boolean) }
      : {
          name: item['name'] as string,
          secret: item['secret'] as string,
          key: item['key'] as string
        }
  )
}

function quantities(raw: unknown): Record<string, Record<string, string>> | undefined {
  if (raw === undefined) return undefined
  return Object.fromEntries(
    Object.entries(raw as Record<string, Raw>).map(([kind, values]) => [
      kind,
      Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]))
    ])
  )
}

/**
 * The kubernetes target of a validated document. Refuses, naming the key, spec fields mxdeploy
 * sets itself or that carry passwords, and secret constants given a value in mxdeploy.yml.
 */
export function kubernetesTarget(
  raw: Raw,
  environment: { name: string; constants: Record<string, string> },
  locate: (path: string[], key?: string) => string
): KubernetesTargetConfig {
  const at = ['environments', environment.name, 'target']
  const spec = (raw['spec'] ?? {}) as Raw
  const refused = refusedSpecField(spec)
  if (refused) {
    throw new ConfigurationError(
      `${locate([...at, 'spec'], refused[0].split('.')[0])}: target.spec.${refused[0]} of environment ${environment.name} is not allowed: ${refused[1]}`
    )
  }
  const custom = raw['custom-configuration'] as Raw | undefined
  const owned = REFUSED_CUSTOM.find((key) => custom && key in custom)
  if (owned) {
    throw new ConfigurationError(
      `${locate([...at, 'custom-configuration'], owned)}: ${owned} in custom-configuration of environment ${environment.name} is not allowed: mxdeploy sets constants and scheduled events from the environment's constants: and scheduled-events:`
    )
  }
  const secretConstants = (raw['secret-constants'] ?? []) as string[]
  const valued = secretConstants.find((name) => name in environment.constants)
  if (valued) {
    throw new ConfigurationError(
      `${locate(['environments', environment.name, 'constants'], valued)}: constant ${valued} of environment ${environment.name} is listed in target.secret-constants and has a value here: a secret's value belongs in the secret store (key mx-const-${valued}), not in mxdeploy.yml; remove it from constants:`
    )
  }
  if (
    secretConstants.length > 0 &&
    spec['allowOverrideSecretsWithSecretStoreCSIDriver'] === false
  ) {
    throw new ConfigurationError(
      `${locate([...at, 'spec'], 'allowOverrideSecretsWithSecretStoreCSIDriver')}: environment ${environment.name} reads secret-constants from the secret store, which the operator uses only with allowOverrideSecretsWithSecretStoreCSIDriver: true; remove the false`
    )
  }
  const tls = raw['tls'] as Raw | undefined
  return {
    type: 'kubernetes',
    namespace: raw['namespace'] as string,
    name: raw['name'] as string,
    context: raw['context'] as string | undefined,
    replicas: raw['replicas'] as number | undefined,
    databasePlan: raw['database-plan'] as string | undefined,
    storagePlan: raw['storage-plan'] as string | undefined,
    appUrl: raw['app-url'] as string | undefined,
    tls: tls
      ? { enable: tls['enable'] as boolean, secretName: tls['secret-name'] as string | undefined }
      : undefined,
    resources: quantities(raw['resources']),
    environmentVariables: environmentVariables(raw['environment-variables']),
    customConfiguration: custom,
    spec,
    secretConstants,
    forceConflicts: (raw['force-conflicts'] as boolean | undefined) ?? false,
    timeoutMinutes:
      (raw['timeout-minutes'] as number | undefined) ?? DEFAULT_KUBERNETES_TIMEOUT_MINUTES
  }
}
