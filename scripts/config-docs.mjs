// docs/configuration.md's key reference, generated from schema/mxdeploy.schema.json, so the
// documented keys are the validated keys. Between the markers
//   <!-- config-docs -->  ...  <!-- /config-docs -->
// Usage: node scripts/config-docs.mjs [--check]
//   writes the reference, or with --check fails (exit 1) when docs/configuration.md is stale.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkOrWrite } from './generated-section.mjs'

const root = new URL('..', import.meta.url).pathname
const DOC = join(root, 'docs', 'configuration.md')
const START = '<!-- config-docs -->'
const END = '<!-- /config-docs -->'

/**
 * @typedef {{ description?: string, type?: string | string[], enum?: unknown[], const?: unknown,
 *   pattern?: string, minimum?: number, maximum?: number, exclusiveMinimum?: number,
 *   properties?: Record<string, Schema>, additionalProperties?: boolean | Schema,
 *   items?: Schema, oneOf?: Schema[], anyOf?: Schema[], required?: string[], $ref?: string,
 *   allOf?: { if: { properties: { type: { const: string } } }, then: Schema }[] }} Schema
 * (a property may also be `true`: allowed, described elsewhere)
 */

/** @type {unknown} */
const parsed = JSON.parse(readFileSync(join(root, 'schema', 'mxdeploy.schema.json'), 'utf8'))
const schema = /** @type {Schema & { definitions: Record<string, Schema> }} */ (parsed)

/**
 * A table cell: one line, pipes escaped.
 * @param {string} text
 */
function cell(text) {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .replaceAll('<', '\\<')
}

/**
 * What a value may be, in a few words.
 * @param {Schema} node
 * @returns {string}
 */
function kind(node) {
  /** @param {unknown} value */
  const literal = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``
  if (node.$ref) return node.$ref.replace('#/definitions/', '')
  if (node.enum) return node.enum.map(literal).join(', ')
  if (node.const !== undefined) return literal(node.const)
  const alternatives = node.oneOf ?? node.anyOf
  if (alternatives) return alternatives.map(kind).join(' or ')
  const type = [node.type ?? 'any'].flat().join(' or ')
  const bounds = [
    node.minimum !== undefined ? `≥ ${node.minimum}` : '',
    node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : '',
    node.maximum !== undefined ? `≤ ${node.maximum}` : ''
  ].filter(Boolean)
  if (type === 'array' && node.items) return `list of ${kind(node.items)}`
  if (
    type === 'object' &&
    node.additionalProperties &&
    typeof node.additionalProperties === 'object'
  ) {
    return `map of ${kind(node.additionalProperties)}`
  }
  return bounds.length ? `${type} (${bounds.join(', ')})` : type
}

/**
 * The rows of an object's keys, nested objects flattened as `parent.child`.
 * @param {Schema} node
 * @param {string} prefix
 * @returns {string[]}
 */
function rows(node, prefix) {
  const required = new Set(node.required ?? [])
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    // `type: true` in a target variant only says the key is allowed; the heading names it.
    if (key === '$schema' || typeof child !== 'object') return []
    const name = `${prefix}${key}`
    const row = `| \`${name}\` | ${cell(kind(child))} | ${required.has(key) ? 'yes' : ''} | ${cell(child.description ?? '')} |`
    return child.properties ? [row, ...rows(child, `${name}.`)] : [row]
  })
}

/**
 * A table of keys.
 * @param {string[]} lines
 */
function table(lines) {
  return ['| key | value | required | meaning |', '| --- | --- | --- | --- |', ...lines].join('\n')
}

/** The whole generated reference. */
export function renderReference() {
  const environment = schema.definitions['environment'] ?? {}
  const target = schema.definitions['target'] ?? {}
  const parts = [
    '### Top level',
    '',
    table(rows(schema, '')),
    '',
    '### `environments.<name>`',
    '',
    cell(environment.description ?? 'One environment; its name is the key.'),
    '',
    table(rows(environment, '')),
    '',
    '### `environments.<name>.target`',
    '',
    cell(target.description ?? ''),
    ''
  ]
  for (const variant of target.allOf ?? []) {
    const type = variant.if.properties.type.const
    parts.push(`#### \`type: ${type}\``, '', table(rows(variant.then, '')), '')
  }
  return parts.join('\n')
}

/** The reference section of docs/configuration.md. */
const SECTION = { doc: DOC, start: START, end: END, render: renderReference }

if (import.meta.url === `file://${process.argv[1]}`) {
  await checkOrWrite({
    ...SECTION,
    name: 'docs/configuration.md',
    matches: 'the schema',
    refresh: 'node scripts/config-docs.mjs'
  })
}
