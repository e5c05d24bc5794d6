import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inspectPackage } from '../../src/mda/inspect.js'
import { verifyPackage } from '../../src/mda/verify.js'
import { FAKE_MXBUILD, makeApp, makeJdk, MENDIX_VERSION, mxdeploy, testEnv } from './harness.js'
import { makeMpr } from './mpr-files.js'

let root: string
let jdk: string
let temp: string
let count = 0

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mxdeploy-mxbuild-'))
  jdk = await makeJdk(join(root, 'jdk'))
  // MxBuild's own temporary folders go here, so the tests can see that they are cleaned.
  temp = join(root, 'runner-temp')
  await mkdir(temp)
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false
  )
}

/** A fresh case folder: app/ with App.mpr, and the env a build there runs with. */
async function setup(behaviour: Record<string, unknown> = {}) {
  const dir = join(root, `case-${++count}`)
  const mpr = await makeApp(join(dir, 'app'), behaviour)
  const env = testEnv(join(dir, 'home'), { JAVA_HOME: jdk, RUNNER_TEMP: temp })
  const build = (...extra: string[]) =>
    mxdeploy(
      [
        'build',
        '--project',
        'app/App.mpr',
        '--mxbuild',
        FAKE_MXBUILD,
        '--version',
        '1.2.0',
        '--out',
        'out/app.mda',
        ...extra
      ],
      dir,
      env
    )
  const calls = async (): Promise<{ argv: string[]; javaHome: string }[]> => {
    const path = join(dir, 'app', 'fake-mxbuild.calls.jsonl')
    if (!(await exists(path))) return []
    return (await readFile(path, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { argv: string[]; javaHome: string })
  }
  return { dir, mpr, env, build, calls, out: join(dir, 'out', 'app.mda') }
}

describe('mxdeploy build --project with MxBuild', () => {
  it('runs MxBuild as documented and repacks its MDA like a folder build', async () => {
    const { build, calls, out, dir } = await setup()
    const run = await build('--build-number', '7', '--json')
    expect(run.stderr).not.toMatch(/^error/m)
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json).toMatchObject({
      path: out,
      app: 'App',
      version: '1.2.0.7',
      runtimeVersion: MENDIX_VERSION,
      mendixVersion: MENDIX_VERSION,
      manifest: { source: 'mxbuild', builder: `mxdeploy 0.1.0, MxBuild ${MENDIX_VERSION}` }
    })
    // MxBuild's output streams through the logger, on stderr (stdout holds only the JSON).
    expect(run.stderr).toContain(`Mendix MxBuild ${MENDIX_VERSION} (test stand-in)`)
    expect(run.stderr).toContain('Warning: running in a test environment')

    const [call] = await calls()
    const args = call!.argv
    expect(args.slice(0, 3)).toEqual([
      `--java-home=${jdk}`,
      `--java-exe-path=${join(jdk, 'bin', 'java')}`,
      '--target=package'
    ])
    expect(args[4]).toBe('--model-version=1.2.0.7')
    expect(args.at(-1)).toBe(join(dir, 'app', 'App.mpr'))
    expect(call!.javaHome).toBe(jdk)
    const output = args[3]!.replace('--output=', '')
    expect(args[5]).toBe(`--write-errors=${join(output, '..', 'errors.json')}`)
    expect(output.startsWith(join(temp, 'mxdeploy-mxbuild-'))).toBe(true)
    expect(await readdir(temp)).toEqual([])

    const facts = await inspectPackage(out)
    expect(facts.metadata.modelVersion).toBe('1.2.0.7')
    expect(facts.metadata.constants.map((c) => c.name)).toEqual(['MyFirstModule.ApiUrl'])
    expect(facts.sha256).toBe(
      createHash('sha256')
        .update(await readFile(out))
        .digest('hex')
    )
    expect((await verifyPackage(out)).entries).toBe(6)
  })

  it('gives the same bytes for the same model whatever MxBuild zipped', async () => {
    const first = await setup({ mtime: 1_600_000_000 })
    const second = await setup({ mtime: 1_700_000_000 })
    expect((await first.build()).code).toBe(0)
    expect((await second.build()).code).toBe(0)
    expect((await readFile(first.out)).equals(await readFile(second.out))).toBe(true)
  })

  it('reports warnings of a successful build and still builds', async () => {
    const { build, out } = await setup({
      errorsFile: 'plain',
      problems: [
        {
          name: 'CW0001',
          severity: 'Warning',
          message: 'Unused variable.',
          locations: [
            { module: 'Sales', document: "Microflow 'ACT_Order'", element: 'Create variable' }
          ]
        },
        { severity: 'Deprecation', message: 'Widget X is deprecated.', locations: [] }
      ]
    })
    const run = await build()
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      "warning: app/App.mpr: CW0001: Unused variable. (Sales › Microflow 'ACT_Order' › Create variable)"
    )
    expect(run.stderr).toContain('warning: app/App.mpr: Widget X is deprecated.')
    expect(await exists(out)).toBe(true)
  })

  it('leaves out what is not model/, web/ or native/, with a warning', async () => {
    const { build, out } = await setup({ mda: 'extra' })
    const run = await build()
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: left out of the package.*mxbuild-notes\.txt/)
    expect((await inspectPackage(out)).entries).toBe(6)
  })
})

