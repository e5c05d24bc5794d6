import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyExample, writeConfig } from '../support/example-app.js'

// mxdeploy as a library, imported by its package name as a user would: the package's exports
// point at the bundle in dist/ and its type declarations (npm run package builds both).

const ROOT = new URL('../../', import.meta.url).pathname

describe('the library face', () => {
  it('builds, publishes and stages the example app through the package entry', async () => {
    const lib = await import('mxdeploy')
    const dir = await copyExample()
    await writeConfig(
      dir,
      'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\nenvironments:\n  test: {}\n'
    )
    const config = await lib.loadConfig(join(dir, 'mxdeploy.yml'))
    const github = lib.githubAccess({})
    const log = lib.silentLogger
    const repository = await lib.openRepository(
      lib.chooseRepository({ given: undefined, config, face: 'cli' }),
      { cwd: dir, env: {}, github, log }
    )
    const built = await lib.buildApp({
      face: 'cli',
      cwd: dir,
      env: {},
      github,
      log,
      config,
      out: join(dir, 'hello.mda')
    })
    expect(built.version).toBe('1.2.0.0')
    const published = await lib.publishPackage(repository, built.path, {
      app: config.app,
      env: {},
      log
    })
    expect(published.created).toBe(true)
    const { result } = await lib.stageApp({
      config,
      environment: 'test',
      repository,
      activity: await lib.openActivityLog(join(dir, '.mxdeploy', 'activity.jsonl')),
      actor: 'library-user',
      runUrl: null,
      stateDir: join(dir, '.mxdeploy'),
      env: {},
      github,
      log
    })
    expect(result).toMatchObject({ changed: true, package: { version: '1.2.0.0' } })
  })

  it('type-checks a consumer against the published declarations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-consumer-'))
    await writeFile(
      join(dir, 'use.ts'),
      [
        "import { buildApp, ConfigurationError, type BuildAppRequest, type PackageRecord } from 'mxdeploy'",
        "const request: Pick<BuildAppRequest, 'face'> = { face: 'cli' }",
        'const record: PackageRecord | undefined = undefined',
        'export const used = [buildApp, ConfigurationError, request, record]',
        ''
      ].join('\n')
    )
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          skipLibCheck: false
        },
        files: ['use.ts']
      })
    )
    // Installed as npm would: node_modules/mxdeploy is the package, resolved through its exports.
    await mkdir(join(dir, 'node_modules'))
    await symlink(ROOT, join(dir, 'node_modules', 'mxdeploy'))
    // Throws with the compiler's messages when the declarations do not serve a consumer.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8'
    })
  })
})
