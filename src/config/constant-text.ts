import { isMap, isScalar, type Document } from 'yaml'

type Raw = Record<string, unknown>

/**
 * Constant values exactly as the user wrote them. YAML reads `ApiVersion: 010` as the number 10
 * and `Ratio: 1.10` as 1.1, but a Mendix constant is text the runtime parses by the constant's
 * type: a String constant must get "010", a Decimal "1.10". Replaces, in the parsed `value`,
 * every unquoted number or boolean under environments.*.constants with its source text.
 */
export function keepConstantText(document: Document, value: unknown): void {
  const environments = document.get('environments', true)
  if (!isMap(environments) || !isRaw(value) || !isRaw(value['environments'])) return
  const parsed = value['environments']
  for (const environment of environments.items) {
    const name = scalarKey(environment.key)
    const parsedEnvironment = name === undefined ? undefined : parsed[name]
    if (!isMap(environment.value) || !isRaw(parsedEnvironment)) continue
    const constants = environment.value.get('constants', true)
    const parsedConstants = parsedEnvironment['constants']
    if (!isMap(constants) || !isRaw(parsedConstants)) continue
    for (const constant of constants.items) {
      const key = scalarKey(constant.key)
      const node = constant.value
      if (key === undefined || !isScalar(node)) continue
      const typed = node.value
      if ((typeof typed === 'number' || typeof typed === 'boolean') && node.source !== undefined) {
        parsedConstants[key] = node.source
      }
    }
  }
}

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function scalarKey(key: unknown): string | undefined {
  if (isScalar(key)) return typeof key.value === 'string' ? key.value : String(key.value)
  return typeof key === 'string' ? key : undefined
}
