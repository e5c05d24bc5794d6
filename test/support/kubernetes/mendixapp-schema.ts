import { Ajv, type ErrorObject } from 'ajv'
import type { StatusCause } from './status.js'

/**
 * The MendixApp spec as Mendix's documents describe it. No CRD or OpenAPI schema of the operator
 * is public, so this is written from the pages, field by field, with the types of their examples:
 *
 * - "Using Command Line to Deploy a Mendix App to a Private Cloud Cluster"
 *   (docs.mendix.com/developerportal/deploy/private-cloud-operator/, section "Editing the CR"):
 *   database, storage, mendixRuntimeVersion, sourceURL, appURL, tls, replicas, resources, the pod,
 *   service and endpoint annotations, ingress fields, topologySpreadConstraints, runtime.*,
 *   runtimeMetricsConfiguration, runtimeLeaderSelection, customPodLabels, runtimeLicenseProduct.
 * - "Configuring a Secret Store" (…/secret-store-credentials/): sourceVersion and
 *   allowOverrideSecretsWithSecretStoreCSIDriver.
 * - "Reduced Downtime Deployment" (…/private-cloud-reduced-downtime/): deploymentStrategy and
 *   podDisruptionBudget (maxUnavailable or minAvailable, not both).
 * - "JVM Memory Tuning" (…/private-cloud-deploy/jvm-memory-tuning/): jvmMemorySettings.heapLimit.
 *
 * Stricter than a cluster, on purpose: fields the documents do not name are refused (a real CRD
 * would prune or warn), so a typo in mxdeploy's mapping fails a test instead of vanishing.
 */
const QUALIFIED = '^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$'
const stringMap = { type: 'object', additionalProperties: { type: 'string' } }
const quantity = { type: ['string', 'integer'] }
const intOrPercent = { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+%$' }] }
const base64 = { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' }

export const MENDIX_APP_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['sourceURL'],
  properties: {
    database: {
      type: 'object',
      additionalProperties: false,
      properties: { servicePlan: { type: 'string', minLength: 1 } }
    },
    storage: {
      type: 'object',
      additionalProperties: false,
      properties: { servicePlan: { type: 'string', minLength: 1 } }
    },
    mendixRuntimeVersion: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+){2,3}$' },
    // "an HTTP or HTTPS URL … Alternatively … an oci-image:// schema"
    sourceURL: { type: 'string', pattern: '^(https?|oci-image)://.+' },
    sourceVersion: { type: 'string' },
    // "a domain name (without a schema or path)"
    appURL: { type: 'string', pattern: '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$' },
    tls: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enableTLS: { type: 'boolean' },
        secretName: { type: 'string' },
        certificate: { type: 'string' },
        key: { type: 'string' }
      }
    },
    replicas: { type: 'integer', minimum: 0 },
    resources: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        ['limits', 'requests'].map((k) => [
          k,
          {
            type: 'object',
            additionalProperties: false,
            properties: { cpu: quantity, memory: quantity }
          }
        ])
      )
    },
    runtimeDeploymentPodAnnotations: stringMap,
    serviceAnnotations: stringMap,
    endpointAnnotations: stringMap,
    ingressClassName: { type: 'string' },
    ingressPath: { type: 'string' },
    ingressPathType: { type: 'string' },
    topologySpreadConstraints: { type: 'array', items: { type: 'object' } },
    allowOverrideSecretsWithSecretStoreCSIDriver: { type: 'boolean' },
    runtimeLeaderSelection: { enum: ['assigned', 'none'] },
    runtimeLicenseProduct: { type: 'string' },
    customPodLabels: {
      type: 'object',
      additionalProperties: false,
      properties: { general: stringMap }
    },
    runtimeMetricsConfiguration: { type: 'object' },
    jvmMemorySettings: {
      type: 'object',
      additionalProperties: false,
      properties: { heapLimit: quantity }
    },
    deploymentStrategy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        type: { type: 'string' },
        switchoverThreshold: intOrPercent,
        rollingUpdate: {
          type: 'object',
          additionalProperties: false,
          properties: { maxSurge: intOrPercent, maxUnavailable: intOrPercent }
        }
      }
    },
    podDisruptionBudget: {
      type: 'object',
      additionalProperties: false,
      maxProperties: 1,
      properties: { maxUnavailable: intOrPercent, minAvailable: intOrPercent }
    },
    runtime: {
      type: 'object',
      additionalProperties: false,
      properties: {
        logAutosubscribeLevel: {
          enum: ['TRACE', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']
        },
        mxAdminPassword: base64,
        debuggerPassword: base64,
        dtapMode: { enum: ['P', 'D'] },
        logLevels: stringMap,
        logFormatType: { enum: ['plain', 'json'] },
        // "Module.Constant": "value" — the documents quote every value as a string.
        microflowConstants: {
          type: 'object',
          propertyNames: { pattern: QUALIFIED },
          additionalProperties: { type: 'string' }
        },
        scheduledEventExecution: { enum: ['ALL', 'NONE', 'SPECIFIED'] },
        myScheduledEvents: { type: 'array', items: { type: 'string', pattern: QUALIFIED } },
        jettyOptions: { type: 'string' },
        customConfiguration: { type: 'string' },
        environmentVariables: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1 },
              value: { type: 'string' },
              valueFrom: {
                type: 'object',
                additionalProperties: false,
                required: ['secretKeyRef'],
                properties: {
                  secretKeyRef: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name', 'key'],
                    properties: { name: { type: 'string' }, key: { type: 'string' } }
                  }
                }
              }
            }
          }
        },
        clientCertificates: { type: 'array', items: { type: 'object' } },
        runtimeLicense: { type: 'object' }
      }
    }
  }
} as const

