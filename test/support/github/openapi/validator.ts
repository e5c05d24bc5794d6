import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import {
  openApiDocument,
  pointerGet,
  escapePointer,
  type Json,
  type Operation
} from './document.js'

/**
 * One ajv over GitHub's own schemas. Each named schema (`components.schemas.release`) is
 * registered on first need under its own id, with every `$ref` rewritten to such an id, so
 * ajv only ever walks the schemas the tests use (registering the whole 13 MB document costs
 * a second) and compiles each once. Compiled validators are cached for the process.
 */
let ajv: Ajv | undefined
const cache = new Map<string, ValidateFunction>()
const registered = new Set<string>()
const SCHEMA_ID = 'https://openapi.github.invalid/schemas/'
const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/

function instance(): Ajv {
  if (ajv) return ajv
  // strict: false because the document carries OpenAPI keywords (example, x-github, readOnly).
  // Shared subschemas compiled once (inlineRefs: false) and no optimising pass: compiling is
  // the cost that matters here, each test file pays it once; measured about half.
  ajv = new Ajv({
    strict: false,
    validateSchema: false,
    allErrors: true,
    inlineRefs: false,
    code: { optimize: false }
  })
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format)
  // Relaxation: GitHub answers `""` for unset URLs typed `format: uri` (a deployment status's
  // target_url, log_url and environment_url), so the empty string passes as a uri.
  const uri = fullFormats.uri as (value: string) => boolean
  ajv.addFormat('uri', (value: string) => value === '' || uri(value))
  // Formats GitHub defines that no JSON Schema library knows: checked for shape only.
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
  ajv.addFormat('timestamp', { type: 'number', validate: (n: number) => Number.isInteger(n) })
  return ajv
}

function compileOnce(key: string, schema: () => object): ValidateFunction {
  let fn = cache.get(key)
  if (!fn) {
    fn = instance().compile(schema())
    cache.set(key, fn)
  }
  return fn
}

/** The compiled validator for the schema at a JSON pointer of the document. */
function validatorAt(pointer: string): ValidateFunction {
  return compileOnce(pointer, () => schemaAt(pointer))
}

/** The schema at a pointer, ready to compile: named schemas it uses are registered. */
function schemaAt(pointer: string): object {
  const found = locate(pointer)
  const needed = new Set<string>()
  // A named schema is referred to by its id; an inline one is copied with its refs rewritten.
  const named = found.pointer.startsWith('/components/schemas/')
  const schema = retarget(named ? { $ref: `#${found.pointer}` } : (found.value ?? {}), needed)
  register(needed)
  return schema as object
}

/** Adds the named schemas, and those they refer to, to ajv. */
function register(names: Iterable<string>): void {
  const { raw } = openApiDocument()
  const schemas = (raw.components as Json).schemas as Json
  const work = [...names]
  for (let name = work.pop(); name !== undefined; name = work.pop()) {
    if (registered.has(name)) continue
    registered.add(name)
    const needed = new Set<string>()
    const schema = retarget(schemas[name] ?? {}, needed) as object
    instance().addSchema(schema, `${SCHEMA_ID}${encodeURIComponent(name)}`)
    work.push(...needed)
  }
}

/**
 * A copy of a schema whose `$ref`s name registered ids; the names it refers to are added to
 * `needed`. Examples are dropped (they are data, and large).
 */
function retarget(value: unknown, needed: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => retarget(item, needed))
  if (value === null || typeof value !== 'object') return value
  const copy: Json = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'example' || key === 'examples') continue
    const named = key === '$ref' && typeof inner === 'string' ? COMPONENT_REF.exec(inner) : null
    if (named?.[1]) {
      needed.add(decodeURIComponent(named[1]))
      copy[key] = `${SCHEMA_ID}${encodeURIComponent(decodeURIComponent(named[1]))}`
    } else {
      copy[key] = retarget(inner, needed)
    }
  }
  return copy
}

/** Follows `$ref`s from a pointer, returning where the value really is. */
function locate(pointer: string): { pointer: string; value: Json | undefined } {
  const { raw } = openApiDocument()
  let here = pointer
  let value = pointerGet(raw, here) as Json | undefined
  while (value && typeof value.$ref === 'string') {
    here = value.$ref.slice(1)
    value = pointerGet(raw, here) as Json | undefined
  }
  return { pointer: here, value }
}

const MAX_REPORTED = 8

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  const all = errors ?? []
  const more = all.length > MAX_REPORTED ? [`… and ${all.length - MAX_REPORTED} more`] : []
  return all
    .slice(0, MAX_REPORTED)
    .map((error) => {
      const params = error.params as Record<string, unknown>
      const allowed = Array.isArray(params.allowedValues)
        ? ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : ''
      const extra =
        typeof params.additionalProperty === 'string' ? ` ('${params.additionalProperty}')` : ''
      return `${where}${error.instancePath} ${error.message ?? 'is invalid'}${allowed}${extra}`
    })
    .concat(more)
}

/**
 * Checks path and query parameters. Values arrive as strings; they are converted as the
 * parameter's schema says (`per_page=5` → 5) and the converted values are returned.
 */
