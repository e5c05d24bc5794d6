import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { FakeArtifactService } from '../support/artifacts/artifact-service.js'
import { CapturedOutput } from '../support/artifacts/captured-output.js'
import { mxdeploy } from '../support/cli.js'
import { buildExample } from './packages.js'

let fake: FakeArtifactService
const output = new CapturedOutput()

beforeAll(async () => {
  fake = await FakeArtifactService.start()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => output.start())
afterEach(() => {
  output.stop()
  expect(fake.violations).toEqual([])
})

test('mxdeploy publish and packages with --repository artifact, in one workflow run', async () => {
  const pkg = await buildExample('1.2.0.3', '', 'hello')
  const run = fake.newRun()
  const published = await mxdeploy(['publish', pkg.path, '--repository', 'artifact', '--json'], {
    cwd: pkg.dir,
    env: fake.jobEnv(run)
  })
  expect(published.code).toBe(0)
  expect(published.json).toMatchObject({
    created: true,
    package: { app: 'hello', version: '1.2.0.3', sha256: pkg.sha256 }
  })
  const listed = await mxdeploy(['packages', '--repository', 'artifact', '--json'], {
    cwd: pkg.dir,
    env: fake.jobEnv(run)
  })
  expect(listed.code).toBe(0)
  expect(listed.json).toMatchObject({ app: 'hello', repository: 'artifact' })
  expect(listed.json.packages.map((p: { version: string }) => p.version)).toEqual(['1.2.0.3'])
  // Nothing but the commands' own output reached the process's stdout.
  expect(output.stdout).toBe('')
})

test('outside a workflow job the CLI exits 2 with what to use instead', async () => {
  const pkg = await buildExample('1.2.0.3', '', 'hello')
  const result = await mxdeploy(['publish', pkg.path, '--repository', 'artifact'], {
    cwd: pkg.dir
  })
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/workflow artifacts need a GitHub Actions job/)
})

test('a runtime token that is not a JWT with the results scope is named as such', async () => {
  const pkg = await buildExample('1.2.0.3', '', 'hello')
  const result = await mxdeploy(['packages', '--repository', 'artifact'], {
    cwd: pkg.dir,
    env: { ...fake.jobEnv(fake.newRun()), ACTIONS_RUNTIME_TOKEN: 'not-a-jwt' }
  })
  expect(result.code).toBe(1)
  expect(result.stderr).toMatch(
    /ACTIONS_RUNTIME_TOKEN is not the runner's runtime token \(a JWT with an Actions\.Results scope\)/
  )
})