let validate: ReturnType<Ajv['compile']> | undefined

function valueText(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
}

/** The field errors of a spec, as the API server's causes (reason, message, field). */
export function validateMendixAppSpec(spec: unknown): StatusCause[] {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(MENDIX_APP_SPEC_SCHEMA)
  const causes: StatusCause[] = []
  if (!validate(spec)) {
    for (const error of validate.errors ?? []) causes.push(cause(error, spec))
  }
  // Documented rules beyond types: myScheduledEvents "can only be used when
  // scheduledEventExecution is set to SPECIFIED", and customConfiguration is JSON.
  const runtime = (spec as { runtime?: Record<string, unknown> } | undefined)?.runtime
  if (
    runtime?.['myScheduledEvents'] !== undefined &&
    runtime['scheduledEventExecution'] !== 'SPECIFIED'
  ) {
    causes.push({
      reason: 'FieldValueForbidden',
      message:
        'Forbidden: myScheduledEvents can only be used when scheduledEventExecution is SPECIFIED',
      field: 'spec.runtime.myScheduledEvents'
    })
  }
  if (typeof runtime?.['customConfiguration'] === 'string') {
    try {
      JSON.parse(runtime['customConfiguration'])
    } catch {
      causes.push({
        reason: 'FieldValueInvalid',
        message: 'Invalid value: customConfiguration is not JSON',
        field: 'spec.runtime.customConfiguration'
      })
    }
  }
  return causes
}

function cause(error: ErrorObject, spec: unknown): StatusCause {
  const path = error.instancePath.split('/').slice(1)
  let value: unknown = spec
  for (const part of path) value = (value as Record<string, unknown> | undefined)?.[part]
  const field = ['spec', ...path].join('.')
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty
      return {
        reason: 'FieldValueRequired',
        message: 'Required value',
        field: `${field}.${missing}`
      }
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty
      return {
        reason: 'FieldValueNotSupported',
        message: `Unsupported value: field is not in the documented MendixApp spec`,
        field: `${field}.${extra}`
      }
    }
    case 'type':
      return {
        reason: 'FieldValueTypeInvalid',
        message: `Invalid value: ${valueText(value)}: ${field} in body must be of type ${String((error.params as { type: string }).type)}`,
        field
      }
    case 'enum':
      return {
        reason: 'FieldValueNotSupported',
        message: `Unsupported value: ${valueText(value)}: supported values: ${(error.params as { allowedValues: unknown[] }).allowedValues.map(valueText).join(', ')}`,
        field
      }
    default:
      return {
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${valueText(value)}: ${field} in body ${error.message ?? 'is invalid'}`,
        field
      }
  }
}
