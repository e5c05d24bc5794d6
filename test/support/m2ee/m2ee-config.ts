// A REPRODUCTION, written for these tests, of how m2ee-tools (github.com/mendix/m2ee-tools, 8.0.1,
// src/m2ee/config.py: read_yaml_files, load_yaml_file, merge_config, get_constants; core.py:
// send_runtime_config) reads several -c files into one configuration. It follows the behaviour
// the project's research note recorded by running m2ee's own loader, not m2ee's code: no line of
// m2ee-tools is copied here. test/targets/m2ee/m2ee-tools-loader.test.ts checks it against the
// real loader when MXDEPLOY_M2EE_TOOLS points at a checkout.
import { readFileSync, statSync } from 'node:fs'
import { parseDocument } from 'yaml'

type Mapping = Record<string, unknown>

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A merge Python would fail with (AttributeError, TypeError): m2ee then skips the whole file. */
export class MergeClash extends Error {}

/**
 * One file merged over what was read before: a mapping is merged key by key, a list is appended
 * to the earlier value (Python's `+`, so only to a list), anything else replaces it. A null
 * (empty) file changes nothing; a mapping over text, a list or a number cannot be merged.
 */
export function mergeConfig(initial: unknown, additional: unknown): unknown {
  if (additional === null || additional === undefined) return structuredClone(initial)
  if (initial === null || initial === undefined) return structuredClone(additional)
  if (!isMapping(initial))
    throw new MergeClash(`'${typeName(initial)}' object has no attribute 'keys'`)
  if (!isMapping(additional)) {
    throw new MergeClash(`'${typeName(additional)}' object has no attribute 'keys'`)
  }
  const result = structuredClone(initial)
  for (const [key, value] of Object.entries(additional)) {
    if (!(key in initial)) {
      result[key] = structuredClone(value)
    } else if (isMapping(value)) {
      result[key] = mergeConfig(initial[key], value)
    } else if (Array.isArray(value)) {
      const before = initial[key]
      if (!Array.isArray(before)) {
        throw new MergeClash(
          `can only concatenate ${typeName(before)} (not "list") to ${typeName(before)}`
        )
      }
      result[key] = [...before, ...structuredClone(value)]
    } else {
      result[key] = structuredClone(value)
    }
  }
  return result
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'boolean') return 'bool'
  return 'dict'
}

/** PyYAML's safe_load, as near as the `yaml` package's YAML 1.1 schema comes. */
export function loadYaml(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false })
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message)
  return doc.toJS()
}

export interface LoadedConfig {
  config: Mapping
  /** m2ee's WARNING lines for files it skipped. */
  warnings: string[]
  /** The files that took effect, in order. */
  read: string[]
}

/**
 * The configuration m2ee runs with for `m2ee -c A -c B …`: the files in order, then every
 * `include:` of the result (not recursively); a file that is missing, not YAML or does not merge
 * is skipped with a warning and the others still count.
 */
export function loadM2eeConfig(
  files: readonly string[],
  read: (file: string) => string = (file) => readFileSync(file, 'utf8')
): LoadedConfig {
  let config: Mapping = {}
  const warnings: string[] = []
  const taken: string[] = []
  const load = (file: string): void => {
    try {
      const merged = mergeConfig(config, loadYaml(read(file)))
      if (!isMapping(merged)) throw new MergeClash('top level is not a mapping')
      config = merged
      taken.push(file)
    } catch (error) {
      warnings.push(
        `Error reading configuration file ${file}: ${(error as Error).message}, ignoring...`
      )
    }
  }
  for (const file of files) load(file)
  const include = config['include']
  if (Array.isArray(include)) for (const file of include) load(String(file))
  else if (include !== undefined)
    warnings.push('include present in config, but not a list, ignoring!')
  return { config, warnings, read: taken }
}

/** Whether a path exists, for readers that treat a missing file as m2ee does. */
export const exists = (path: string): boolean => {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * What m2ee sends the runtime as its configuration (send_runtime_config): the `mxruntime`
 * section with MicroflowConstants cut to the model's constants (the model's default for each
 * one the files do not set; those the model lacks are dropped) and a MyScheduledEvents list
 * joined with commas.
 */
export function runtimeConfiguration(
  config: Mapping,
  modelConstants: Record<string, string>
): Mapping {
  const runtime = structuredClone((config['mxruntime'] as Mapping | undefined) ?? {})
  const configured = (runtime['MicroflowConstants'] as Mapping | null | undefined) ?? {}
  const constants: Mapping = {}
  for (const [name, fallback] of Object.entries(modelConstants)) {
    constants[name] = name in configured ? configured[name] : fallback
  }
  runtime['MicroflowConstants'] = constants
  if (Array.isArray(runtime['MyScheduledEvents'])) {
    runtime['MyScheduledEvents'] = (runtime['MyScheduledEvents'] as unknown[]).join(',')
  }
  return runtime
}
