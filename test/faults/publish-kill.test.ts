import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { silentLogger } from '../../src/log.js'
import { publishPackage } from '../../src/repository/publish-package.js'
import { releaseRepository } from '../release/helpers.js'
import { mxdeploy } from '../support/cli.js'
import { startGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'
import { startRegistry, type RunningRegistry } from '../support/registry/registry.js'
import { ok, useTemplate, type Built } from './support/app.js'
import { expectWholePackages } from './support/consistency.js'
import { countSteps, runChild } from './support/killed-run.js'
import { drawPoints, killPoints } from './support/matrix.js'

// `publish` killed at seeded points, into each kind of repository: file:, oci:// (Debian's
// docker-registry on loopback) and github-release (the GitHub stand-in). Afterwards `packages`
// lists only packages that download whole, and the next publish of the same file succeeds.

const template = useTemplate(
  'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\n',
  2
)

let registry: RunningRegistry
let gh: GitHubStandIn
let repositories = 0
// Started while the tests are collected: the kill points are counted on a real publish then.
let started: Promise<void> | undefined
const start = () =>
  (started ??= (async () => {
    registry = await startRegistry()
    gh = await startGitHubStandIn()
  })())
afterAll(async () => {
  gh?.assertNoViolations()
  await gh?.close()
  await registry?.stop()
})

/** What each kind of repository needs: its arguments and variables, and a first package in it. */
interface Kind {
  name: string
  /** A new, empty repository of this kind for one fault, holding `first` once published. */
  fresh(dir: string, first: Built): Promise<{ args: string[]; env: NodeJS.ProcessEnv }>
  /** Checks beyond what `packages` shows, after the next publish. */
  clean?(dir: string): Promise<void>
  faults: number
}

const KINDS: Kind[] = [
  {
    name: 'file:',
    faults: 6,
    async fresh(dir, first) {
      await ok(dir, ['publish', first.file])
      return { args: [], env: {} }
    },
    async clean(dir) {
      // The next publish removed what the killed one left in the app's folder.
      const left = await readdir(join(dir, '.mxdeploy', 'packages', 'hello'))
      expect(left.filter((name) => name.startsWith('.publish-'))).toEqual([])
    }
  },
  {
    name: 'oci://',
    faults: 5,
    async fresh(dir, first) {
      const args = ['--repository', `oci://${registry.host}/fault-${++repositories}`]
      await ok(dir, ['publish', first.file, ...args])
      return { args, env: {} }
    }
  },
  {
    name: 'github-release',
    faults: 3,
    async fresh(_dir, first) {
      const name = `octo-org/fault-${++repositories}`
      const repo = gh.state.addRepo(name)
      const GITHUB_SHA = repo.refs.get(`refs/heads/${repo.defaultBranch}`)!
      // The first package straight through the adapter: no second of spacing between writes.
      const { repository } = releaseRepository(gh, { repository: name, defaultCommit: GITHUB_SHA })
      await publishPackage(repository, first.file, { env: {}, log: silentLogger })
      const { GITHUB_API_URL, GITHUB_SERVER_URL } = gh.env()
      return {
        args: ['--repository', 'github-release'],
        env: {
          GITHUB_TOKEN: gh.token,
          GITHUB_API_URL,
          GITHUB_SERVER_URL,
          GITHUB_SHA,
          GITHUB_REPOSITORY: name
        }
      }
    }
  }
]

for (const kind of KINDS) {
  describe(`publish to ${kind.name} killed at seeded points`, async () => {
    await start()
    const t = await template()
    const [v1, v2] = t.built as [Built, Built]
    const probe = await t.copy()
    const repository = await kind.fresh(probe.dir, v1)
    const publish = (config: string, file: string, args: string[]) => [
      'publish',
      file,
      ...args,
      '--config',
      config
    ]
    const counts = await countSteps(
      publish(probe.config, probe.file(v2), repository.args),
      repository.env
    )
    const points = drawPoints(`publish ${kind.name}`, killPoints(counts), kind.faults)

    test.each(points)('killed at %s', async (point) => {
      const { dir, config, file } = await t.copy()
      const { args, env } = await kind.fresh(dir, v1)
      const run = await runChild(publish(config, file(v2), args), { kill: point, env })
      expect(run.outcome, run.stderr).toBe('killed')
      const listed = await expectWholePackages(dir, [...args, '--config', config], env)
      expect(listed).toContain(v1.version)

      const next = await mxdeploy(publish(config, file(v2), args), { cwd: dir, env })
      expect(next.code, next.stderr).toBe(0)
      expect((await expectWholePackages(dir, [...args, '--config', config], env)).sort()).toEqual([
        v1.version,
        v2.version
      ])
      await kind.clean?.(dir)
    })
  })
}
