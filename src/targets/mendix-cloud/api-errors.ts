import { ConfigurationError, OperationError } from '../../errors.js'

/** The permissions of the Portal's Environments → Permissions tab that the APIs check. */
export type MendixRight = 'API Rights' | 'Transport Rights' | 'Access to Backups'

/** What a failed API call said: its HTTP status, documented error code and message. */
export interface ApiFailure {
  readonly status: number
  readonly code: string | undefined
  readonly detail: string
}

/** A call Mendix answered with an error (exit 1). */
export class MendixApiError extends OperationError implements ApiFailure {
  override name = 'MendixApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string
  ) {
    super(message)
  }
}

/**
 * A call refused for the user to fix: credentials, a missing right, an app or environment that
 * does not exist, a runtime version the environment does not take (exit 2).
 */
export class MendixAccessError extends ConfigurationError implements ApiFailure {
  override name = 'MendixAccessError'
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string
  ) {
    super(message)
  }
}

/** The status, code and message of an API error, or undefined for anything else. */
export function apiFailure(error: unknown): ApiFailure | undefined {
  return error instanceof MendixApiError || error instanceof MendixAccessError ? error : undefined
}

/** What the documented error codes mean for the person reading the log, and how to fix them. */
const EXPLAINED: Record<string, string> = {
  TRANSPORT_NOT_ALLOWED:
    'the Mendix user has no Transport Rights for this environment: ask the Technical Contact to grant Transport Rights and API Rights on the app’s Environments → Permissions tab',
  APP_IS_RUNNING: 'the environment must be stopped before a package is transported to it',
  'NOT ALLOWED':
    'Mendix Cloud could not process the package (MDA processing failed): build it again and stage the new package',
  INVALID_RUNTIME_VERSION:
    'the environment does not support the package’s Mendix version: build the app with a Mendix version the environment supports',
  PACKAGE_PARSE_FAILED: 'Mendix Cloud could not read the deployment package: build it again',
  MISSING_CONSTANT:
    'one or more constants have no value: set them under constants: of the environment in mxdeploy.yml, or in the Portal’s Model Options',
  INVALID_DB_STRUCTURE:
    'the database is out of sync with the model and was not synchronized: start the environment from the Portal to review the database changes',
  DB_SYNC_FAILED:
    'synchronizing the database with the model failed: read the environment’s log in the Portal',
  INSECURE_ADMIN_PASSWORD:
    'a user with the administrator role has the password "1", which Mendix Cloud refuses: change the admin password in the Portal (Environments → Details → Change Admin Password)',
  NO_MDA_HAS_BEEN_DEPLOYED:
    'nothing has been deployed to this environment yet: stage a package to it first (mxdeploy stage)',
  NO_PACKAGE: 'the environment has no package: stage a package to it first (mxdeploy stage)',
  STARTUP_ACTION_FAILED:
    'the app’s after-startup microflow failed: read the environment’s log in the Portal',
  START_FAILED: 'the app did not start: read the environment’s log in the Portal',
  ALREADY_LOCKED:
    'another operation holds the environment: wait until it has finished and try again',
  APP_ALREADY_HAS_A_STARTING_JOB:
    'the environment is already being started: wait until it has finished and try again',
  STOP_FAILED: 'Mendix Cloud could not stop the app',
  UPLOAD_COPY_FAILED: 'Mendix Cloud could not store the package: try again later',
  INVALID_PACKAGE: 'Mendix Cloud could not process the package: build it again',
  CONSTANT_NOT_FOUND:
    'the environment has no such constant: the package transported to it does not define it',
  SCHEDULED_EVENT_NOT_FOUND:
    'the environment has no such scheduled event: the package transported to it does not define it',
  INVALID_SCHEDULED_EVENT_PARAMETER: 'a scheduled event must be Enabled or Disabled',
  ENVIRONMENT_BUSY: 'the environment is busy: try again later',
  INVALID_STATE:
    'a maintenance action is in progress on the environment: wait until it has finished',
  APP_NOT_FOUND: 'Mendix Cloud has no app with this app-id (the subdomain of the app’s URL)',
  INVALID_APPID: 'the app-id is not valid: use the subdomain of the app’s URL',
  ENVIRONMENT_NOT_FOUND: 'the app has no such environment',
  PACKAGE_NOT_FOUND: 'Mendix Cloud does not know the package'
}

/** Codes that mean the configuration or the user's rights must change; nothing was done. */
const USER_FIXES = new Set([
  'TRANSPORT_NOT_ALLOWED',
  'NO_ACCESS',
  'INVALID_RUNTIME_VERSION',
  'APP_NOT_FOUND',
  'INVALID_APPID',
  'ENVIRONMENT_NOT_FOUND',
  'NO_MDA_HAS_BEEN_DEPLOYED',
  'NO_PACKAGE'
])

export interface ErrorContext {
  /** What was being done, such as `transport package X to Acceptance`. */
  what: string
  right?: MendixRight
  /** How the request authenticated, for 401 messages. */
  auth: 'api-key' | 'pat'
}

function accessHint(status: number, context: ErrorContext): string {
  if (status === 401) {
    return context.auth === 'pat'
      ? 'Mendix did not accept MENDIX_PAT: create a personal access token with the mx:deployment:read scope (mx:deployment:write to change things) in Mendix Profile → Personal Access Tokens'
      : 'Mendix did not accept MENDIX_USERNAME and MENDIX_API_KEY: use your Mendix login name and an API key from Mendix Profile → API Keys'
  }
  if (context.auth === 'pat') {
    return 'the personal access token is not accepted for this app: check that MENDIX_PAT has the mx:deployment:read scope and that its user is a member of the app'
  }
  const right = context.right ?? 'API Rights'
  const both = right === 'API Rights' ? 'API Rights' : `${right} and API Rights`
  return `the Mendix user lacks ${both} for this environment: ask the app’s Technical Contact to grant ${both} on the app’s Environments → Permissions tab`
}

/** The error to throw for a failed call: what was done, the code, and what it means. */
export function errorFor(
  status: number,
  code: string | undefined,
  detail: string,
  context: ErrorContext
): MendixApiError | MendixAccessError {
  const said = `${code ? `${code}: ` : ''}${detail || `HTTP ${status}`}`
  const explained = code ? EXPLAINED[code] : undefined
  if (status === 401 || (status === 403 && !explained)) {
    const message = `${context.what} was refused (${status} ${said}): ${accessHint(status, context)}`
    return new MendixAccessError(message, status, code, detail)
  }
  const message = `${context.what} failed with ${said}${explained ? ` (${explained})` : ''}`
  return code && USER_FIXES.has(code)
    ? new MendixAccessError(message, status, code, detail)
    : new MendixApiError(message, status, code, detail)
}
