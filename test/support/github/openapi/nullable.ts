/**
 * OpenAPI 3.0 writes "may be null" as `nullable: true`, which JSON Schema (and so ajv without
 * its own partial support) does not know. Rewrites the document in place into plain JSON Schema:
 * `{type: 'string', nullable: true}` → `{type: ['string', 'null']}` (with `null` added to an
 * `enum`), and a nullable `oneOf`/`anyOf`/`allOf` → `{anyOf: [<it>, {type: 'null'}]}`. A
 * nullable schema with no type already accepts null.
 */
export function normaliseNullable(root: unknown): void {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item)
      continue
    }
    if (node === null || typeof node !== 'object') continue
    const schema = node as Record<string, unknown>
    if (schema.nullable === true) rewrite(schema)
    for (const [key, value] of Object.entries(schema)) {
      // Examples are data, not schemas.
      if (key === 'example' || key === 'examples') continue
      if (value !== null && typeof value === 'object') stack.push(value)
    }
  }
}

const COMBINATORS = ['oneOf', 'anyOf', 'allOf', '$ref'] as const
const ANNOTATIONS = new Set([
  'description',
  'title',
  'example',
  'examples',
  'readOnly',
  'deprecated'
])

function rewrite(schema: Record<string, unknown>): void {
  delete schema.nullable
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null']
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null)
    return
  }
  if (!COMBINATORS.some((key) => key in schema)) return
  const inner: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue
    inner[key] = value
    delete schema[key]
  }
  schema.anyOf = [inner, { type: 'null' }]
}
