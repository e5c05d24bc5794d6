import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  toolCacheInstaller,
  toolCacheVersion
} from '../../src/actions/build/tool-cache-installer.js'
import { buildPackage } from '../../src/build/build-package.js'
import { silentLogger } from '../../src/log.js'
import { DownloadFailed } from '../../src/mxbuild/installer.js'
import { FAKE_MXBUILD, makeApp, makeJdk, MENDIX_VERSION, mxdeploy, testEnv } from './harness.js'

let root: string
let jdk: string
let server: Server
let baseUrl: string
/** What the stand-in for cdn.mendix.com serves, by path. */
const files = new Map<string, Buffer | number>()
const requests: string[] = []
let count = 0

/** A .tar.gz laid out as Mendix's: modeler/mxbuild and friends, from the stand-in MxBuild. */
function mxbuildArchive(version: string, withProgram = true): Buffer {
  const staging = join(root, `staging-${version}-${withProgram}`)
  execFileSync('cp', ['-R', FAKE_MXBUILD, staging])
  execFileSync('sh', ['-c', `printf '%s\\n' "${version}" > version.txt`], { cwd: staging })
  if (!withProgram) execFileSync('rm', ['-r', join(staging, 'modeler')])
  const archive = `${staging}.tar.gz`
  execFileSync('tar', ['-czf', archive, '-C', staging, '.'])
  return readFileSync(archive)
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mxdeploy-download-'))
  jdk = await makeJdk(join(root, 'jdk'))
  files.set(`/runtime/mxbuild-${MENDIX_VERSION}.tar.gz`, mxbuildArchive(MENDIX_VERSION))
  files.set('/runtime/mxbuild-10.7.0.1.tar.gz', mxbuildArchive('10.7.0.1', false))
  files.set('/runtime/mxbuild-10.8.0.1.tar.gz', Buffer.from('<html>not an archive</html>'))
  files.set('/runtime/mxbuild-10.9.0.1.tar.gz', 503)
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const body = files.get(request.url ?? '')
    if (body === undefined || typeof body === 'number') {
      response.writeHead(body ?? 404).end()
      return
    }
    response.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length })
    response.end(body)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/runtime/`
})
afterAll(async () => {
  await new Promise((closed) => server.close(closed))
  await rm(root, { recursive: true, force: true })
})
beforeEach(() => {
  requests.length = 0
})

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

async function setup(version = MENDIX_VERSION) {
  const dir = join(root, `case-${++count}`)
  await makeApp(join(dir, 'app'), {}, version)
  const cache = join(dir, 'cache')
  const env = testEnv(join(dir, 'home'), { JAVA_HOME: jdk, MXDEPLOY_MXBUILD_BASE_URL: baseUrl })
  const build = (extra: string[] = ['--mxbuild-cache', 'cache'], buildEnv = env) =>
    mxdeploy(
      ['build', '--project', 'app/App.mpr', '--version', '1.0.0', '--out', 'app.mda', ...extra],
      dir,
      buildEnv
    )
  return { dir, cache, env, build }
}

describe('MxBuild from the cache, else downloaded', () => {
  it('downloads the .mpr version into the cache once, then reuses it', async () => {
    const { dir, cache, build } = await setup()
    const first = await build()
    expect(first.stderr).not.toMatch(/^error/m)
    expect(first.code).toBe(0)
    expect(requests).toEqual([`/runtime/mxbuild-${MENDIX_VERSION}.tar.gz`])
    expect(first.stderr).toContain(
      `downloading MxBuild ${MENDIX_VERSION} from ${baseUrl}mxbuild-${MENDIX_VERSION}.tar.gz`
    )
    expect(await readdir(cache)).toEqual([MENDIX_VERSION])
    expect(await exists(join(cache, MENDIX_VERSION, 'modeler', 'mxbuild'))).toBe(true)
    expect(await exists(join(dir, 'app.mda'))).toBe(true)

    await rm(join(dir, 'app.mda'))
    const second = await build()
    expect(second.code).toBe(0)
    expect(requests).toHaveLength(1)
    expect(second.stderr).toContain(
      `using MxBuild ${MENDIX_VERSION} from ${join(cache, MENDIX_VERSION)}`
    )
  })

  it('keeps the cache in ~/.cache/mxdeploy/mxbuild, or MXDEPLOY_MXBUILD_CACHE', async () => {
    const { dir, env, build } = await setup()
    expect((await build([])).code).toBe(0)
    expect(await readdir(join(dir, 'home', '.cache', 'mxdeploy', 'mxbuild'))).toEqual([
      MENDIX_VERSION
    ])
    const elsewhere = join(dir, 'shared-cache')
    expect((await build([], { ...env, MXDEPLOY_MXBUILD_CACHE: elsewhere })).code).toBe(0)
    expect(await readdir(elsewhere)).toEqual([MENDIX_VERSION])
    expect(requests).toHaveLength(2)
  })

  it('uses an MxBuild already in the cache without asking the network', async () => {
    const { cache, build } = await setup()
    await mkdir(cache)
    await cp(FAKE_MXBUILD, join(cache, MENDIX_VERSION), { recursive: true })
    expect((await build()).code).toBe(0)
    expect(requests).toEqual([])
  })

  it('a version Mendix does not have (404): exit 2 naming the URL and version', async () => {
    const { cache, build } = await setup('10.99.0.1')
    const run = await build()
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `there is no MxBuild 10.99.0.1 at ${baseUrl}mxbuild-10.99.0.1.tar.gz (HTTP 404): the .mpr says Mendix 10.99.0.1`
    )
    expect(await readdir(cache)).toEqual([])
  })

  it('a server error: exit 1, nothing left in the cache', async () => {
    const { cache, build } = await setup('10.9.0.1')
    const run = await build()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `can't download MxBuild 10.9.0.1 from ${baseUrl}mxbuild-10.9.0.1.tar.gz: HTTP 503`
    )
    expect(await readdir(cache)).toEqual([])
  })

  it('a download that is not a tar.gz: exit 1, nothing left in the cache', async () => {
    const { cache, build } = await setup('10.8.0.1')
    const run = await build()
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /can't unpack MxBuild 10\.8\.0\.1 from .*mxbuild-10\.8\.0\.1\.tar\.gz: /
    )
    expect(await readdir(cache)).toEqual([])
  })

  it('an archive without the mxbuild program: exit 1, and the cached folder is named', async () => {
    const { cache, build } = await setup('10.7.0.1')
    const first = await build()
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(
      /the MxBuild archive .*mxbuild-10\.7\.0\.1\.tar\.gz holds none of modeler\/mxbuild/
    )
    const second = await build()
    expect(second.code).toBe(1)
    expect(second.stderr).toContain(
      `${join(cache, '10.7.0.1')} in the cache folder ${cache} holds no MxBuild program`
    )
    expect(second.stderr).toContain('delete the folder so it is downloaded again')
  })
})

