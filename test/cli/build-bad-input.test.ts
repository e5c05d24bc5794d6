import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCommand } from '../../src/cli/commands/build.js'
import {
  deploymentFiles,
  makeDeploymentFolder,
  metadataDocument
} from '../mda/support/deployment.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { jsonError, mxdeploy } from './support/run-cli.js'

const tempDir = useTempDirs()

/** Every path under `dir`, to show that a refused build wrote nothing anywhere. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort()
}

interface Case {
  args: (work: string) => string[]
  message: (work: string) => string
  files?: Map<string, Buffer | null>
  env?: NodeJS.ProcessEnv
  setup?: (work: string) => Promise<void>
}

const withMetadata = (content: string): Map<string, Buffer | null> =>
  new Map([...deploymentFiles(), ['model/metadata.json', Buffer.from(content)]])
const build = (work: string, ...more: string[]): string[] => [
  'build',
  '--deployment-dir',
  join(work, 'deployment'),
  '--out',
  join(work, 'out', 'app.mda'),
  ...more
]
/** Bytes the default folder packs: model/, web/ and native/, metadata.json as build rewrites it. */
const PACKAGED_BYTES =
  [...deploymentFiles()]
    .filter(([name]) => /^(model|web|native)\//.test(name) && name !== 'model/metadata.json')
    .reduce((sum, [, data]) => sum + data.length, 0) +
  // metadata.json as makeDeploymentFolder writes it, with ModelVersion edited in place.
  Buffer.byteLength(JSON.stringify({ ...metadataDocument(), ModelVersion: '1.2.0.0' }, null, 2))
const refusedPackage = (work: string, problems: string[]): string =>
  `${join(work, 'deployment')} can't be packaged: verify and publish would refuse the package (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}\n`).join('')}rename or remove the files named, then build again`
const badVersion = (version: string): Case => ({
  args: (work) => build(work, '--version', version),
  message: () =>
    `version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`
})

const cases: Record<string, Case> = {
  'a missing deployment folder': {
    args: (work) => ['build', '--deployment-dir', join(work, 'nope'), '--version', '1.2.0'],
    message: (work) =>
      `deployment folder ${join(work, 'nope')} does not exist: give the folder MxBuild or Studio Pro made (it holds model/ and web/)`
  },
  'a deployment folder that is a file': {
    args: (work) => [
      'build',
      '--deployment-dir',
      join(work, 'deployment/web/index.html'),
      '--version',
      '1.2.0'
    ],
    message: (work) =>
      `deployment folder ${join(work, 'deployment/web/index.html')} is not a directory`
  },
  'a folder without model/metadata.json': {
    files: new Map([...deploymentFiles(), ['model/metadata.json', null]]),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `${join(work, 'deployment')} is not a Mendix deployment folder: an MDA needs model/metadata.json (with the app's RuntimeVersion and constants) beside model/model.mdp and web/; build the app first (Studio Pro: App → Create Deployment Package, or mxbuild)`
  },
  'a metadata.json that is not JSON': {
    files: withMetadata('{ "RuntimeVersion": "10.24.8.80126", }'),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `${join(work, 'deployment/model/metadata.json')} is not valid JSON (Expected double-quoted property name in JSON at position 37); it must be the metadata.json that MxBuild writes`
  },
  'a metadata.json without RuntimeVersion': {
    files: withMetadata(JSON.stringify(metadataDocument({ RuntimeVersion: undefined }))),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `${join(work, 'deployment/model/metadata.json')} has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`
  },
  'a metadata.json that is a list': {
    files: withMetadata('[]'),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `${join(work, 'deployment/model/metadata.json')} must hold a JSON object, as MxBuild writes it`
  },
  'version 1.2': badVersion('1.2'),
  'version 01.2.3': badVersion('01.2.3'),
  'version 1.2.3.4.5': badVersion('1.2.3.4.5'),
  'version v1.2.3': badVersion('v1.2.3'),
  'version 1.2.x': badVersion('1.2.x'),
  'a version part too large': {
    args: (work) => build(work, '--version', '1.2.3.9999999999'),
    message: () => 'version "1.2.3.9999999999" has a part larger than 2147483647'
  },
  'a missing version': {
    args: (work) => build(work),
    message: () => 'a package needs a version: give --version 1.2.0 (input version)'
  },
  'a four-part version with a different --build-number': {
    args: (work) => build(work, '--version', '1.2.3.4', '--build-number', '5'),
    message: () =>
      'version "1.2.3.4" already has a build number; give a three-part version with --build-number, or drop --build-number'
  },
  'a build number that is not a number': {
    args: (work) => build(work, '--version', '1.2.3', '--build-number', '12a'),
    message: () => 'build number "12a" is not a non-negative whole number'
  },
  'a GITHUB_RUN_NUMBER that is not a number': {
    env: { GITHUB_RUN_NUMBER: '-3' },
    args: (work) => build(work, '--version', '1.2.3'),
    message: () => 'build number "-3" is not a non-negative whole number'
  },
  'a bad SOURCE_DATE_EPOCH': {
    env: { SOURCE_DATE_EPOCH: 'yesterday' },
    args: (work) => build(work, '--version', '1.2.3'),
    message: () => 'SOURCE_DATE_EPOCH "yesterday" is not a number of seconds since 1970'
  },
  'an output path that is a directory': {
    setup: async (work) => {
      await mkdir(join(work, 'out', 'app.mda'), { recursive: true })
    },
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `output ${join(work, 'out/app.mda')} is a directory: give a file name such as ${join(work, 'out/app.mda/app.mda')}`
  },
  'an output path inside a file': {
    setup: (work) => writeFile(join(work, 'out'), 'a file where a folder should be'),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      `output ${join(work, 'out/app.mda')} can't be written: ${join(work, 'out')} is a file, not a folder`
  },
  'an output path deeper inside a file': {
    setup: (work) => writeFile(join(work, 'out'), 'a file where a folder should be'),
    args: (work) => [...build(work, '--version', '1.2.0'), '--out', join(work, 'out/a/b.mda')],
    message: (work) =>
      `output ${join(work, 'out/a/b.mda')} can't be written: ${join(work, 'out')} is a file, not a folder`
  },
  'both --deployment-dir and --project': {
    args: (work) => [...build(work, '--version', '1.2.0'), '--project', join(work, 'App.mpr')],
    message: () => 'give either a deployment folder or a .mpr project to build, not both'
  },
  'neither --deployment-dir nor --project': {
    args: () => ['build', '--version', '1.2.0'],
    message: () =>
      'nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)'
  },
  'an unknown flag': {
    args: (work) => build(work, '--verison', '1.2.0'),
    message: () => `Unknown option '--verison'; run "mxdeploy build --help" for the options`
  },
  'a flag without its value': {
    args: (work) => [...build(work), '--version'],
    message: () =>
      `Option '--version <value>' argument missing; run "mxdeploy build --help" for the options`
  },
  // What verify and publish refuse, build refuses before writing anything (src/zip/safety.ts).
  'a file name with a backslash': {
    setup: (work) => writeFile(join(work, 'deployment', 'web', 'js\\app.js'), 'x'),
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      refusedPackage(work, ['web/js\\app.js has a backslash in its name (ZIP paths use "/")'])
  },
  'files past the total size limit (a sparse file: nothing is read)': {
    setup: async (work) => {
      const huge = join(work, 'deployment', 'web', 'huge.bin')
      await writeFile(huge, '')
      await truncate(huge, 17 * 1024 ** 3)
    },
    args: (work) => build(work, '--version', '1.2.0'),
    message: (work) =>
      refusedPackage(work, [
        `its entries expand to ${17 * 1024 ** 3 + PACKAGED_BYTES} bytes, past the ${16 * 1024 ** 3}-byte limit (a zip bomb?)`
      ])
  },
  'a stray argument': {
    args: (work) => [...build(work, '--version', '1.2.0'), 'extra'],
    message: () => `unexpected argument "extra"; usage: mxdeploy ${buildCommand.usage}`
  }
}

