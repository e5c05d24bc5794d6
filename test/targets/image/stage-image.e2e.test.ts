import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../../support/cli.js'
import { copyExample, writeConfig } from '../../support/example-app.js'
import { startBases, type Bases } from '../../support/image/image-fixture.js'
import { skopeo, skopeoInspect, umoci } from '../../support/image/tools.js'
import { freePort } from '../../support/registry/registry.js'
import { registryTags } from '../../repository/oci/fixture.js'

let bases: Bases
let dir: string
let image: string

beforeAll(async () => {
  bases = await startBases()
})
afterAll(async () => {
  await bases?.stop()
})

let repoCount = 0
beforeEach(async () => {
  dir = await copyExample()
  image = `${bases.registry.host}/acme/hello-${++repoCount}`
  await writeConfig(dir, config())
})

function config(target = '', constants = 'Hello.MaxRetries: 7'): string {
  return `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  acceptance:
    after: test
    target: { type: image, base: ${bases.single}, image: ${image}${target} }
    constants: { Hello.ApiUrl: https://acc.example.com/api, ${constants} }
    scheduled-events: { Hello.SyncCustomers: true, Hello.CleanupOldGreetings: false }
`
}

function run(args: string[], env: Record<string, string> = {}) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1767323045', ...env }
  })
}

async function pipeline(buildNumber: string) {
  const result = await run(['pipeline', '--json'], { GITHUB_RUN_NUMBER: buildNumber })
  expect(result.code, result.stderr).toBe(0)
  return result.json
}

function env(inspected: Record<string, any>): Record<string, string> {
  return Object.fromEntries(
    (inspected['Env'] as string[]).map((e) => [
      e.slice(0, e.indexOf('=')),
      e.slice(e.indexOf('=') + 1)
    ])
  )
}

