import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { silentLogger } from '../../src/log.js'
import { publishPackage } from '../../src/repository/publish-package.js'
import { buildExample } from '../artifact/packages.js'
import { mxdeploy } from '../support/cli.js'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'
import { releaseRepository } from './helpers.js'

/** What a CI job (or a laptop with a token) gives the CLI for github-release. */
function githubEnv(gh: GitHubStandIn, token = gh.token): NodeJS.ProcessEnv {
  const { GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = gh.env()
  return { GITHUB_TOKEN: token, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA }
}

describe('mxdeploy publish/packages --repository github-release', () => {
  const stand = useGitHubStandIn()

  test('publish a built package, list it, download it verified, publish again without change', async () => {
    const { gh } = stand
    const pkg = await buildExample('1.2.0.3', '', 'hello')
    const env = githubEnv(gh)
    const args = ['--repository', 'github-release', '--json']
    const published = await mxdeploy(['publish', pkg.path, ...args], { cwd: pkg.dir, env })
    expect(published.stderr).not.toContain(gh.token)
    expect(published.code).toBe(0)
    const url = `${gh.url}/octo-org/hello/releases/download/hello-v1.2.0.3/hello_1.2.0.3.mda`
    expect(published.json).toMatchObject({
      created: true,
      package: { app: 'hello', version: '1.2.0.3', sha256: pkg.sha256, url }
    })
    expect(gh.repo().releases[0]).toMatchObject({ tagName: 'hello-v1.2.0.3', draft: false })

    const listed = await mxdeploy(['packages', 'list', ...args], { cwd: pkg.dir, env })
    expect(listed.code).toBe(0)
    expect(listed.json).toMatchObject({ app: 'hello', repository: 'github-release' })
    expect(listed.json.packages).toEqual([published.json.package])

    const out = join(pkg.dir, 'downloaded.mda')
    const downloaded = await mxdeploy(['packages', 'download', 'latest', '--out', out, ...args], {
      cwd: pkg.dir,
      env
    })
    expect(downloaded.code).toBe(0)
    expect(await readFile(out)).toEqual(await readFile(pkg.path))

    const again = await mxdeploy(['publish', pkg.path, ...args], { cwd: pkg.dir, env })
    expect(again.code).toBe(0)
    expect(again.json).toMatchObject({ created: false, package: { sha256: pkg.sha256 } })
    expect(gh.repo().releases).toHaveLength(1)
  })

  test('a token without contents: write exits 2 with the permission to grant', async () => {
    const { gh } = stand
    const pkg = await buildExample('1.2.0.3', '', 'hello')
    const token = gh.addToken({ permissions: { contents: 'read' } })
    const result = await mxdeploy(['publish', pkg.path, '--repository', 'github-release'], {
      cwd: pkg.dir,
      env: githubEnv(gh, token)
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('the token lacks `contents: write`')
    expect(result.stderr).not.toContain(token)
    expect(gh.repo().releases).toEqual([])
  })

  test('other bytes under a published version exit 2, and the release keeps its bytes', async () => {
    const { gh } = stand
    const first = await buildExample('1.2.0.3', '', 'hello')
    const other = await buildExample('1.2.0.3', 'changed', 'hello')
    // The first publish through the adapter directly: no second of spacing between its writes.
    const { repository } = releaseRepository(gh)
    await publishPackage(repository, first.path, { env: {}, log: silentLogger })
    const refused = await mxdeploy(['publish', other.path, '--repository', 'github-release'], {
      cwd: other.dir,
      env: githubEnv(gh)
    })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('hello 1.2.0.3 is already published with other content')
    const mda = gh.repo().releases[0]!.assets.find((a) => a.name === 'hello_1.2.0.3.mda')
    expect(mda?.bytes).toEqual(await readFile(first.path))
  })
})