describe('mxdeploy build on bad input', () => {
  it.each(Object.entries(cases))('refuses %s: exit 2, a message, nothing written', async (_, c) => {
    const work = await tempDir()
    await makeDeploymentFolder(join(work, 'deployment'), c.files)
    await c.setup?.(work)
    const before = await tree(work)
    for (const json of [false, true]) {
      const [command, ...rest] = c.args(work)
      const run = await mxdeploy([command!, ...(json ? ['--json'] : []), ...rest], {
        cwd: work,
        env: c.env ?? {}
      })
      expect(run.code).toBe(2)
      // Progress lines may come first; the error is the last thing said.
      expect(run.stderr.endsWith(`error: ${c.message(work)}\n`)).toBe(true)
      expect(run.stderr.match(/^error: /gm)).toHaveLength(1)
      if (json) {
        expect(jsonError(run)).toEqual({
          kind: 'configuration',
          message: c.message(work),
          exitCode: 2
        })
      } else {
        expect(run.stdout).toBe('')
      }
      expect(await tree(work)).toEqual(before)
    }
  })
})

describe('what mxdeploy build makes, verify and publish accept', () => {
  it('a 2 MiB file of zeros (deflated past 1000:1)', async () => {
    const work = await tempDir()
    const files = new Map([...deploymentFiles(), ['web/zeros.bin', Buffer.alloc(2 << 20)]])
    await makeDeploymentFolder(join(work, 'deployment'), files)
    const out = join(work, 'out', 'app.mda')
    const built = await mxdeploy([...build(work, '--version', '1.2.0'), '--app', 'hello'], {
      cwd: work
    })
    expect(built.stderr).not.toContain('error')
    expect(built.code).toBe(0)
    const verified = await mxdeploy(['verify', out], { cwd: work })
    expect(verified.stderr).toBe('')
    expect(verified.code).toBe(0)
    await writeFile(join(work, 'mxdeploy.yml'), 'app: hello\nenvironments: { test: {} }\n')
    const published = await mxdeploy(['publish', out, '--repository', 'file:packages'], {
      cwd: work
    })
    expect(published.stderr).not.toContain('error')
    expect(published.code).toBe(0)
  })
})