describe('a failing MxBuild fails the build', () => {
  const problems = [
    {
      name: 'CE1613',
      severity: 'Error',
      message: "The selected entity 'Sales.Order' no longer exists.",
      locations: [
        { module: 'Sales', document: "Page 'Order_Edit'", element: "Data view 'dataView1'" }
      ]
    },
    {
      name: 'CE0117',
      severity: 'Error',
      message: 'Error(s) in expression.',
      locations: [{ module: 'Sales' }]
    },
    { name: 'CW0094', severity: 'Warning', message: 'Variable is never used.', locations: [] }
  ]
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'errors in the model (exit 3)',
      { exit: 3, problems },
      /MxBuild found 2 errors in the model of app\/App\.mpr \(exit code 3\): fix them in Studio Pro; the first: CE1613: The selected entity 'Sales\.Order' no longer exists\. \(Sales › Page 'Order_Edit' › Data view 'dataView1'\)/
    ],
    [
      'model errors without an error file',
      { exit: 3, errorsFile: 'missing' },
      /MxBuild found errors in the model of app\/App\.mpr \(exit code 3\), and MxBuild wrote no error file: see its output above/
    ],
    [
      'model errors with a garbled error file',
      { exit: 3, errorsFile: 'garbage' },
      /\(exit code 3\), and its error file is not valid: .*: see its output above/
    ],
    [
      'an internal error (exit 1)',
      { exit: 1 },
      /MxBuild failed with an internal error \(exit code 1\)/
    ],
    [
      'bad options (exit 2)',
      { exit: 2 },
      /MxBuild rejected its options \(exit code 2\): see its output above; check that .*modeler\/mxbuild is MxBuild 10\.6\.1\.12345/
    ],
    [
      'an undocumented exit code',
      { exit: 42 },
      /MxBuild ended with exit code 42, which it does not document/
    ],
    ['a kill', { signal: 'SIGKILL' }, /MxBuild was stopped by SIGKILL before it finished/],
    ['exit 0 without a package', { mda: 'none' }, /MxBuild exited with 0 but wrote no package/],
    [
      'an unsafe package',
      { mda: 'unsafe' },
      /can't repack MxBuild's package: MxBuild's package can't be extracted safely: entry "\.\.\/escaped\.txt" has a "\.\." segment/
    ],
    [
      'a package without metadata.json',
      { mda: 'no-metadata' },
      /MxBuild's package has no model\/metadata\.json/
    ]
  ]
  it.each(cases)('%s', async (_, behaviour, message) => {
    const { build, out, dir } = await setup(behaviour)
    const run = await build('--json')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { kind: 'operation', exitCode: 1 } })
    expect(await exists(out)).toBe(false)
    expect(await exists(join(dir, 'out'))).toBe(false)
    expect(await readdir(temp)).toEqual([])
    expect(await exists(join(root, '..', 'escaped.txt'))).toBe(false)
  })

  it('reports every problem of the error file as an error or warning line', async () => {
    const { build } = await setup({ exit: 3, problems })
    const run = await build()
    expect(run.code).toBe(1)
    const lines = run.stderr.split('\n')
    expect(lines).toContain(
      "error: app/App.mpr: CE1613: The selected entity 'Sales.Order' no longer exists. (Sales › Page 'Order_Edit' › Data view 'dataView1')"
    )
    expect(lines).toContain('error: app/App.mpr: CE0117: Error(s) in expression. (Sales)')
    expect(lines).toContain('warning: app/App.mpr: CW0094: Variable is never used.')
  })
})

