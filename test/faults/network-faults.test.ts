import { afterAll, describe, expect, test } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { silentLogger } from '../../src/log.js'
import { OciRepository } from '../../src/repository/oci/oci-repository.js'
import { publishPackage } from '../../src/repository/publish-package.js'
import { releaseRepository } from '../release/helpers.js'
import { mxdeploy } from '../support/cli.js'
import { startGitHubStandIn, type Fault, type GitHubStandIn } from '../support/github/index.js'
import { startRegistryProxy, type RegistryProxy } from '../support/registry/registry-proxy.js'
import { startRegistry, type RunningRegistry } from '../support/registry/registry.js'
import { seededFaults } from '../support/registry/seeded-faults.js'
import { testPolicy } from '../support/retry.js'
import { useTemplate, type Built } from './support/app.js'
import { expectWholePackages } from './support/consistency.js'
import { FAULT_ITERATIONS, FAULT_SEED, scenarioRandom } from './support/matrix.js'

// Publishes through a registry and a GitHub API that fail, throttle and cut connections, with
// faults drawn from the matrix seed (retries wait on a virtual clock): a publish either goes
// through or fails as an operation (exit 1), `packages` then lists only whole packages, and the
// next publish, on a good network, succeeds.

const template = useTemplate(
  'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\n',
  1
)

let registry: RunningRegistry | undefined
let gh: GitHubStandIn | undefined
const proxies: RegistryProxy[] = []
afterAll(async () => {
  for (const proxy of proxies) await proxy.stop()
  gh?.assertNoViolations()
  await gh?.close()
  await registry?.stop()
})

const iterations = (count: number) =>
  Array.from({ length: count * FAULT_ITERATIONS }, (_, i) => i + 1)

/** What a faulted publish ended in: 'published', or the message of an error that is not the user's. */
async function outcome(publish: Promise<unknown>): Promise<string> {
  try {
    await publish
    return 'published'
  } catch (error) {
    expect(error).not.toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
}

describe('publish to oci:// through a registry proxy playing seeded faults', () => {
  test.each(iterations(4))('fault mix %i', async (i) => {
    registry ??= await startRegistry()
    const t = await template()
    const { dir, config } = await t.copy()
    const [v1] = t.built as [Built]
    const faults = seededFaults(FAULT_SEED + i, { rate: 0.35, limit: 4 })
    const proxy = await startRegistryProxy(registry.port, { fault: faults.fault })
    proxies.push(proxy)
    const name = `network-${i}`
    const repository = new OciRepository(`oci://127.0.0.1:${proxy.port}/${name}`, {
      env: {},
      // Chunks of 2 KiB: the package goes in several PATCHes, so cuts land mid-upload.
      chunkSize: 2048,
      retry: testPolicy({}, FAULT_SEED + i)
    })
    const result = await outcome(
      publishPackage(repository, v1.file, { env: {}, log: silentLogger })
    )
    expect(faults.played.length, JSON.stringify(faults.played)).toBeGreaterThan(0)

    const direct = ['--repository', `oci://${registry.host}/${name}`, '--config', config]
    const listed = await expectWholePackages(dir, direct)
    if (result === 'published') expect(listed).toEqual([v1.version])
    const next = await mxdeploy(['publish', v1.file, ...direct], { cwd: dir })
    expect(next.code, next.stderr).toBe(0)
    expect(await expectWholePackages(dir, direct)).toEqual([v1.version])
  })
})

describe('publish to github-release through seeded API faults', () => {
  const ROUTES = [
    'GET /repos/{owner}/{repo}/releases',
    'POST /repos/{owner}/{repo}/releases',
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
    'PATCH /repos/{owner}/{repo}/releases/{release_id}'
  ]
  const FAULTS: Fault[] = [
    { fault: 'status', status: 502 },
    { fault: 'status', status: 503 },
    { fault: 'secondary-rate-limit', retryAfter: 1 },
    { fault: 'reset', when: 'before-response' },
    { fault: 'reset', when: 'mid-body' }
  ]

  test.each(iterations(4))('fault mix %i', async (i) => {
    gh ??= await startGitHubStandIn()
    const t = await template()
    const { dir, config } = await t.copy()
    const [v1] = t.built as [Built]
    const repo = gh.state.addRepo(`octo-org/network-${i}`)
    const sha = repo.refs.get(`refs/heads/${repo.defaultBranch}`)!
    const random = scenarioRandom(`github ${i}`)
    const played: string[] = []
    for (let n = 0; n < 2; n++) {
      const route = ROUTES[Math.floor(random() * ROUTES.length)]!
      const fault = FAULTS[Math.floor(random() * FAULTS.length)]!
      const times = 1 + Math.floor(random() * 3)
      gh.inject({ ...fault, route, times })
      played.push(`${route} ${JSON.stringify(fault)} ×${times}`)
    }
    const { repository } = releaseRepository(gh, {
      repository: repo.fullName,
      defaultCommit: sha,
      retry: testPolicy({}, FAULT_SEED + i),
      octokit: { retries: 2 }
    })
    const result = await outcome(
      publishPackage(repository, v1.file, { env: {}, log: silentLogger })
    )
    gh.clearFaults()

    const { GITHUB_API_URL, GITHUB_SERVER_URL } = gh.env()
    const env = {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL,
      GITHUB_SERVER_URL,
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: repo.fullName
    }
    const args = ['--repository', 'github-release', '--config', config]
    const listed = await expectWholePackages(dir, args, env)
    if (result === 'published') expect(listed, played.join('\n')).toEqual([v1.version])
    const next = await mxdeploy(['publish', v1.file, ...args], { cwd: dir, env })
    expect(next.code, `${played.join('\n')}\n${next.stderr}`).toBe(0)
    expect(await expectWholePackages(dir, args, env)).toEqual([v1.version])
    // One release, published: a retried create made no second one, and no draft is left.
    expect(repo.releases.map((r) => [r.tagName, r.draft])).toEqual([['hello-v1.2.0.1', false]])
  })
})
