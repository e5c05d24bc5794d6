import { ConfigurationError } from '../errors.js'

export interface MendixConstant {
  /** Qualified name, `Module.Constant`. */
  name: string
  type: string
  description: string
  defaultValue: string
}

export interface ScheduledEvent {
  name: string
  description: string
}

/** What a deployment package's `model/metadata.json` says about the app. */
export interface ModelMetadata {
  runtimeVersion: string
  modelVersion: string | undefined
  projectId: string | undefined
  projectName: string | undefined
  constants: MendixConstant[]
  scheduledEvents: ScheduledEvent[]
  roles: string[]
  requestHandlers: string[]
}

export const METADATA_PATH = 'model/metadata.json'

function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function optionalText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : text(value)
}

function list(
  document: Record<string, unknown>,
  key: string,
  label: string
): Record<string, unknown>[] {
  const value = document[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null)) {
    throw new ConfigurationError(`${label}: "${key}" must be a list of objects`)
  }
  return value as Record<string, unknown>[]
}

function named(item: Record<string, unknown>, key: string, index: number, label: string): string {
  const name = item['Name']
  if (typeof name !== 'string' || name === '') {
    throw new ConfigurationError(`${label}: ${key}[${index}] has no "Name"`)
  }
  return name
}

/** Parses the JSON document of a parsed `metadata.json` object (BOM allowed, as MxBuild writes it). */
export function parseMetadataDocument(
  source: string | Buffer,
  label: string
): Record<string, unknown> {
  const textSource = (typeof source === 'string' ? source : source.toString('utf8')).replace(
    /^\uFEFF/,
    ''
  )
  let document: unknown
  try {
    document = JSON.parse(textSource)
  } catch (error) {
    throw new ConfigurationError(
      `${label} is not valid JSON (${(error as Error).message}); it must be the metadata.json that MxBuild writes`
    )
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ConfigurationError(`${label} must hold a JSON object, as MxBuild writes it`)
  }
  return document as Record<string, unknown>
}

/** Reads the facts mxdeploy needs from a `metadata.json` document. */
export function readMetadata(document: Record<string, unknown>, label: string): ModelMetadata {
  const runtimeVersion = document['RuntimeVersion']
  if (typeof runtimeVersion !== 'string' || !/^\d+\.\d+\.\d+(\.\d+)?$/.test(runtimeVersion)) {
    throw new ConfigurationError(
      `${label} has no valid "RuntimeVersion" (such as "10.18.1.54318"); MxBuild writes it into every deployment folder`
    )
  }
  return {
    runtimeVersion,
    modelVersion: optionalText(document['ModelVersion']),
    projectId: optionalText(document['ProjectID']),
    projectName: optionalText(document['ProjectName']),
    constants: list(document, 'Constants', label).map((item, i) => ({
      name: named(item, 'Constants', i, label),
      type: text(item['Type']) || 'String',
      description: text(item['Description']),
      defaultValue: text(item['DefaultValue'])
    })),
    scheduledEvents: list(document, 'ScheduledEvents', label).map((item, i) => ({
      name: named(item, 'ScheduledEvents', i, label),
      description: text(item['Description'])
    })),
    roles: list(document, 'Roles', label).map((item, i) => named(item, 'Roles', i, label)),
    requestHandlers: list(document, 'RequestHandlers', label).map((item, i) =>
      named(item, 'RequestHandlers', i, label)
    )
  }
}

/** Parses and reads `metadata.json` in one step. */
export function parseMetadata(source: string | Buffer, label: string): ModelMetadata {
  return readMetadata(parseMetadataDocument(source, label), label)
}
