import { ConfigurationError } from '../errors.js'
import { DEFAULT_RETRY, retryPolicy, type RetryPolicy, type RetrySettings } from './retry-policy.js'

/** The variable that sets how long one request may go on failing, in seconds. */
export const RETRY_SECONDS_VARIABLE = 'MXDEPLOY_RETRY_SECONDS'

/** Retry settings with MXDEPLOY_RETRY_SECONDS (0–3600) as the deadline when it is set. */
export function retrySettingsFromEnv(env: NodeJS.ProcessEnv): RetrySettings {
  const setting = env[RETRY_SECONDS_VARIABLE]?.trim()
  if (!setting) return DEFAULT_RETRY
  if (!/^\d{1,4}$/.test(setting) || Number(setting) > 3600) {
    throw new ConfigurationError(
      `${RETRY_SECONDS_VARIABLE}="${setting}" is not a whole number of seconds between 0 and 3600`
    )
  }
  return { ...DEFAULT_RETRY, deadlineMs: Number(setting) * 1000 }
}

/** The retry policy of the environment: the defaults with MXDEPLOY_RETRY_SECONDS, and `parts`. */
export function retryPolicyFromEnv(
  env: NodeJS.ProcessEnv,
  parts: Partial<RetryPolicy> = {}
): RetryPolicy {
  return retryPolicy({ ...retrySettingsFromEnv(env), ...parts })
}
