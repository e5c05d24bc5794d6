import { ConfigurationError, errorMessage, OperationError } from '../../errors.js'

export type ArtifactLibrary = typeof import('@actions/artifact')

/** Where the client's own log lines (`core.info`, `::debug::`, `::add-mask::`) go. */
export type ClientOutput = 'stdout' | 'stderr'

let library: Promise<ArtifactLibrary> | undefined

/**
 * @actions/artifact, imported on first use only: it pulls in the Azure storage SDK and octokit
 * and adds 150–270 ms to start-up, which commands that don't touch artifacts should not pay.
 */
export function loadArtifactLibrary(): Promise<ArtifactLibrary> {
  library ??= import('@actions/artifact')
  return library
}

/**
 * The variables @actions/artifact reads from `process.env` itself (it takes no configuration
 * object): the runtime token and service URL, the GHES check, retention and upload tuning.
 */
const CLIENT_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
  'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT'
] as const

/** Whether GITHUB_SERVER_URL is GitHub Enterprise Server, where artifacts v4 do not exist. */
function isEnterpriseServer(env: NodeJS.ProcessEnv): boolean {
  let host: string
  try {
    host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.toLowerCase()
  } catch {
    return false
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
}

/**
 * Refuses, before anything loads, to use artifacts outside a GitHub Actions job: the runner gives
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL to actions only (not to `run:` steps).
 */
export function requireArtifactRuntime(env: NodeJS.ProcessEnv, fix: string): void {
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
    throw new ConfigurationError(
      `workflow artifacts need a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set; the runner gives them to actions, not to run: steps): ${fix}`
    )
  }
  if (isEnterpriseServer(env)) {
    throw new ConfigurationError(
      `workflow artifacts v4 are not available on GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}): ${fix}`
    )
  }
}

let depth = 0
let saved: Map<string, string | undefined> | undefined
let activeEnv: NodeJS.ProcessEnv | undefined
let redirected = 0
let ownWrite: PropertyDescriptor | undefined

function enter(env: NodeJS.ProcessEnv, output: ClientOutput): void {
  if (depth > 0 && env !== activeEnv) {
    throw new Error('two artifact clients with different environments cannot run at once')
  }
  if (depth++ === 0) {
    activeEnv = env
    if (env !== process.env) {
      saved = new Map(CLIENT_VARIABLES.map((name) => [name, process.env[name]]))
      for (const name of CLIENT_VARIABLES) {
        if (env[name] === undefined) delete process.env[name]
        else process.env[name] = env[name]
      }
    }
  }
  if (output === 'stderr' && redirected++ === 0) {
    ownWrite = Object.getOwnPropertyDescriptor(process.stdout, 'write')
    // The runner reads workflow commands (masks included) from stderr as from stdout.
    process.stdout.write = process.stderr.write.bind(process.stderr)
  }
}

function leave(output: ClientOutput): void {
  if (output === 'stderr' && --redirected === 0) {
    if (ownWrite) Object.defineProperty(process.stdout, 'write', ownWrite)
    else delete (process.stdout as { write?: unknown }).write
    ownWrite = undefined
  }
  if (--depth === 0) {
    if (saved) {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
    saved = undefined
    activeEnv = undefined
  }
}

/**
 * Runs `work` with the client library while its variables come from `env` and, with `stderr`,
 * its log lines go to stderr: the CLI keeps stdout for the `--json` document.
 */
export async function withArtifactClient<T>(
  env: NodeJS.ProcessEnv,
  output: ClientOutput,
  work: (library: ArtifactLibrary) => Promise<T>
): Promise<T> {
  enter(env, output)
  try {
    return await work(await loadArtifactLibrary())
  } finally {
    leave(output)
  }
}

/** A signed storage URL's signature never reaches a message. */
function scrub(text: string): string {
  return text.replace(/([?&]sig=)[^&\s"']+/gi, '$1***')
}

/**
 * What a failure of the artifact client means for the user: the service's answer kept, with what
 * to do. Everything here is a failure (exit 1) except the ones the user's setup causes.
 */
export function artifactFailure(lib: ArtifactLibrary, error: unknown, doing: string): Error {
  const message = scrub(errorMessage(error))
  if (error instanceof lib.GHESNotSupportedError) {
    return new ConfigurationError(`${doing}: ${message}: use the github-release or oci repository`)
  }
  if (error instanceof lib.UsageError) {
    return new OperationError(
      `${doing}: the account's artifact storage quota is used up: delete old artifacts or raise the limit under Settings → Billing`
    )
  }
  // The Twirp client wraps NetworkError in a plain Error; its message keeps the code.
  const network =
    error instanceof lib.NetworkError
      ? error.code
      : /Unable to make request: ([A-Z]+)/.exec(message)?.[1]
  if (network) {
    return new OperationError(
      `${doing}: the artifact service could not be reached (${network}): check the runner's network access to GitHub`
    )
  }
  if (/Invalid token specified|Failed to get backend IDs/.test(message)) {
    return new OperationError(
      `${doing}: ACTIONS_RUNTIME_TOKEN is not the runner's runtime token (a JWT with an Actions.Results scope): run this inside a GitHub Actions job, as an action step (${message})`
    )
  }
  const code = (error as { statusCode?: unknown }).statusCode
  const status = typeof code === 'number' ? String(code) : /\((\d{3})\)/.exec(message)?.[1]
  if (status === '401' || status === '403') {
    return new OperationError(
      `${doing}: the artifact service refused the job's runtime token (${status}): it expired or belongs to another run, so rerun the job (${message})`
    )
  }
  const attempts = /after (\d+) (?:attempts|retries)/.exec(message)?.[1]
  if (attempts) {
    return new OperationError(
      `${doing}: the artifact service kept failing (${attempts} attempts): ${message}; GitHub's service may be degraded (https://www.githubstatus.com): rerun the job later`
    )
  }
  return new OperationError(`${doing}: ${message}`)
}
