import { ConfigurationError } from '../../errors.js'
import { readPackageFacts } from '../../mda/inspect.js'
import type { PackageRecord } from '../../repository/package-repository.js'
import { parsePlatform } from './platform.js'
import type { PlatformChoice } from './read-image.js'

/** `platforms:` as written (a list, or `all`) as a choice; undefined is the default. */
export function platformChoice(
  platforms: readonly string[] | 'all' | undefined,
  what: string
): PlatformChoice {
  if (platforms === undefined || platforms.length === 0) return { kind: 'default' }
  if (platforms === 'all') return { kind: 'all' }
  return { kind: 'list', platforms: platforms.map((p) => parsePlatform(p, `${what}: platform`)) }
}

/**
 * The image's `created` and its files' time: the package's build time from its manifest (the
 * source date, reproducible), else when it was published. Never the time of the image build, so
 * the same package gives the same image.
 */
export async function packageCreated(
  mdaPath: string,
  record: Pick<PackageRecord, 'createdAt'>
): Promise<string> {
  const { manifest } = await readPackageFacts(mdaPath)
  for (const candidate of [manifest?.builtAt, record.createdAt]) {
    const time = candidate ? Date.parse(candidate) : NaN
    if (Number.isFinite(time) && time >= 0)
      return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  throw new ConfigurationError(
    `${mdaPath} has no build time mxdeploy can read (builtAt ${JSON.stringify(manifest?.builtAt ?? null)}, published ${JSON.stringify(record.createdAt)}): build it with mxdeploy build`
  )
}

/** `org.opencontainers.image.source` in a workflow: the repository's URL. */
export function imageSource(env: NodeJS.ProcessEnv): string | undefined {
  const server = env['GITHUB_SERVER_URL']
  const repository = env['GITHUB_REPOSITORY']
  return server && repository ? `${server}/${repository}` : undefined
}

/**
 * Refuses an environment name that could be mistaken for a package version among the image's
 * tags (`1.2.0.1`, `1.2.0.1-test`): the environment's tag would move a version's.
 */
export function checkEnvironmentTag(environment: string): void {
  const head = environment.split('-')[0]!
  if (/^\d+(\.\d+)*$/.test(head)) {
    throw new ConfigurationError(
      `environment "${environment}" cannot have an image target: its name would be read as a package version among the image's tags; rename the environment`
    )
  }
}
