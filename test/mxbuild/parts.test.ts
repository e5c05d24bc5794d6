import { spawnSync } from 'node:child_process'
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandFor, explicitMxBuild, findInFolder } from '../../src/mxbuild/locate.js'
import { mxbuildUrl } from '../../src/mxbuild/installer.js'
import { describeProblem, parseProblems } from '../../src/mxbuild/problems.js'
import { FAKE_MXBUILD } from './harness.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-parts-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the MxBuild stand-in follows the documented command line', () => {
  const fake = join(FAKE_MXBUILD, 'modeler', 'mxbuild')
  const run = (...args: string[]) => spawnSync(fake, args, { encoding: 'utf8' })

  it('prints its options for --help and exits 0', () => {
    const result = run('--help')
    expect(result.status).toBe(0)
    for (const option of [
      '--java-home',
      '--java-exe-path',
      '--target',
      '--output',
      '--write-errors'
    ]) {
      expect(result.stdout).toContain(option)
    }
  })

  it.each([
    [
      ['--java-home=/x', '--java-exe-path=/x/bin/java', '--no-such-option', 'App.mpr'],
      /Unknown option/
    ],
    [['--java-exe-path=/x/bin/java', 'App.mpr'], /--java-home is required/],
    [['--java-home=/x', '--java-exe-path=/x/bin/java'], /exactly one project file/],
    [
      ['--java-home=/x', '--java-exe-path=/x/bin/java', '--target=nonsense', 'App.mpr'],
      /Unknown target/
    ]
  ])('exits 2 on bad options: %j', (args, message) => {
    const result = run(...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})

describe('finding the MxBuild program', () => {
  it('knows how each kind of MxBuild program starts', () => {
    expect(commandFor('/m/modeler/mxbuild', 'linux')).toEqual({
      program: '/m/modeler/mxbuild',
      prefix: [],
      path: '/m/modeler/mxbuild'
    })
    expect(commandFor('/m/modeler/mxbuild.exe', 'linux')).toMatchObject({
      program: 'mono',
      prefix: ['/m/modeler/mxbuild.exe']
    })
    expect(commandFor('/m/modeler/mxbuild.dll', 'linux')).toMatchObject({ program: 'dotnet' })
    expect(commandFor('C:\\m\\modeler\\mxbuild.exe', 'win32')).toMatchObject({
      program: 'C:\\m\\modeler\\mxbuild.exe',
      prefix: []
    })
  })

  it('looks in modeler/ of an unpacked MxBuild, preferring the native program', async () => {
    const folder = join(dir, 'unpacked')
    await mkdir(join(folder, 'modeler'), { recursive: true })
    await writeFile(join(folder, 'modeler', 'mxbuild.exe'), '')
    expect(await findInFolder(folder, 'linux')).toMatchObject({ program: 'mono' })
    expect(await findInFolder(folder, 'win32')).toMatchObject({
      program: join(folder, 'modeler', 'mxbuild.exe')
    })
    await writeFile(join(folder, 'modeler', 'mxbuild'), '')
    expect(await findInFolder(folder, 'linux')).toMatchObject({
      program: join(folder, 'modeler', 'mxbuild')
    })
    expect(await findInFolder(join(dir, 'nothing-here'), 'linux')).toBeUndefined()
  })

  it('takes --mxbuild as the program itself, and refuses one that is not executable', async () => {
    const program = join(FAKE_MXBUILD, 'modeler', 'mxbuild')
    expect(await explicitMxBuild(program, dir, 'linux')).toMatchObject({ program, prefix: [] })
    const copy = join(dir, 'mxbuild-copy')
    await copyFile(program, copy)
    await chmod(copy, 0o644)
    await expect(explicitMxBuild('mxbuild-copy', dir, 'linux')).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: `MxBuild ${copy} is not executable: chmod +x it`
    })
  })

  it('names the download as Mendix documents it', () => {
    expect(mxbuildUrl('10.6.1.12345', 'linux', 'https://cdn.mendix.com/runtime/')).toBe(
      'https://cdn.mendix.com/runtime/mxbuild-10.6.1.12345.tar.gz'
    )
    expect(mxbuildUrl('10.6.1.12345', 'win32', 'https://mirror.example/mx')).toBe(
      'https://mirror.example/mx/win-mxbuild-10.6.1.12345.tar.gz'
    )
  })
})

describe("MxBuild's error file", () => {
  it('reads problems with or without a BOM, and counts unknown severities as errors', () => {
    const json = JSON.stringify({
      problems: [
        {
          name: 'CE0001',
          severity: 'Error',
          message: ' Broken. ',
          locations: [{ module: 'M', document: 'D', element: 'E' }]
        },
        { severity: 'Critical', message: 'Something new.', locations: 'not a list' },
        { severity: 'Deprecation', message: 'Old.', locations: [null, { module: 'M' }] }
      ]
    })
    const problems = parseProblems(Buffer.from(`\uFEFF${json}`, 'utf8'))
    expect(parseProblems(json)).toEqual(problems)
    expect(problems.map((p) => p.severity)).toEqual(['Error', 'Error', 'Deprecation'])
    expect(problems.map(describeProblem)).toEqual([
      'CE0001: Broken. (M › D › E)',
      'Something new.',
      'Old. (M)'
    ])
  })

  it.each([
    ['not JSON', 'Object reference not set', /JSON/],
    ['no problems list', '{"errors": []}', /no "problems" list/],
    [
      'a problem without a message',
      '{"problems": [{"severity": "Error"}]}',
      /problem 1 has no "message"/
    ]
  ])('refuses %s', (_, text, message) => {
    expect(() => parseProblems(text)).toThrow(message)
  })
})
