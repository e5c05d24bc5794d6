import { createRequire } from 'node:module'
import { loadSlimDocument } from './slim-document.js'

/** GitHub's REST description (api.github.com), as shipped by @octokit/openapi. */
export const DOCUMENT_FILE = createRequire(import.meta.url).resolve(
  '@octokit/openapi/generated/api.github.com.json'
)

export type Json = Record<string, unknown>

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  /** JSON pointer (in the document) to the parameter's schema. */
  schemaPointer: string
  /** GitHub's `x-multi-segment`: the value may contain `/` (a ref, a tag, `base...head`). */
  multiSegment: boolean
}

export interface Operation {
  method: string
  /** The path template as the document spells it, e.g. `/repos/{owner}/{repo}/releases`. */
  template: string
  operationId: string
  /** JSON pointer to the operation object. */
  pointer: string
  docsUrl: string
  parameters: Parameter[]
  raw: Json
}

export interface RouteMatch {
  operation: Operation
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
}

interface Route {
  template: string
  pattern: RegExp
  names: string[]
  literalLength: number
  methods: Map<string, Operation>
}

/** The loaded document with its path templates compiled for matching requests. */
export interface OpenApiDocument {
  raw: Json
  /** The operation for a method and a (still percent-encoded) path, or why there is none. */
  match(method: string, pathname: string): RouteMatch | { error: 'no-path' | 'no-method' }
  operation(method: string, template: string): Operation | undefined
  /** Follows a local `$ref` (`#/components/...`) until it reaches an object that is not one. */
  deref(value: unknown): Json
}

let loaded: OpenApiDocument | undefined

/** Loads and prepares the document once per process (13 MB of JSON; see slim-document.ts). */
export function openApiDocument(): OpenApiDocument {
  loaded ??= prepare(loadSlimDocument(DOCUMENT_FILE))
  return loaded
}

function prepare(raw: Json): OpenApiDocument {
  const deref = (value: unknown): Json => {
    let current = value as Json
    for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`$ref loop at ${current.$ref}`)
      current = pointerGet(raw, current.$ref.slice(1)) as Json
    }
    return current
  }
  const routes: Route[] = []
  for (const [template, item] of Object.entries(raw.paths as Record<string, Json>)) {
    const route = compileTemplate(template)
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters' || typeof op !== 'object' || op === null) continue
      const operation = describeOperation(raw, deref, template, method, op as Json)
      route.methods.set(method.toUpperCase(), operation)
    }
    route.pattern = patternFor(template, multiSegmentNames(route))
    routes.push(route)
  }
  // The most literal template wins: `/releases/latest` before `/releases/{release_id}`.
  routes.sort((a, b) => b.literalLength - a.literalLength)
  const byKey = new Map<string, Operation>()
  for (const route of routes) {
    for (const [method, op] of route.methods) byKey.set(`${method} ${route.template}`, op)
  }
  return {
    raw,
    deref,
    operation: (method, template) => byKey.get(`${method.toUpperCase()} ${template}`),
    match(method, pathname) {
      let pathFound = false
      for (const route of routes) {
        const found = route.pattern.exec(pathname)
        if (!found) continue
        pathFound = true
        const operation = route.methods.get(method.toUpperCase())
        if (!operation) continue
        const params: Record<string, string> = {}
        route.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')))
        return { operation, params }
      }
      return { error: pathFound ? 'no-method' : 'no-path' }
    }
  }
}

function describeOperation(
  raw: Json,
  deref: (value: unknown) => Json,
  template: string,
  method: string,
  op: Json
): Operation {
  const pointer = `/paths/${escapePointer(template)}/${method}`
  const parameters = ((op.parameters as Json[] | undefined) ?? []).map((param, i): Parameter => {
    const resolved = deref(param)
    const base = typeof param.$ref === 'string' ? param.$ref.slice(1) : `${pointer}/parameters/${i}`
    return {
      name: String(resolved.name),
      in: resolved.in as Parameter['in'],
      required: resolved.required === true,
      schemaPointer: `${base}/schema`,
      multiSegment: resolved['x-multi-segment'] === true
    }
  })
  const docs = op.externalDocs as { url?: string } | undefined
  return {
    method: method.toUpperCase(),
    template,
    operationId: String(op.operationId),
    pointer,
    docsUrl: docs?.url ?? 'https://docs.github.com/rest',
    parameters,
    raw: op
  }
}

function compileTemplate(template: string): Route {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '')
  const literalLength = template.replace(/\{[^}]+\}/g, '').length
  return { template, names, literalLength, pattern: /$^/, methods: new Map() }
}

function multiSegmentNames(route: Route): Set<string> {
  const names = new Set<string>()
  for (const op of route.methods.values()) {
    for (const param of op.parameters) if (param.multiSegment) names.add(param.name)
  }
  return names
}

function patternFor(template: string, multiSegment: Set<string>): RegExp {
  let source = ''
  let last = 0
  for (const m of template.matchAll(/\{([^}]+)\}/g)) {
    source += escapeRegExp(template.slice(last, m.index))
    source += multiSegment.has(m[1] ?? '') ? '(.+?)' : '([^/]+?)'
    last = (m.index ?? 0) + m[0].length
  }
  source += escapeRegExp(template.slice(last))
  return new RegExp(`^${source}$`)
}

/** Reads a JSON pointer (`/components/schemas/release`) out of the document. */
export function pointerGet(root: unknown, pointer: string): unknown {
  let current = root
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    current = (current as Json | undefined)?.[key]
  }
  return current
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
