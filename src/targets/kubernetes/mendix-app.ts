import type { KubernetesTargetConfig } from '../../config/types.js'
import type { PackageRecord } from '../../repository/package-repository.js'
import type { EnvironmentSettings } from '../deployment-target.js'

/** The Mendix Operator's custom resource (Mendix docs: "Using Command Line to Deploy a Mendix App"). */
export const MENDIX_APP = {
  apiVersion: 'privatecloud.mendix.com/v1alpha1',
  kind: 'MendixApp',
  plural: 'mendixapps.privatecloud.mendix.com'
} as const

/** The field manager of every apply (server-side apply's `fieldManager`). */
export const FIELD_MANAGER = 'mxdeploy'

/** What mxdeploy records on the resource, so what runs can be read back from it. */
export const ANNOTATION = {
  app: 'mxdeploy.dev/app',
  environment: 'mxdeploy.dev/environment',
  version: 'mxdeploy.dev/package-version',
  sha256: 'mxdeploy.dev/package-sha256',
  sourceUrl: 'mxdeploy.dev/source-url',
  scheduledEvents: 'mxdeploy.dev/scheduled-events',
  secretConstants: 'mxdeploy.dev/secret-constants'
} as const

/** Kubernetes' recommended labels (kubernetes.io "Recommended Labels"). */
export const LABEL = {
  managedBy: 'app.kubernetes.io/managed-by',
  version: 'app.kubernetes.io/version'
} as const

/** The statuses the documents list ("Monitoring the Build Process"), each Ready when done. */
export interface MendixAppStatus {
  appState?: string
  buildStatus?: string
  databaseStatus?: string
  mendixAppState?: string
  networkStatus?: string
  runtimeStatus?: string
  storageStatus?: string
  /** Kubernetes API conventions; the Mendix documents do not say the operator sets it. */
  observedGeneration?: number
  [key: string]: unknown
}

export interface MendixAppResource {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    generation?: number
    resourceVersion?: string
  }
  spec?: Record<string, unknown>
  status?: MendixAppStatus
}

export type EventExecution = 'ALL' | 'NONE' | 'SPECIFIED'

/** ALL when every event runs, NONE when none does, else SPECIFIED with the ones that do. */
export function eventExecution(events: Record<string, boolean>): {
  execution: EventExecution
  specified: string[]
} {
  const names = Object.keys(events)
  const on = names.filter((name) => events[name]).sort()
  if (names.length > 0 && on.length === names.length) return { execution: 'ALL', specified: [] }
  if (on.length === 0) return { execution: 'NONE', specified: [] }
  return { execution: 'SPECIFIED', specified: on }
}

type Obj = Record<string, unknown>

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `base` with `over` laid on top: objects merged key by key, anything else replaced. */
function merge(base: Obj, over: Obj): Obj {
  const out: Obj = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const current = out[key]
    out[key] = isObject(current) && isObject(value) ? merge(current, value) : value
  }
  return out
}

function defined(entries: Record<string, unknown>): Obj {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))
}

export interface DesiredApp {
  config: KubernetesTargetConfig
  app: string
  environment: { name: string; production: boolean }
  package: PackageRecord
  settings: EnvironmentSettings
  sourceURL: string
}

/**
 * The MendixApp mxdeploy applies: the target's spec fields, the package (sourceURL, runtime
 * version), the environment's settings (dtapMode, constants, scheduled events) and annotations
 * that let `current()` read back which package it is. Secret constants are left out: the
 * operator reads them from the secret store.
 */
export function desiredMendixApp(desired: DesiredApp): MendixAppResource {
  const { config, settings, package: pkg } = desired
  const secret = new Set(config.secretConstants)
  const constants = Object.fromEntries(
    Object.entries(settings.constants)
      .filter(([name]) => !secret.has(name))
      .sort(([a], [b]) => a.localeCompare(b))
  )
  const events = eventExecution(settings.scheduledEvents)
  const ours = defined({
    mendixRuntimeVersion: pkg.runtimeVersion,
    sourceURL: desired.sourceURL,
    replicas: config.replicas,
    database: config.databasePlan ? { servicePlan: config.databasePlan } : undefined,
    storage: config.storagePlan ? { servicePlan: config.storagePlan } : undefined,
    appURL: config.appUrl,
    tls: config.tls
      ? defined({ enableTLS: config.tls.enable, secretName: config.tls.secretName })
      : undefined,
    resources: config.resources,
    allowOverrideSecretsWithSecretStoreCSIDriver: secret.size > 0 ? true : undefined,
    runtime: defined({
      dtapMode: desired.environment.production ? 'P' : 'D',
      microflowConstants: constants,
      scheduledEventExecution: events.execution,
      myScheduledEvents: events.execution === 'SPECIFIED' ? events.specified : undefined,
      environmentVariables:
        config.environmentVariables.length > 0
          ? config.environmentVariables.map((variable) =>
              'value' in variable
                ? { name: variable.name, value: variable.value }
                : {
                    name: variable.name,
                    valueFrom: { secretKeyRef: { name: variable.secret, key: variable.key } }
                  }
            )
          : undefined,
      customConfiguration: config.customConfiguration
        ? JSON.stringify(config.customConfiguration)
        : undefined
    })
  })
  return {
    apiVersion: MENDIX_APP.apiVersion,
    kind: MENDIX_APP.kind,
    metadata: {
      name: config.name,
      namespace: config.namespace,
      labels: { [LABEL.managedBy]: 'mxdeploy', [LABEL.version]: pkg.version },
      annotations: defined({
        [ANNOTATION.app]: desired.app,
        [ANNOTATION.environment]: desired.environment.name,
        [ANNOTATION.version]: pkg.version,
        [ANNOTATION.sha256]: pkg.sha256,
        [ANNOTATION.sourceUrl]: desired.sourceURL,
        [ANNOTATION.scheduledEvents]: JSON.stringify(Object.keys(settings.scheduledEvents).sort()),
        [ANNOTATION.secretConstants]:
          secret.size > 0 ? JSON.stringify([...secret].sort()) : undefined
      }) as Record<string, string>
    },
    spec: merge(config.spec, ours)
  }
}
