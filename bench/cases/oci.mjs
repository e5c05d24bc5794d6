// publish and packages download of the 1 GiB package to and from Debian's docker-registry on
// loopback, against curl: `curl -T` of the same file as one monolithic blob upload, and
// `curl -o` of that blob. Each publish goes to a new repository, so none finds its blob there.
import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv } from '../measure.mjs'

export const goal = { ratio: 1.5, rssMB: 150 }
const VERSION = '1.0.0.1'
const REGISTRY = '/usr/bin/docker-registry'

async function freePort() {
  const server = createServer()
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  await new Promise((done) => server.close(done))
  return port
}

async function startRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-bench-registry-'))
  const port = await freePort()
  // JSON is YAML: the registry reads this file as its configuration.
  const config = {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: join(dir, 'storage') }, delete: { enabled: true } },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') }
  }
  writeFileSync(join(dir, 'config.yml'), JSON.stringify(config))
  const child = spawn(REGISTRY, ['serve', join(dir, 'config.yml')], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    const answer = await fetch(`${url}/v2/`).catch(() => undefined)
    if (answer?.status === 200) break
    await new Promise((done) => setTimeout(done, 50))
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    stop: () => {
      child.kill()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

async function sha256(file) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

// The reference upload: open an upload session, then PUT the whole file with its digest.
const UPLOAD = `set -e
location=$(curl -sf -X POST -D - -o /dev/null "$1/v2/$2/blobs/uploads/" | tr -d '\\r' | sed -n 's/^[Ll]ocation: //p')
case "$location" in http*) ;; *) location="$1$location" ;; esac
curl -sf -T "$3" -o /dev/null "$location&digest=sha256:$4"`

export async function prepare({ cli, mda, config }) {
  const registry = await startRegistry()
  const env = cleanEnv()
  const digest = await sha256(mda)
  let round = 0
  const next = () => `bench/r${++round}`
  const down = join(tmpdir(), `mxdeploy-bench-oci-${process.pid}.mda`)
  const publish = {
    key: 'publish-oci',
    work: 'publish 1 GiB to a loopback registry',
    referenceLabel: 'curl -T',
    goal,
    heavy: true,
    ours: () => ({
      command: process.execPath,
      args: [
        cli,
        'publish',
        mda,
        '--repository',
        `oci://${registry.host}/${next()}`,
        '--config',
        config,
        '--quiet'
      ],
      env
    }),
    reference: () => ({
      command: 'sh',
      args: ['-c', UPLOAD, 'sh', registry.url, next(), mda, digest],
      env
    })
  }
  const download = {
    key: 'download-oci',
    work: 'packages download 1 GiB from a loopback registry',
    referenceLabel: 'curl -o',
    goal,
    heavy: true,
    before: () => {
      execFileSync(
        process.execPath,
        [
          cli,
          'publish',
          mda,
          '--repository',
          `oci://${registry.host}/bench/pub`,
          '--config',
          config,
          '--quiet'
        ],
        { env, stdio: ['ignore', 'ignore', 'inherit'] }
      )
    },
    ours: {
      command: process.execPath,
      args: [
        cli,
        'packages',
        'download',
        VERSION,
        '--out',
        down,
        '--repository',
        `oci://${registry.host}/bench/pub`,
        '--config',
        config,
        '--quiet'
      ],
      env
    },
    reference: {
      command: 'curl',
      args: ['-sf', '-o', down, `${registry.url}/v2/bench/pub/blobs/sha256:${digest}`],
      env
    },
    reset: () => rmSync(down, { force: true }),
    after: () => {
      rmSync(down, { force: true })
      registry.stop()
    }
  }
  return [publish, download]
}