describe('staging to an image environment', () => {
  test('pushes the app image and the environment image; skopeo and umoci read the settings', async () => {
    const first = await pipeline('1')
    expect(first.stages.map((s: any) => `${s.environment}:${s.status}`)).toEqual([
      'test:deployed',
      'acceptance:deployed'
    ])
    const sha256 = first.package.sha256 as string
    expect(
      (await registryTags(bases.registry.url, image.split('/').slice(1).join('/'))).sort()
    ).toEqual(['1.2.0.1', '1.2.0.1-acceptance', 'acceptance'])
    const running = await skopeoInspect(`${image}:acceptance`)
    expect(running['Labels']).toMatchObject({
      'org.opencontainers.image.version': '1.2.0.1',
      'dev.mxdeploy.sha256': sha256,
      'dev.mxdeploy.environment': 'acceptance'
    })
    const variables = env(running)
    expect(variables).toMatchObject({
      MX_Hello_ApiUrl: 'https://acc.example.com/api',
      MX_Hello_MaxRetries: '7',
      MX_Hello_GreetingText: 'Hello from Mendix',
      MX_Hello_FeatureNewInbox: 'False',
      MX_Administration_PasswordMinLength: '12',
      SCHEDULED_EVENTS: 'Hello.SyncCustomers',
      PORT: '8080'
    })
    // The base's SCHEDULED_EVENTS=ALL is replaced, not repeated.
    expect(
      (running['Env'] as string[]).filter((e) => e.startsWith('SCHEDULED_EVENTS='))
    ).toHaveLength(1)
    // No layer of its own: the environment image has exactly the app image's layers.
    const app = await skopeoInspect(`${image}:1.2.0.1`)
    expect(running['Layers']).toEqual(app['Layers'])
    expect(app['Labels']['dev.mxdeploy.environment']).toBeUndefined()
    expect(env(app)['MX_Hello_ApiUrl']).toBeUndefined()

    const layout = join(dir, 'pulled')
    await skopeo(['copy', `docker://${image}:acceptance`, `oci:${layout}:acceptance`])
    const bundle = join(dir, 'bundle')
    await umoci(['unpack', '--rootless', '--image', `${layout}:acceptance`, bundle])
    const runtime = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'))
    expect(runtime.process.env).toContain('MX_Hello_ApiUrl=https://acc.example.com/api')
    expect(runtime.process.env).toContain('SCHEDULED_EVENTS=Hello.SyncCustomers')
    const metadata = JSON.parse(
      await readFile(join(bundle, 'rootfs/opt/mendix/build/model/metadata.json'), 'utf8')
    )
    expect(metadata.ModelVersion).toBe('1.2.0.1')

    // The record and --json name the image by digest.
    const again = await run(['stage', '-e', 'acceptance', '--json'])
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(false)
    expect(again.json.details.imageRef).toBe(`${image}:1.2.0.1-acceptance@${running['Digest']}`)
    const [deployed] = (await run(['activity', '--json', '-e', 'acceptance'])).json
    expect(deployed.details.imageRef).toBe(again.json.details.imageRef)
    expect(deployed.details.appImage).toBe(`${image}:1.2.0.1@${app['Digest']}`)
  })

  test('re-stage is nothing to do; a changed constant makes a new environment config; rollback; reconciliation', async () => {
    await pipeline('1')
    const before = await skopeoInspect(`${image}:acceptance`)
    const app = await skopeoInspect(`${image}:1.2.0.1`)

    const rerun = await pipeline('1')
    expect(rerun.stages.map((s: any) => s.status)).toEqual(['unchanged', 'unchanged'])
    expect((await skopeoInspect(`${image}:acceptance`))['Digest']).toBe(before['Digest'])

    await writeConfig(dir, config('', 'Hello.MaxRetries: 9'))
    const settings = await run(['stage', '-e', 'acceptance', '--json'])
    expect(settings.code, settings.stderr).toBe(0)
    expect(settings.json.changed).toBe(true)
    expect(settings.json.record.details.settingsOnly).toBe(true)
    expect(settings.stderr).toContain('Hello.MaxRetries: "7" → "9"')
    const changed = await skopeoInspect(`${image}:acceptance`)
    expect(changed['Digest']).not.toBe(before['Digest'])
    expect(env(changed)['MX_Hello_MaxRetries']).toBe('9')
    expect(changed['Layers']).toEqual(before['Layers'])
    // The app image is untouched: one app layer serves every setting.
    expect((await skopeoInspect(`${image}:1.2.0.1`))['Digest']).toBe(app['Digest'])

    const second = await pipeline('2')
    expect(second.stages.map((s: any) => s.status)).toEqual(['deployed', 'deployed'])
    expect(
      (await skopeoInspect(`${image}:acceptance`))['Labels']['org.opencontainers.image.version']
    ).toBe('1.2.0.2')

    const rollback = await run(['stage', '-e', 'acceptance', '--rollback', '--json'])
    expect(rollback.code, rollback.stderr).toBe(0)
    expect(rollback.json.package.version).toBe('1.2.0.1')
    const back = await skopeoInspect(`${image}:acceptance`)
    expect(back['Labels']['org.opencontainers.image.version']).toBe('1.2.0.1')
    expect(env(back)['MX_Hello_MaxRetries']).toBe('9')
    expect(back['Digest']).toBe(changed['Digest'])

    // Someone moves the tag behind mxdeploy's back: the next stage records what really runs.
    await skopeo(['copy', `docker://${image}:1.2.0.2-acceptance`, `docker://${image}:acceptance`])
    const after = await run(['stage', '-e', 'acceptance', '--package', '1.2.0.2', '--json'])
    expect(after.code, after.stderr).toBe(0)
    expect(after.json.changed).toBe(false)
    expect(after.stderr).toContain('runs hello 1.2.0.2')
    const [latest] = (await run(['activity', '--json', '-e', 'acceptance'])).json
    expect(latest).toMatchObject({ operation: 'reconciled', package: { version: '1.2.0.2' } })
  })

  test('mxdeploy image builds the app image of a published or local package without deploying', async () => {
    await pipeline('1')
    const published = await run([
      'image',
      '--environment',
      'acceptance',
      '--package',
      '1.2.0.1',
      '--json'
    ])
    expect(published.code, published.stderr).toBe(0)
    const app = await skopeoInspect(`${image}:1.2.0.1`)
    expect(published.json).toMatchObject({
      image: `${image}:1.2.0.1@${app['Digest']}`,
      digest: app['Digest'],
      pushed: false,
      platforms: ['linux/amd64']
    })

    const built = await mxdeploy(
      [
        'build',
        '--deployment-dir',
        'deployment',
        '--version',
        '1.2.0',
        '--build-number',
        '5',
        '--out',
        'local.mda',
        '--app',
        'hello'
      ],
      { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767323045' } }
    )
    expect(built.code, built.stderr).toBe(0)
    const other = `${bases.registry.host}/acme/local-${repoCount}`
    const local = await mxdeploy(
      [
        'image',
        'local.mda',
        '--base',
        bases.multi,
        '--image',
        other,
        '--platform',
        'all',
        '--json'
      ],
      { cwd: dir, env: {} }
    )
    expect(local.code, local.stderr).toBe(0)
    expect(local.json).toMatchObject({
      tag: '1.2.0.5',
      pushed: true,
      platforms: ['linux/amd64', 'linux/arm64']
    })
    const index = JSON.parse(await skopeo(['inspect', '--raw', `docker://${other}:1.2.0.5`]))
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(await registryTags(bases.registry.url, other.split('/').slice(1).join('/'))).toEqual([
      '1.2.0.5'
    ])
  })

  test('mxdeploy image refuses what it cannot build from, with exit 2', async () => {
    const cases: [string[], string][] = [
      [['x.mda', '--package', '1.2.0.1'], 'give a FILE or --package, not both'],
      [['--environment', 'test'], 'environment test has a local target, not an image one'],
      [['--environment', 'nope'], 'environment "nope" is not in'],
      [
        ['--environment', 'acceptance', '--compression', 'zstd'],
        '--compression zstd: give gzip or none'
      ],
      [
        ['--environment', 'acceptance', '--platform', 'amd64'],
        'platform "amd64" is not a platform'
      ],
      [
        ['--package', '9.9.9.9', '--environment', 'acceptance'],
        'hello 9.9.9.9 is not in the package repository'
      ]
    ]
    for (const [args, message] of cases) {
      const result = await run(['image', ...args, '--json'])
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2)
      expect(result.json.error.message).toContain(message)
    }
    await writeConfig(dir, 'app: hello\nenvironments:\n  test: {}\n')
    const none = await run(['image', '--json'])
    expect(none.code).toBe(2)
    expect(none.json.error.message).toContain('no environment has an image target')
    expect(await registryTags(bases.registry.url, image.split('/').slice(1).join('/'))).toEqual([])
  })

  test.each([
    [
      'an unreachable base',
      async (text: string) =>
        text.replace(bases.single, `127.0.0.1:${await freePort()}/base/runtime:1`),
      /base image 127\.0\.0\.1:\d+\/base\/runtime:1 cannot be read: .*refused the connection/
    ],
    [
      'a base without the platform',
      (text: string) =>
        Promise.resolve(
          text.replace(`image: ${image}`, `image: ${image}, platforms: [linux/s390x]`)
        ),
      /base image .* has no image for linux\/s390x: it is a single linux\/amd64 image/
    ],
    [
      'an image name outside the OCI grammar',
      (text: string) =>
        Promise.resolve(
          text.replace(`image: ${image}`, `image: ${bases.registry.host}/Acme/Hello`)
        ),
      /image "[^"]*\/Acme\/Hello" names repository "Acme\/Hello", which is not an OCI repository name/
    ]
  ])('refuses %s with exit 2 and pushes nothing', async (_what, edit, message) => {
    await pipeline('1')
    const before = await skopeoInspect(`${image}:acceptance`)
    const repository = image.split('/').slice(1).join('/')
    const tags = await registryTags(bases.registry.url, repository)
    await writeConfig(dir, await edit(config()))
    const result = await run(
      ['stage', '-e', 'acceptance', '--package', '1.2.0.1', '--redeploy', '--json'],
      { MXDEPLOY_RETRY_SECONDS: '0' }
    )
    expect(result.code, result.stderr).toBe(2)
    expect(result.json.error.message).toMatch(message)
    expect((await skopeoInspect(`${image}:acceptance`))['Digest']).toBe(before['Digest'])
    expect(await registryTags(bases.registry.url, repository)).toEqual(tags)
    expect(await registryTags(bases.registry.url, 'Acme/Hello')).toEqual([])
  })
})
