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
  /** As MxBuild wrote it: a four-part version, or `unversioned` for a Studio Pro package. */
  modelVersion: string | undefined
  projectId: string | undefined
  projectName: string | undefined
  constants: MendixConstant[]
  scheduledEvents: ScheduledEvent[]
  /** Role names, whatever shape the Mendix version keeps them in. */
  roles: string[]
  requestHandlers: string[]
  /** The app's Java version setting (Mendix 9.24 and later), a major version such as 21. */
  javaVersion: number | undefined
  /** Things worth telling the user that do not stop a build or a deploy. */
  warnings: string[]
}

export const METADATA_PATH = 'model/metadata.json'

/**
 * Constant types of Mendix's data types that a constant can have. Real metadata.json files (5.6
 * to 10.24) hold String, Integer and Boolean; the others are Mendix data types a constant may
 * take. Any other type is passed through with a warning, so a type a future Mendix adds does not
 * stop a deploy.
 */
export const CONSTANT_TYPES = [
  'String',
  'Integer',
  'Long',
  'Decimal',
  'Boolean',
  'DateTime'
] as const

const RUNTIME_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?$/

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A scalar as Mendix means it; DefaultValue is always a string in real files, numbers are tolerated. */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

/** The items of a list mxdeploy uses; anything but a list of objects is refused with the key. */
function usedList(document: Json, key: string, label: string): Json[] {
  const value = document[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every(isObject)) {
    throw new ConfigurationError(
      `${label}: "${key}" must be a list of objects with a "Name", as MxBuild writes it; rebuild the deployment package`
    )
  }
  return value
}

function itemName(item: Json, key: string, index: number, label: string): string {
  const name = item['Name']
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ConfigurationError(
      `${label}: ${key}[${index}] has no "Name"; rebuild the deployment package`
    )
  }
  return name
}

/**
 * Role names: Mendix keeps roles as an object keyed by role ID (`{"<id>": {"Name": …}}`); older
 * tools wrote a list. mxdeploy only shows them, so any other shape gives no names, never an error.
 */
function roleNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []
  return items.flatMap((item) =>
    isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []
  )
}

/** Request handler paths (`/api/`), absent before Mendix 7; shown only, so tolerated in any shape. */
function handlerNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) =>
    isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []
  )
}

/** JavaVersion is a JSON number (11, 21) in real files; anything else is not ours to judge. */
function javaMajor(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined
}

function readConstants(document: Json, label: string, warnings: string[]): MendixConstant[] {
  const seen = new Set<string>()
  return usedList(document, 'Constants', label).map((item, index) => {
    const name = itemName(item, 'Constants', index, label)
    if (seen.has(name)) {
      throw new ConfigurationError(
        `${label}: constant ${name} is listed twice; MxBuild writes each constant once, so the file was edited or damaged: rebuild the deployment package`
      )
    }
    seen.add(name)
    const type = typeof item['Type'] === 'string' && item['Type'] !== '' ? item['Type'] : 'String'
    if (!(CONSTANT_TYPES as readonly string[]).includes(type)) {
      warnings.push(
        `constant ${name} has type ${JSON.stringify(type)}, which mxdeploy does not know; its value is passed on unchecked`
      )
    }
    return {
      name,
      type,
      description: scalarText(item['Description']),
      defaultValue: scalarText(item['DefaultValue'])
    }
  })
}

function readScheduledEvents(document: Json, label: string): ScheduledEvent[] {
  const seen = new Set<string>()
  return usedList(document, 'ScheduledEvents', label).map((item, index) => {
    const name = itemName(item, 'ScheduledEvents', index, label)
    if (seen.has(name)) {
      throw new ConfigurationError(
        `${label}: scheduled event ${name} is listed twice; rebuild the deployment package`
      )
    }
    seen.add(name)
    return { name, description: scalarText(item['Description']) }
  })
}

/** Parses the JSON document of a `metadata.json`; MxBuild writes no BOM, but one is tolerated. */
export function parseMetadataDocument(source: string | Buffer, label: string): Json {
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
  if (!isObject(document)) {
    throw new ConfigurationError(`${label} must hold a JSON object, as MxBuild writes it`)
  }
  return document
}

/**
 * Reads the facts mxdeploy uses from a `metadata.json` document: versions, project, constants and
 * scheduled events are checked; every other key (Roles, Configuration, DataBrokerConfiguration,
 * JavaVersion, Languages, and whatever a later Mendix adds) is tolerated in any shape.
 */
export function readMetadata(document: Json, label: string): ModelMetadata {
  const runtimeVersion = document['RuntimeVersion']
  if (typeof runtimeVersion !== 'string' || !RUNTIME_VERSION.test(runtimeVersion)) {
    throw new ConfigurationError(
      `${label} has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`
    )
  }
  const warnings: string[] = []
  return {
    runtimeVersion,
    modelVersion: optionalString(document['ModelVersion']),
    projectId: optionalString(document['ProjectID']),
    projectName: optionalString(document['ProjectName']),
    constants: readConstants(document, label, warnings),
    scheduledEvents: readScheduledEvents(document, label),
    roles: roleNames(document['Roles']),
    requestHandlers: handlerNames(document['RequestHandlers']),
    javaVersion: javaMajor(document['JavaVersion']),
    warnings
  }
}

/** Parses and reads `metadata.json` in one step. */
export function parseMetadata(source: string | Buffer, label: string): ModelMetadata {
  return readMetadata(parseMetadataDocument(source, label), label)
}
