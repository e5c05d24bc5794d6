import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { inspectPackage } from '../../src/mda/inspect.js'
import {
  REPO_ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions
} from '../support/runner/index.js'

// The bundled build action (dist/build/index.js, from `npm run package`), run as the runner runs it.

const EXAMPLE = join(REPO_ROOT, 'examples/hello/deployment')
let workspace = ''
const runs: ActionRun[] = []

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'build-action-'))
  await cp(EXAMPLE, join(workspace, 'deployment'), { recursive: true })
})

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
  await rm(workspace, { recursive: true, force: true })
})

async function run(name: string, options: RunActionOptions): Promise<ActionRun> {
  const result = await runAction(name, { cwd: workspace, ...options })
  runs.push(result)
  return result
}

async function mdaFiles(): Promise<string[]> {
  return (await readdir(workspace, { recursive: true })).filter((f) => f.endsWith('.mda'))
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

describe('build action', () => {
  test('packs a deployment folder: MDA, .sha256, outputs and job summary', async () => {
    const result = await run('build', {
      inputs: { 'deployment-dir': 'deployment', version: '1.2.0', 'upload-artifact': false }
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)

    const mdaPath = join(workspace, 'Hello_1.2.0.42.mda')
    const mda = await readFile(mdaPath)
    const metadata = JSON.parse(await readFile(join(EXAMPLE, 'model/metadata.json'), 'utf8')) as {
      RuntimeVersion: string
    }
    expect(result.outputs).toEqual({
      'mda-path': mdaPath,
      'package-version': '1.2.0.42',
      sha256: sha256(mda),
      'runtime-version': metadata.RuntimeVersion,
      'artifact-id': '',
      stories: '[]'
    })
    expect(await readFile(`${mdaPath}.sha256`, 'utf8')).toBe(`${sha256(mda)}  Hello_1.2.0.42.mda\n`)

    // Read back with an independent ZIP reader: every file of model/ and web/ is in it.
    const zip = await JSZip.loadAsync(mda)
    const root = join(workspace, 'deployment')
    const deployed = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((file) => /^(model|web|native)\//.test(file))
    expect(deployed.length).toBeGreaterThan(5)
    for (const file of deployed) expect(zip.file(file), file).not.toBeNull()
    expect((await inspectPackage(mdaPath)).manifest).toMatchObject({
      app: 'Hello',
      version: '1.2.0.42',
      commit: result.environment['GITHUB_SHA']
    })

    expect(result.summary).toContain('<h3>Package Hello 1.2.0.42</h3>')
    expect(result.summary).toContain(`<code>${sha256(mda)}</code>`)
    expect(result.summary).toContain(`<td>Runtime</td><td>${metadata.RuntimeVersion}</td>`)
  })

  test('the same inputs build the same bytes', async () => {
    const inputs = { 'deployment-dir': 'deployment', version: '1.2.0', 'upload-artifact': false }
    const first = await run('build', { inputs, github: { runNumber: '5' } })
    await rm(first.outputs['mda-path']!)
    const second = await run('build', { inputs, github: { runNumber: '5' } })
    expect(second.outputs['sha256']).toBe(first.outputs['sha256'])
  })

  test('build-number, output and app inputs', async () => {
    const result = await run('build', {
      inputs: {
        'deployment-dir': 'deployment',
        version: '2.0.1',
        'build-number': '15',
        output: 'out/site.mda',
        app: 'Greeter',
        'upload-artifact': 'false'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'mda-path': join(workspace, 'out/site.mda'),
      'package-version': '2.0.1.15'
    })
    expect((await inspectPackage(join(workspace, 'out/site.mda'))).manifest).toMatchObject({
      app: 'Greeter'
    })
  })

  // The run number completes three-part versions only; a four-part version is taken as it is.
  test('a four-part version ignores the run number', async () => {
    const result = await run('build', {
      inputs: { 'deployment-dir': 'deployment', version: '1.2.0.9', 'upload-artifact': false }
    })
    expect(errors(result)).toEqual([])
    expect(result.outputs['package-version']).toBe('1.2.0.9')
  })

  test('upload-artifact (the default) off a runner fails with what to do, after building', async () => {
    const result = await run('build', {
      inputs: { 'deployment-dir': 'deployment', version: '1.2.0' }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      'workflow artifacts need a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set; the runner gives them to actions, not to run: steps): set upload-artifact to false'
    ])
    expect(result.outputs['artifact-id']).toBe('')
  })

  describe('bad inputs fail with exit code 1, an ::error:: annotation, and no MDA', () => {
    test.each([
      [
        'both project and deployment-dir',
        { project: 'App.mpr', 'deployment-dir': 'deployment', version: '1.2.0' },
        'give either a deployment folder or a .mpr project to build, not both'
      ],
      [
        'neither project nor deployment-dir',
        { version: '1.2.0' },
        'nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)'
      ],
      [
        'a version that is not a Mendix version',
        { 'deployment-dir': 'deployment', version: '1.2' },
        'version "1.2" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)'
      ],
      [
        'no version',
        { 'deployment-dir': 'deployment' },
        'a package needs a version: give --version 1.2.0 (input version)'
      ],
      [
        'a build number that is not a whole number',
        { 'deployment-dir': 'deployment', version: '1.2.0', 'build-number': 'x1' },
        'build number "x1" is not a non-negative whole number'
      ],
      [
        'upload-artifact that is not a boolean',
        { 'deployment-dir': 'deployment', version: '1.2.0', 'upload-artifact': 'yes' },
        'input upload-artifact is "yes"; use true or false'
      ]
    ])('%s', async (_name, inputs, message) => {
      const result = await run('build', { inputs: { 'upload-artifact': false, ...inputs } })
      expect(result.exitCode).toBe(1)
      expect(errors(result)).toEqual([message])
      expect(await mdaFiles()).toEqual([])
    })

    test('a deployment folder that does not exist', async () => {
      const result = await run('build', {
        inputs: { 'deployment-dir': 'missing', version: '1.2.0', 'upload-artifact': false }
      })
      expect(result.exitCode).toBe(1)
      expect(errors(result)).toHaveLength(1)
      expect(errors(result)[0]).toContain(join(workspace, 'missing'))
      expect(await mdaFiles()).toEqual([])
    })
  })
})

describe('root action (action.yml with command:)', () => {
  test('command: build runs the build action', async () => {
    const result = await run('root', {
      inputs: {
        command: 'build',
        'deployment-dir': 'deployment',
        version: '1.2.0',
        'upload-artifact': false
      }
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'mda-path': join(workspace, 'Hello_1.2.0.42.mda'),
      'package-version': '1.2.0.42'
    })
    expect(result.summary).toContain('Package Hello 1.2.0.42')
  })

  test('an unknown command fails and names the commands there are', async () => {
    const result = await run('root', { inputs: { command: 'deploy' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      expect.stringMatching(/^command "deploy" is not one of: build/)
    ])
    expect(await mdaFiles()).toEqual([])
  })

  test('no command', async () => {
    const result = await run('root', { inputs: {} })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual(['Input required and not supplied: command'])
  })
})
