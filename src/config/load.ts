import { stat } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import type { ErrorObject } from 'ajv'
import { isAlias, parseDocument, visit, type Document } from 'yaml'
import { ConfigurationError, errnoCode } from '../errors.js'
import { CONFIG_FILE } from './config-file.js'
import { openInputFile } from '../fs/open-input.js'
import { compileStoryPatterns } from '../stories/story-patterns.js'
import { keepConstantText } from './constant-text.js'
import { duplicateKeys } from './duplicate-keys.js'
import { normalizeConfig } from './normalize.js'
import type { MxdeployConfig } from './types.js'
import { LineCounter, positionOf } from './yaml-position.js'
import validateSchema from './schema-validator.js'

// Its own module, so that commands that only name it do not load the YAML parser and validator.
export { CONFIG_FILE }

// The schema compiled ahead of time (scripts/schema-validator.mjs): compiling it took 80–90 ms
// of every command that reads mxdeploy.yml.
function validate(value: unknown): ErrorObject[] {
  return validateSchema(value) ? [] : (validateSchema.errors ?? [])
}

function pointerPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function describePath(path: readonly string[]): string {
  return path.length ? path.join('.') : 'the top level'
}

function explain(error: ErrorObject): { message: string; key?: string } | undefined {
  const path = pointerPath(error.instancePath)
  const where = describePath(path)
  const schemaNode = error.parentSchema as
    { description?: string; properties?: Record<string, unknown> } | undefined
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty
      const allowed = Object.keys(schemaNode?.properties ?? {}).filter(
        (k) => k !== '$schema' && k !== 'type'
      )
      const hint = allowed.length ? `; allowed here: ${allowed.join(', ')}` : ''
      return { message: `unknown key "${key}" in ${where}${hint}`, key }
    }
    case 'required':
      return {
        message: `${where} needs "${(error.params as { missingProperty: string }).missingProperty}"`
      }
    case 'enum':
      return {
        message: `${where} is ${JSON.stringify(error.data)}; allowed: ${(error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`
      }
    case 'type':
      return {
        message: `${where} must be ${(error.params as { type: string | string[] }).type.toString().replace(/,/g, ' or ')}, not ${JSON.stringify(error.data)}`
      }
    case 'pattern': {
      if (error.schemaPath.includes('/propertyNames/')) return undefined // reported as propertyNames
      const what = schemaNode?.description ? ` (${schemaNode.description})` : ''
      return { message: `${where} is ${JSON.stringify(error.data)}, which is not allowed${what}` }
    }
    case 'propertyNames': {
      const name = (error.params as { propertyName: string }).propertyName
      const qualified = path.at(-1) === 'constants' || path.at(-1) === 'scheduled-events'
      const rule = qualified
        ? 'use the qualified name Module.Name, as Studio Pro shows it'
        : 'use letters, digits, "_", "." and "-" (at most 63), starting with a letter or digit'
      return { message: `name "${name}" in ${where} is not allowed: ${rule}`, key: name }
    }
    case 'if':
    case 'oneOf':
    case 'anyOf':
    case 'allOf':
      return undefined // the errors inside say what is wrong
    default:
      return { message: `${where} ${error.message ?? 'is not valid'}` }
  }
}

/**
 * At most this many problems are reported: each is located by walking the document, and a file
 * wrong in every one of 200,000 environments would take that walk 200,000 times.
 */
const MAX_PROBLEMS = 20

/** Validation problems as `file:line:column: message` lines, in file order, no repeats. */
function schemaProblems(
  errors: ErrorObject[],
  locate: (path: string[], key?: string) => string
): string[] {
  const found = new Map<string, string>()
  let more = 0
  for (const error of errors) {
    const explained = explain(error)
    if (!explained) continue
    if (found.size >= MAX_PROBLEMS) {
      more++
      continue
    }
    const where = locate(pointerPath(error.instancePath), explained.key)
    found.set(`${where}: ${explained.message}`, where)
  }
  const position = (where: string): number[] => where.split(':').slice(-2).map(Number)
  const lines = new Set(
    [...found.entries()]
      .sort(([, a], [, b]) => {
        const [la = 0, ca = 0] = position(a)
        const [lb = 0, cb = 0] = position(b)
        return la - lb || ca - cb
      })
      .map(([line]) => line)
  )
  if (lines.size === 0 && errors.length > 0) {
    const first = errors[0]!
    lines.add(
      `${locate(pointerPath(first.instancePath))}: ${describePath(pointerPath(first.instancePath))} ${first.message ?? 'is not valid'}`
    )
  }
  if (more > 0) lines.add(`… and ${more.toLocaleString('en-US')} more problems`)
  return [...lines]
}