export function validateParameters(
  operation: Operation,
  path: Record<string, string>,
  query: URLSearchParams
): { problems: string[]; path: Json; query: Json } {
  const problems: string[] = []
  const values: Record<'path' | 'query', Json> = { path: {}, query: {} }
  for (const [name, value] of Object.entries(path)) values.path[name] = value
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name)
    values.query[name] = all.length === 1 ? all[0] : all
  }
  for (const location of ['path', 'query'] as const) {
    const params = operation.parameters.filter((p) => p.in === location)
    for (const param of params) {
      const value = values[location][param.name]
      if (value !== undefined) {
        values[location][param.name] = coerce(value as string | string[], param.schemaPointer)
      }
    }
    const validate = compileOnce(`${operation.pointer}:${location}`, () => ({
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, schemaAt(p.schemaPointer)])),
      required: params.filter((p) => p.required).map((p) => p.name),
      // Stricter than GitHub, which ignores unknown query parameters: a misspelt filter
      // (`enviroment=`) would silently return everything there.
      additionalProperties: false
    }))
    if (!validate(values[location])) {
      problems.push(...describeErrors(`${location} parameters`, validate.errors))
    }
  }
  return { problems, ...values }
}

/** Converts a query or path string to what the parameter's schema declares. */
function coerce(value: string | string[], schemaPointer: string): unknown {
  const schema = locate(schemaPointer).value ?? {}
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type]
  const type = types.find((t) => t !== 'null')
  if (type === 'array') {
    const items = Array.isArray(value) ? value : value.split(',')
    return items.map((item) => coerce(item, `${locate(schemaPointer).pointer}/items`))
  }
  // A repeated parameter that is not an array stays a list, and fails validation.
  if (Array.isArray(value)) return value
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value)
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

/** Checks a request body against the operation's `requestBody` for its content type. */
export function validateRequestBody(
  operation: Operation,
  contentType: string | undefined,
  body: Buffer
): { problems: string[]; json?: unknown } {
  const declared = operation.raw.requestBody
    ? locate(`${operation.pointer}/requestBody`)
    : undefined
  const content = declared?.value?.content as Json | undefined
  if (!declared || !content) {
    return { problems: body.length > 0 ? ['the operation takes no request body'] : [] }
  }
  if (body.length === 0) {
    return { problems: declared.value?.required === true ? ['the request body is required'] : [] }
  }
  const type = mediaType(contentType)
  // Relaxation: an asset upload lists only application/octet-stream, but GitHub's text asks
  // for the asset's own media type (application/zip, …) and stores it as content_type.
  const anyMediaType = 'application/octet-stream' in content && type !== 'application/json'
  if (!type || (!(type in content) && !anyMediaType)) {
    return {
      problems: [
        `request content type '${contentType ?? '(none)'}' is not one the operation takes (${Object.keys(content).join(', ')})`
      ]
    }
  }
  if (type !== 'application/json') return { problems: [] }
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    return { problems: ['the request body is not valid JSON'] }
  }
  const schemaPointer = `${declared.pointer}/content/${escapePointer(type)}/schema`
  const validate = validatorAt(schemaPointer)
  const problems = validate(json) ? [] : describeErrors('request body', validate.errors)
  problems.push(...unknownTopLevel(schemaPointer, json))
  return { problems, json }
}

/**
 * Stricter than GitHub, which ignores unknown body properties: a misspelt one (`auto_merg`) would
 * otherwise be dropped silently. Only for plain object bodies that list their properties.
 */
function unknownTopLevel(schemaPointer: string, json: unknown): string[] {
  const schema = locate(schemaPointer).value
  if (!schema || typeof json !== 'object' || json === null || Array.isArray(json)) return []
  const properties = schema.properties as Json | undefined
  if (!properties || schema.additionalProperties !== undefined) return []
  return Object.keys(json)
    .filter((key) => !(key in properties))
    .map((key) => `request body has '${key}', which GitHub's description does not list`)
}

/** Checks a response: its status is documented, its content type listed, its body matches. */
export function validateResponse(
  operation: Operation,
  status: number,
  contentType: string | undefined,
  body: unknown
): string[] {
  const responses = operation.raw.responses as Json
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses)
  if (!key) {
    if (status >= 400) return undocumentedError(body)
    return [`response status ${status} is not documented for the operation`]
  }
  const entry = locate(`${operation.pointer}/responses/${key}`)
  const content = entry.value?.content as Json | undefined
  const empty = body === undefined || body === ''
  if (!content) {
    return empty || status >= 400 ? [] : [`response ${status} should have no body`]
  }
  const type = mediaType(contentType)
  if (!type || !(type in content)) {
    if (status >= 400) return undocumentedError(body)
    return [
      `response content type '${contentType ?? '(none)'}' is not documented for ${status} (${Object.keys(content).join(', ')})`
    ]
  }
  if (!type.includes('json')) return []
  const schemaPointer = `${entry.pointer}/content/${escapePointer(type)}/schema`
  const validate = validatorAt(schemaPointer)
  return validate(body) ? [] : describeErrors(`response ${status} body`, validate.errors)
}

/**
 * Relaxation: GitHub answers errors the document does not list for an operation (a 422 on
 * duplicate names, a 403 for a missing permission) in its `basic-error` shape; those are
 * checked against that shape instead of being rejected.
 */
function undocumentedError(body: unknown): string[] {
  const validate = compileOnce('basic-error', () => ({
    allOf: [schemaAt('/components/schemas/basic-error'), { required: ['message'] }]
  }))
  return validate(body) ? [] : describeErrors('error body', validate.errors)
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined
}
