import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { run as runBuildAction } from '../../src/actions/build/main.js'
import { uploadFiles } from '../../src/actions/shared/artifact.js'
import { ConfigurationError } from '../../src/errors.js'
import { sha256File } from '../../src/mda/sha256-file.js'
import { openRepository } from '../../src/repository/open-repository.js'
import { FakeArtifactService, type FakeRun } from '../support/artifacts/artifact-service.js'
import { CapturedOutput } from '../support/artifacts/captured-output.js'
import { copyExample } from '../support/example-app.js'
import { buildExample } from './packages.js'

let fake: FakeArtifactService
let run: FakeRun
const output = new CapturedOutput()

beforeAll(async () => {
  fake = await FakeArtifactService.start()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  run = fake.newRun()
  output.start()
})
afterEach(() => {
  output.stop()
  expect(fake.violations).toEqual([])
})

/** Sets process.env as the runner does for one action step, for the length of `work`. */
async function asActionStep<T>(env: NodeJS.ProcessEnv, work: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    return await work()
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

function outputs(text: string): Record<string, string> {
  // GITHUB_OUTPUT's heredoc form: name<<DELIMITER, value, DELIMITER.
  const result: Record<string, string> = {}
  const pattern = /^(.+)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) result[match[1]!] = match[3]!
  return result
}

describe('the build action uploading its artifact', () => {
  test('upload-artifact: true uploads the MDA and its .sha256; a later job stages it by name', async () => {
    const dir = await copyExample()
    const files = await mkdtemp(join(tmpdir(), 'mxdeploy-action-files-'))
    const [outputFile, summaryFile] = [join(files, 'output'), join(files, 'summary')]
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    await asActionStep(
      {
        ...fake.jobEnv(run),
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        'INPUT_DEPLOYMENT-DIR': 'deployment',
        INPUT_VERSION: '1.2.0',
        'INPUT_BUILD-NUMBER': '7',
        'INPUT_UPLOAD-ARTIFACT': 'true',
        'INPUT_ARTIFACT-NAME': 'mxdeploy-package'
      },
      runBuildAction
    )
    expect(process.exitCode ?? 0).toBe(0)
    const set = outputs(await readFile(outputFile, 'utf8'))
    expect(set['artifact-id']).toMatch(/^\d+$/)
    expect(set['package-version']).toBe('1.2.0.7')
    const zip = await JSZip.loadAsync(fake.blob(run, 'mxdeploy-package')!)
    expect(Object.keys(zip.files).sort()).toEqual(['hello_1.2.0.7.mda', 'hello_1.2.0.7.mda.sha256'])

    // The stage job: the same run, another job, the artifact by name; no record.json inside, so
    // the record comes from the MDA's manifest and metadata.
    const repository = await openRepository('artifact:mxdeploy-package', {
      cwd: dir,
      env: fake.jobEnv(run)
    })
    const [record] = await repository.list('hello')
    expect(record).toMatchObject({
      app: 'hello',
      version: '1.2.0.7',
      sha256: set['sha256'],
      runtimeVersion: set['runtime-version'],
      createdBy: 'octocat',
      url: `https://github.com/octo-org/hello/actions/runs/${run.number}/artifacts/${set['artifact-id']}`
    })
    const dest = join(dir, 'staged.mda')
    await repository.download('hello', 'latest', dest)
    expect(await sha256File(dest)).toBe(set['sha256'])
  })

  test('uploadFiles outside a runner is a configuration error naming the input to change', async () => {
    const pkg = await buildExample('1.0.0.1')
    const calls = fake.calls.length
    const upload = uploadFiles('x', [pkg.path], { GITHUB_ACTIONS: 'true' })
    await expect(upload).rejects.toThrow(ConfigurationError)
    await expect(upload).rejects.toThrow(/ACTIONS_RUNTIME_TOKEN.*: set upload-artifact to false$/)
    expect(fake.calls.length).toBe(calls)
  })

  test("uploadFiles: a name already taken in the run fails with the service's reason", async () => {
    const pkg = await buildExample('1.0.0.1')
    const env = fake.jobEnv(run)
    const first = await uploadFiles('taken', [pkg.path, `${pkg.path}.sha256`], env)
    expect(first.id).toBeGreaterThan(0)
    await expect(uploadFiles('taken', [pkg.path], env)).rejects.toThrow(
      /^uploading artifact taken: .*\(409\) Conflict: an artifact with this name already exists on the workflow run$/
    )
  })
})