describe('bad input: exit 2, MxBuild never runs, nothing written', () => {
  const cases: [
    string,
    (c: Awaited<ReturnType<typeof setup>>) => Promise<string[]> | string[],
    RegExp
  ][] = [
    [
      'a .mpr that does not exist',
      () => ['--project', 'app/Missing.mpr'],
      /Mendix app file .*app\/Missing\.mpr does not exist/
    ],
    [
      'a .mpr that is not SQLite',
      async ({ mpr }) => {
        await writeFile(mpr, 'this is a text file, not an app\n'.repeat(10))
        return []
      },
      /app\/App\.mpr is not a Mendix app file: it is not an SQLite database/
    ],
    [
      'a .mpr without _MetaData',
      async ({ mpr }) => {
        await rm(mpr)
        makeMpr(mpr, { metaDataSql: 'CREATE TABLE Unit (UnitID BLOB);' })
        return []
      },
      /has no _MetaData table: it is not a Mendix app file/
    ],
    [
      'both a project and a deployment folder',
      () => ['--deployment-dir', 'app'],
      /either a deployment folder or a \.mpr project to build, not both/
    ],
    [
      '--mxbuild that does not exist',
      () => ['--mxbuild', 'no/such/mxbuild'],
      /MxBuild .*no\/such\/mxbuild does not exist: give --mxbuild the mxbuild program or the folder/
    ],
    [
      '--mxbuild, a folder without MxBuild',
      () => ['--mxbuild', 'app'],
      /app holds no MxBuild: expected modeler\/mxbuild/
    ],
    [
      '--java-home that does not exist',
      () => ['--java-home', 'no-such-jdk'],
      /--java-home .*no-such-jdk is not a directory: point it at an installed JDK/
    ],
    [
      '--java-exe-path that does not exist',
      () => ['--java-exe-path', 'no-such-java'],
      /--java-exe-path .*no-such-java is not a file/
    ],
    [
      'an output path that is a directory',
      async ({ dir }) => {
        await mkdir(join(dir, 'out', 'app.mda'), { recursive: true })
        return []
      },
      /output .*app\.mda is a directory/
    ]
  ]
  it.each(cases)('%s', async (_, prepare, message) => {
    const context = await setup()
    const run = await context.build(...(await prepare(context)), '--json')
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { kind: 'configuration', exitCode: 2 } })
    expect(await context.calls()).toEqual([])
    expect(await isFile(context.out)).toBe(false)
    expect(await readdir(temp)).toEqual([])
  })

  it('no JDK at all: says how to get one', async () => {
    const { dir, calls } = await setup()
    const run = await mxdeploy(
      ['build', '--project', 'app/App.mpr', '--mxbuild', FAKE_MXBUILD, '--version', '1.0.0'],
      dir,
      testEnv(join(dir, 'home'))
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /MxBuild needs a JDK and none is set: give --java-home DIR or set JAVA_HOME \(in GitHub Actions add "uses: actions\/setup-java/
    )
    expect(await calls()).toEqual([])
    expect(await readdir(dir)).toEqual(['app'])
  })

  it('neither a project nor a deployment folder', async () => {
    const { dir } = await setup()
    const run = await mxdeploy(['build', '--version', '1.0.0'], dir, testEnv(dir))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/nothing to build: give a deployment folder/)
  })
})
