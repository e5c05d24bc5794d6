import { compareVersions } from '../mda/version.js'

const WHOLE = /^[+-]?\d+$/
const RANGES = {
  Integer: [-(2n ** 31n), 2n ** 31n - 1n],
  Long: [-(2n ** 63n), 2n ** 63n - 1n]
} as const
/**
 * Mendix's Decimal: at most 20 digits before the point and 8 after, 18 after from Mendix 11.6
 * (Studio Pro guide, "Data Types").
 */
const DECIMAL = /^[+-]?(\d{1,20})(?:\.(\d+))?$/
/** ISO 8601 date, or date and time with optional seconds, milliseconds and offset. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/

function wholeNumber(value: string, type: 'Integer' | 'Long'): string | undefined {
  if (!WHOLE.test(value)) return 'must be a whole number'
  const [min, max] = RANGES[type]
  const number = BigInt(value)
  return number < min || number > max ? `must lie between ${min} and ${max}` : undefined
}

function decimal(value: string, runtimeVersion: string): string | undefined {
  const match = DECIMAL.exec(value)
  const scale = compareVersions(runtimeVersion, '11.6') >= 0 ? 18 : 8
  if (!match) return `must be a number with at most 20 digits before the point, such as 12.50`
  if ((match[2]?.length ?? 0) > scale) {
    return `may have at most ${scale} digits after the point in Mendix ${runtimeVersion}`
  }
  return undefined
}

/**
 * Why a value does not fit a Mendix constant type, or undefined when it does. Types mxdeploy
 * does not know are passed unchecked (their package was warned about when it was read).
 */
export function constantValueProblem(
  type: string,
  value: string,
  runtimeVersion: string
): string | undefined {
  switch (type) {
    case 'Boolean':
      return /^(true|false)$/i.test(value) ? undefined : 'must be true or false'
    case 'Integer':
    case 'Long':
      return wholeNumber(value, type)
    case 'Decimal':
      return decimal(value, runtimeVersion)
    case 'DateTime':
      return DATE_TIME.test(value)
        ? undefined
        : 'must be an ISO 8601 date or date and time, such as 2026-01-31 or 2026-01-31T08:00:00Z'
    default:
      return undefined
  }
}
