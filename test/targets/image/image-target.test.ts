import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { ConfigurationError } from '../../../src/errors.js'
import { settingsFromVariables } from '../../../src/targets/buildpack-settings.js'
import { buildAppImage } from '../../../src/targets/image/app-image.js'
import { environmentVariables } from '../../../src/targets/image/environment-image.js'
import { ImageProgress } from '../../../src/targets/image/progress.js'
import { openRegistries } from '../../../src/targets/image/registries.js'
import { openTarget } from '../../../src/targets/open-target.js'
import { MemoryLogger } from '../../support/mendix-cloud/workspace.js'
import {
  examplePackage,
  SOURCE_DATE,
  startBases,
  type Bases
} from '../../support/image/image-fixture.js'
import { skopeo } from '../../support/image/tools.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'

let bases: Bases
let work: string

beforeAll(async () => {
  bases = await startBases()
  work = await mkdtemp(join(tmpdir(), 'mxdeploy-image-target-'))
})
afterAll(async () => {
  await bases?.stop()
  await rm(work, { recursive: true, force: true })
})

function configWith(target: string, name = 'acceptance') {
  const file = join(work, 'mxdeploy.yml')
  return parseConfig(`app: hello\nenvironments:\n  ${name}:\n    target: ${target}\n`, file)
}

function target(text: string, name = 'acceptance', env: NodeJS.ProcessEnv = {}) {
  const config = configWith(text, name)
  return openTarget(config.environments[0]!, config, { env })
}

describe('configuration of an image target', () => {
  it('takes base and image, and defaults to gzip and the default platform', () => {
    const config = configWith(
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/acme/hello }'
    )
    expect(config.environments[0]!.target).toEqual({
      type: 'image',
      base: 'r.example.com/rt:10',
      image: 'ghcr.io/acme/hello',
      platforms: undefined,
      compression: 'gzip'
    })
    const all = configWith(
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/acme/hello, platforms: all, compression: none }'
    )
    expect(all.environments[0]!.target).toMatchObject({ platforms: 'all', compression: 'none' })
  })

  it.each([
    ['{ type: image, image: ghcr.io/acme/hello }', 'base'],
    ['{ type: image, base: r.example.com/rt:10 }', 'image'],
    [
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/a/h, platforms: [amd64] }',
      'platforms'
    ],
    [
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/a/h, compression: zstd }',
      'compression'
    ],
    ['{ type: image, base: r.example.com/rt:10, image: ghcr.io/a/h, path: /x }', 'path']
  ])('refuses %s', (text, key) => {
    expect(() => configWith(text)).toThrow(ConfigurationError)
    expect(() => configWith(text)).toThrow(key)
  })

  it.each([
    [
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/acme/hello:1.0 }',
      'acceptance',
      'names a tag: give the repository only'
    ],
    [
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/Acme/hello }',
      'acceptance',
      'which is not an OCI repository name'
    ],
    [
      '{ type: image, base: "ci:pw@r.example.com/rt:10", image: ghcr.io/acme/hello }',
      'acceptance',
      'carries credentials'
    ],
    [
      '{ type: image, base: r.example.com/rt:10, image: ghcr.io/acme/hello }',
      '1.2.0.1',
      'would be read as a package version'
    ]
  ])('opening %s for %s is refused before anything is read', (text, name, message) => {
    expect(() => target(text, name)).toThrow(ConfigurationError)
    expect(() => target(text, name)).toThrow(message)
  })

  it('refuses credentials set by half', () => {
    const open = () =>
      target(
        '{ type: image, base: r.example.com/rt:10, image: ghcr.io/acme/hello }',
        'acceptance',
        {
          MXDEPLOY_BASE_USERNAME: 'ci'
        }
      )
    expect(open).toThrow('only one of MXDEPLOY_BASE_USERNAME and MXDEPLOY_BASE_PASSWORD is set')
  })
})

describe('settings as the buildpack variables', () => {
  it('maps every constant to MX_<Module>_<Constant> and the events to SCHEDULED_EVENTS, and back', () => {
    const settings = {
      constants: { 'Hello.ApiUrl': 'https://x', 'Atlas_UI.Atlas_Version': '3', 'Hello.Empty': '' },
      scheduledEvents: { 'Hello.A': true, 'Hello.B': false, 'Hello.C': true }
    }
    const variables = environmentVariables(settings)
    expect(variables).toEqual({
      MX_Hello_ApiUrl: 'https://x',
      MX_Atlas_UI_Atlas_Version: '3',
      MX_Hello_Empty: '',
      SCHEDULED_EVENTS: 'Hello.A,Hello.C'
    })
    expect(
      settingsFromVariables(
        variables,
        Object.keys(settings.constants),
        Object.keys(settings.scheduledEvents)
      )
    ).toEqual(settings)
    const events = ['Hello.A', 'Hello.B']
    expect(
      environmentVariables({ constants: {}, scheduledEvents: { 'Hello.A': true, 'Hello.B': true } })
    ).toEqual({ SCHEDULED_EVENTS: 'ALL' })
    expect(settingsFromVariables({ SCHEDULED_EVENTS: 'NONE' }, [], events).scheduledEvents).toEqual(
      { 'Hello.A': false, 'Hello.B': false }
    )
    // Unset is ALL, as the buildpack reads it.
    expect(settingsFromVariables({}, [], events).scheduledEvents).toEqual({
      'Hello.A': true,
      'Hello.B': true
    })
  })

  it('refuses two constants that become one variable with different values', () => {
    const clash = { constants: { 'A_B.C': '1', 'A.B_C': '2' }, scheduledEvents: {} }
    expect(() => environmentVariables(clash)).toThrow(ConfigurationError)
    expect(() => environmentVariables(clash)).toThrow(
      'constants A_B.C and A.B_C both become MX_A_B_C'
    )
    expect(
      environmentVariables({ constants: { 'A_B.C': '1', 'A.B_C': '1' }, scheduledEvents: {} })
    ).toMatchObject({ MX_A_B_C: '1' })
  })
})

