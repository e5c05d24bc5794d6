import { ConfigurationError } from './errors.js'

/** The DOS epoch: the earliest time a ZIP entry can carry. */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1))

/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const value = env['SOURCE_DATE_EPOCH']?.trim()
  if (!value) return undefined
  if (!/^\d{1,12}$/.test(value)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`
    )
  }
  return new Date(Number(value) * 1000)
}