/**
 * How many times aliases may be resolved: real configurations use a handful; a "billion laughs"
 * document nests aliases of aliases so a few lines expand into gigabytes.
 */
const MAX_ALIASES = 100

/**
 * Aliases whose anchor is not set before them: the yaml library throws on them only in toJS(),
 * without a position. One walk in document order (Alias.resolve would walk once per alias).
 */
function unresolvedAliases(document: Document): { offset: number; message: string }[] {
  const anchors = new Set<string>()
  const found: { offset: number; message: string }[] = []
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source))
          found.push({
            offset: node.range?.[0] ?? 0,
            message: `the alias *${node.source} has no anchor &${node.source} before it`
          })
      } else if (node.anchor) {
        anchors.add(node.anchor)
      }
    }
  })
  return found
}

/** The document as plain values, refusing alias bombs before they expand. */
function toValue(document: Document, path: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}
  } catch (error) {
    // The yaml library's own words for it: "Excessive alias count indicates a resource exhaustion attack".
    if (!(error instanceof ReferenceError) || !/alias count/i.test(error.message)) throw error
    throw new ConfigurationError(
      `${path} uses YAML aliases more than ${MAX_ALIASES} times (an alias bomb expands a few lines into gigabytes): it is refused; write the values out instead`
    )
  }
}

export interface LoadOptions {
  /** Where state (activity log, locks, default environments) is kept; default `.mxdeploy` beside the file. */
  stateDir?: string
}

/**
 * Reads and validates mxdeploy.yml against the shipped JSON Schema; every problem is reported with
 * its file, line and column, and what is allowed there.
 */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<MxdeployConfig> {
  const path = resolve(file)
  let text: string
  try {
    if ((await stat(path)).isDirectory())
      throw new ConfigurationError(
        `configuration ${file} is a directory; give the ${CONFIG_FILE} file`
      )
    // Opened as user input: a FIFO or a device is refused instead of read forever.
    const handle = await openInputFile(path, 'configuration')
    try {
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (error) {
    // ENOTDIR: a folder on the way is a file, so nothing is there either.
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
      throw new ConfigurationError(
        `configuration ${file} does not exist: create ${CONFIG_FILE} (see README) or pass --config FILE`
      )
    }
    throw error
  }
  return parseConfig(text, path, options)
}

/** Validates the text of a configuration file; `path` is used for messages and relative paths. */
export function parseConfig(text: string, path: string, options: LoadOptions = {}): MxdeployConfig {
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: false
  })
  const yamlErrors = [
    ...document.errors.map((error) => ({
      offset: error.pos[0],
      message:
        error.code === 'MULTIPLE_DOCS'
          ? 'a second YAML document starts here (after ---); mxdeploy.yml is one document'
          : error.message.split('\n')[0]
    })),
    ...unresolvedAliases(document),
    ...duplicateKeys(document).map(({ key, offset }) => ({
      offset,
      message: `Map keys must be unique: "${key}" is given twice`
    }))
  ]
  if (yamlErrors.length > 0) {
    const detail = yamlErrors.map(({ offset, message }) => {
      const { line, col } = lines.linePos(offset)
      return `${path}:${line}:${col}: ${message}`
    })
    throw new ConfigurationError(`${path} is not valid YAML:\n${detail.join('\n')}`)
  }
  const value = toValue(document, path)
  keepConstantText(document, value)
  const locate = (at: string[], key?: string): string => {
    const position = positionOf(document, lines, at, key)
    return position ? `${path}:${position.line}:${position.column}` : path
  }
  const errors = validate(value)
  if (errors.length > 0) {
    throw new ConfigurationError(
      `${path} has errors:\n${schemaProblems(errors, locate).join('\n')}`
    )
  }
  const dir = dirname(path)
  const stateDir = options.stateDir
    ? isAbsolute(options.stateDir)
      ? options.stateDir
      : resolve(options.stateDir)
    : resolve(dir, '.mxdeploy')
  const config = normalizeConfig(value as Record<string, unknown>, {
    file: path,
    dir,
    stateDir,
    locate
  })
  // A bad story pattern is a configuration error now, not when the first trace runs.
  compileStoryPatterns(config.traceability.patterns, locate(['traceability', 'patterns']))
  return config
}