describe('what the environment runs', () => {
  it('is nothing when its tag does not exist, and an image mxdeploy did not build there is refused', async () => {
    const image = `${bases.registry.host}/foreign/hello`
    const acceptance = target(`{ type: image, base: ${bases.single}, image: ${image} }`)
    expect(await acceptance.current()).toBeUndefined()
    await skopeo(['copy', `docker://${bases.single}`, `docker://${image}:acceptance`])
    await expect(acceptance.current()).rejects.toThrow(ConfigurationError)
    await expect(acceptance.current()).rejects.toThrow(
      `tag acceptance of ${image} holds an image mxdeploy did not build`
    )
  })
})

describe('registry credentials', () => {
  let images: RunningRegistry
  let other: RunningRegistry
  const PUSH = { user: 'pusher', password: 'push-horse-battery' }
  const PULL = { user: 'puller', password: 'pull-staple-cart' }

  beforeAll(async () => {
    images = await startRegistry({ users: { [PUSH.user]: PUSH.password } })
    other = await startRegistry({ users: { [PULL.user]: PULL.password } })
    await skopeo([
      'copy',
      '--dest-creds',
      `${PULL.user}:${PULL.password}`,
      `oci:${bases.layout}:amd64`,
      `docker://${other.host}/base/runtime:1`
    ])
    await skopeo([
      'copy',
      '--dest-creds',
      `${PUSH.user}:${PUSH.password}`,
      `oci:${bases.layout}:amd64`,
      `docker://${images.host}/base/runtime:1`
    ])
  })
  afterAll(async () => {
    await images?.stop()
    await other?.stop()
  })

  async function build(base: string, env: NodeJS.ProcessEnv, packageRepository?: string) {
    const log = new MemoryLogger()
    const mda = await examplePackage(await mkdtemp(join(work, 'pkg-')))
    const registries = openRegistries(
      { base, image: `${images.host}/acme/hello-${Math.random().toString(16).slice(2, 8)}` },
      {
        env: { MXDEPLOY_RETRY_SECONDS: '0', ...env },
        log,
        what: 'test',
        ...(packageRepository ? { packageRepository } : {})
      }
    )
    const built = await buildAppImage({
      registries,
      package: mda.package,
      mdaPath: mda.mdaPath,
      created: SOURCE_DATE,
      platforms: { kind: 'default' },
      compression: 'gzip',
      source: undefined,
      progress: new ImageProgress(log)
    })
    return { built, log }
  }

  const imageEnv = { MXDEPLOY_IMAGE_USERNAME: PUSH.user, MXDEPLOY_IMAGE_PASSWORD: PUSH.password }
  const baseEnv = { MXDEPLOY_BASE_USERNAME: PULL.user, MXDEPLOY_BASE_PASSWORD: PULL.password }

  it('sends MXDEPLOY_IMAGE_* to the image registry and MXDEPLOY_BASE_* to a base elsewhere', async () => {
    const { built, log } = await build(`${other.host}/base/runtime:1`, { ...imageEnv, ...baseEnv })
    expect(built.pushed).toBe(true)
    expect(log.secrets).toEqual(new Set([PUSH.password, PULL.password]))
    expect(log.text).toContain('copied from')
  })

  it('asks for MXDEPLOY_BASE_* when the base registry wants credentials', async () => {
    const attempt = build(`${other.host}/base/runtime:1`, imageEnv)
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `registry ${other.host} requires credentials: set MXDEPLOY_BASE_USERNAME and MXDEPLOY_BASE_PASSWORD for ${other.host}`
    )
  })

  it('lets a base on the image registry share its credentials', async () => {
    const { built, log } = await build(`${images.host}/base/runtime:1`, imageEnv)
    expect(built.pushed).toBe(true)
    expect(log.text).toContain('mounted from')
  })

  it("uses the package repository's MXDEPLOY_OCI_* only for an image on the same registry", async () => {
    const oci = { MXDEPLOY_OCI_USERNAME: PUSH.user, MXDEPLOY_OCI_PASSWORD: PUSH.password }
    const same = await build(
      `${images.host}/base/runtime:1`,
      oci,
      `oci://${images.host}/acme/packages`
    )
    expect(same.built.pushed).toBe(true)
    const elsewhere = build(`${images.host}/base/runtime:1`, oci, `oci://ghcr.io/acme/packages`)
    await expect(elsewhere).rejects.toThrow(
      `registry ${images.host} requires credentials: set MXDEPLOY_IMAGE_USERNAME and MXDEPLOY_IMAGE_PASSWORD`
    )
  })
})