describe("the build action's installer: @actions/tool-cache", () => {
  const saved = { ...process.env }
  beforeEach(async () => {
    const dir = await mkdtemp(join(root, 'runner-'))
    process.env['RUNNER_TOOL_CACHE'] = join(dir, 'tool-cache')
    process.env['RUNNER_TEMP'] = join(dir, 'temp')
    await mkdir(process.env['RUNNER_TEMP'])
    return () => {
      process.env = { ...saved }
    }
  })

  it('files 10.6.1.12345 under an explicit semver version', () => {
    expect(toolCacheVersion('10.6.1.12345')).toBe('10.6.1-12345')
  })

  it('downloads into the tool cache, finds it there, and a build uses it', async () => {
    const url = `${baseUrl}mxbuild-${MENDIX_VERSION}.tar.gz`
    expect(await toolCacheInstaller.find(MENDIX_VERSION)).toBeUndefined()
    const folder = await toolCacheInstaller.install(MENDIX_VERSION, url, silentLogger)
    expect(folder.startsWith(process.env['RUNNER_TOOL_CACHE']!)).toBe(true)
    expect(await exists(join(folder, 'modeler', 'mxbuild'))).toBe(true)
    expect(await toolCacheInstaller.find(MENDIX_VERSION)).toBe(folder)
    expect(await readdir(process.env['RUNNER_TEMP']!)).toEqual([])

    const dir = join(root, `case-${++count}`)
    await makeApp(join(dir, 'app'), {})
    requests.length = 0
    const result = await buildPackage({
      project: 'app/App.mpr',
      version: '1.0.0',
      mxbuild: { installer: toolCacheInstaller },
      cwd: dir,
      env: testEnv(join(dir, 'home'), { JAVA_HOME: jdk, RUNNER_TEMP: process.env['RUNNER_TEMP'] }),
      log: silentLogger
    })
    expect(requests).toEqual([])
    expect(result.path).toBe(join(dir, 'App_1.0.0.0.mda'))
    expect(result.manifest.source).toBe('mxbuild')
  })

  it('turns a 404 into DownloadFailed with the status', async () => {
    await expect(
      toolCacheInstaller.install('10.99.0.1', `${baseUrl}mxbuild-10.99.0.1.tar.gz`, silentLogger)
    ).rejects.toEqual(new DownloadFailed('HTTP 404', 404))
    await expect(
      toolCacheInstaller.install('10.99.0.1', `${baseUrl}mxbuild-10.99.0.1.tar.gz`, silentLogger)
    ).rejects.toMatchObject({ status: 404 })
  })
})
