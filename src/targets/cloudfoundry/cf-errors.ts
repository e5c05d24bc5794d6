import { ConfigurationError, OperationError } from '../../errors.js'

/** One entry of the v3 `errors` list: `{ "code": 10008, "title": "CF-UnprocessableEntity", "detail": … }`. */
export interface CfErrorEntry {
  code: number | undefined
  title: string | undefined
  detail: string
}

/** What a failed call said: its HTTP status and the `errors` of its body. */
export interface CfFailure {
  readonly status: number
  readonly errors: CfErrorEntry[]
}

/** A call Cloud Foundry answered with an error (exit 1). */
export class CfApiError extends OperationError implements CfFailure {
  override name = 'CfApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly errors: CfErrorEntry[]
  ) {
    super(message)
  }
}

/** A call refused for the user to fix: credentials, roles, a buildpack the platform lacks (exit 2). */
export class CfAccessError extends ConfigurationError implements CfFailure {
  override name = 'CfAccessError'
  constructor(
    message: string,
    readonly status: number,
    readonly errors: CfErrorEntry[]
  ) {
    super(message)
  }
}

/** The status and errors of a Cloud Foundry error, or undefined for anything else. */
export function cfFailure(error: unknown): CfFailure | undefined {
  return error instanceof CfApiError || error instanceof CfAccessError ? error : undefined
}

/** Whether a failure carries this error title (`CF-InvalidAuthToken`). */
export function hasTitle(failure: CfFailure | undefined, title: string): boolean {
  return failure?.errors.some((entry) => entry.title === title) ?? false
}

/**
 * The `errors` of a v3 error body. Every error response has that shape (a 429 of the rate limiter
 * too, though it says text/plain); anything else becomes one entry with the text.
 */
export function errorEntries(body: unknown): CfErrorEntry[] {
  const list = (body as { errors?: unknown } | null)?.errors
  if (Array.isArray(list)) {
    return list.map((raw) => {
      const entry = (raw ?? {}) as Record<string, unknown>
      return {
        code: typeof entry['code'] === 'number' ? entry['code'] : undefined,
        title: typeof entry['title'] === 'string' ? entry['title'] : undefined,
        detail: typeof entry['detail'] === 'string' ? entry['detail'] : ''
      }
    })
  }
  const text = typeof body === 'string' ? body.slice(0, 500) : ''
  return text ? [{ code: undefined, title: undefined, detail: text }] : []
}

/**
 * Quota refusals are 422 CF-UnprocessableEntity with the reason in `detail` only: "memory
 * space_quota_exceeded for space …", "organization's memory limit exceeded: staging requires …".
 */
const QUOTA = /quota_exceeded|limit_exceeded|limit exceeded|quota may not be large enough/i

/** Whether a failure is a quota refusal. */
export function isQuota(failure: CfFailure | undefined): boolean {
  // Only a 422: "Rate Limit Exceeded" (429) reads like a limit too.
  return failure?.status === 422 && failure.errors.some((entry) => QUOTA.test(entry.detail))
}

export interface CfErrorContext {
  /** What was being done: `creating a deployment of hello-acc`. */
  what: string
  /** Who and where, for 403 messages: `user ci@example.com in org acme, space acceptance`. */
  where: string
  /** The org and space, for the commands a message suggests. */
  org: string
  space: string
}

function said(status: number, errors: CfErrorEntry[]): string {
  if (errors.length === 0) return `HTTP ${status}`
  return errors
    .map((e) => `${e.title ?? `HTTP ${status}`}${e.code ? ` (${e.code})` : ''}: ${e.detail}`)
    .join('; ')
}

/** What the documented errors mean for the reader, and how to fix them. */
function explain(
  status: number,
  errors: CfErrorEntry[],
  context: CfErrorContext
): string | undefined {
  const titles = new Set(errors.map((e) => e.title))
  const failure = { status, errors }
  if (isQuota(failure)) {
    const quota = `a quota of org ${context.org} or space ${context.space} is exceeded: raise it (cf org ${context.org}, cf space ${context.space} show the quotas)`
    if (errors.some((e) => /staging requires/i.test(e.detail))) {
      return `${quota}, or stop another app: staging needs its memory beside the running instances`
    }
    if (errors.some((e) => /rolling deployments/i.test(e.detail))) {
      return `${quota}, give the app less memory or fewer instances (cf scale), or use strategy: restart, which needs no room for an extra instance`
    }
    return `${quota}, or give the app less memory or fewer instances (cf scale)`
  }
  if (titles.has('CF-StagingInProgress')) {
    return 'another staging of the app is running: wait until it has finished and stage again'
  }
  if (titles.has('CF-CustomBuildpacksDisabled')) {
    return 'the platform does not allow buildpacks given by URL: set buildpack: to the name of an installed buildpack (cf buildpacks lists them)'
  }
  if (
    errors.some((e) => /must be an existing admin buildpack or a valid git URI/i.test(e.detail))
  ) {
    return 'set buildpack: to the name of an installed buildpack (cf buildpacks lists them) or the URL of a cf-mendix-buildpack release'
  }
  if (titles.has('CF-AppPackageInvalid')) {
    return 'Cloud Foundry could not take the package: check that it is a valid MDA within the platform’s package size'
  }
  return undefined
}

/** Errors the user fixes in mxdeploy.yml, the platform's settings or their roles. */
function isUsersToFix(status: number, errors: CfErrorEntry[]): boolean {
  if (status === 401 || status === 403) return true
  return errors.some(
    (e) =>
      e.title === 'CF-CustomBuildpacksDisabled' ||
      /must be an existing admin buildpack or a valid git URI/i.test(e.detail)
  )
}

/** The error to throw for a failed call: what was done, what Cloud Foundry said, what it means. */
export function cfErrorFor(
  status: number,
  errors: CfErrorEntry[],
  context: CfErrorContext
): CfApiError | CfAccessError {
  const text = said(status, errors)
  if (status === 401) {
    return new CfAccessError(
      `${context.what} was refused (401 ${text}): Cloud Foundry did not accept the token the login server gave; check that CF_USERNAME/CF_PASSWORD or CF_CLIENT_ID/CF_CLIENT_SECRET belong to this platform`,
      status,
      errors
    )
  }
  if (status === 403) {
    return new CfAccessError(
      `${context.what} was refused (403 ${text}): the ${context.where} needs the Space Developer role: an org manager grants it with cf set-space-role <user> ${context.org} ${context.space} SpaceDeveloper`,
      status,
      errors
    )
  }
  const explained = explain(status, errors, context)
  const message = `${context.what} failed with ${text}${explained ? ` (${explained})` : ''}`
  return isUsersToFix(status, errors)
    ? new CfAccessError(message, status, errors)
    : new CfApiError(message, status, errors)
}
