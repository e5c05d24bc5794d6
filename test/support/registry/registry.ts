import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { bcrypt } from './bcrypt.js'

/** Debian's distribution registry (package docker-registry, 2.8). */
export const REGISTRY_BIN = process.env['MXDEPLOY_TEST_REGISTRY_BIN'] ?? '/usr/bin/docker-registry'

export interface TokenAuth {
  realm: string
  service: string
  issuer: string
  /** PEM file of the certificate whose key signs the tokens. */
  rootCertBundle: string
}

export interface RegistryOptions {
  /** htpasswd users (name → password): basic auth. Without users or token, anonymous. */
  users?: Record<string, string>
  token?: TokenAuth
  /** storage.delete.enabled (default true). */
  deleteEnabled?: boolean
}

export interface RunningRegistry {
  /** `127.0.0.1:PORT` */
  host: string
  port: number
  url: string
  /** The filesystem storage root (`docker/registry/v2/...` below it). */
  storage: string
  stop(): Promise<void>
}

/** A TCP port nobody listens on right now (the registry binds it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`)
    }
    try {
      const res = await fetch(`${url}/v2/`)
      if (res.status === 200 || res.status === 401) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`docker-registry did not answer on ${url} within 20 s: ${output()}`)
}

function config(
  dir: string,
  port: number,
  options: RegistryOptions,
  htpasswd: string
): Record<string, unknown> {
  const auth = options.token
    ? {
        token: {
          realm: options.token.realm,
          service: options.token.service,
          issuer: options.token.issuer,
          rootcertbundle: options.token.rootCertBundle
        }
      }
    : options.users
      ? { htpasswd: { realm: 'mxdeploy-test', path: htpasswd } }
      : undefined
  return {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: join(dir, 'storage') },
      delete: { enabled: options.deleteEnabled ?? true },
      maintenance: { uploadpurging: { enabled: false } }
    },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
    ...(auth ? { auth } : {})
  }
}

/**
 * Starts docker-registry on 127.0.0.1 with a free port and a temporary storage folder:
 * anonymous, with htpasswd basic auth, or trusting a token service. `stop()` ends it and
 * removes the folder.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  if (!existsSync(REGISTRY_BIN)) {
    throw new Error(
      `${REGISTRY_BIN} is missing: install Debian's docker-registry (apt-get install docker-registry)`
    )
  }
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-registry-'))
  const htpasswd = join(dir, 'htpasswd')
  if (options.users) {
    const lines = Object.entries(options.users).map(([user, pass]) => `${user}:${bcrypt(pass)}`)
    await writeFile(htpasswd, `${lines.join('\n')}\n`)
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const file = join(dir, 'config.yml')
    await writeFile(file, stringify(config(dir, port, options, htpasswd)))
    const child = spawn(REGISTRY_BIN, ['serve', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    const url = `http://127.0.0.1:${port}`
    try {
      await waitReady(url, child, () => output)
    } catch (error) {
      child.kill('SIGKILL')
      // Another process took the port between our probe and the registry's bind: try another.
      if (attempt < 3 && /address already in use/.test(output)) continue
      await rm(dir, { recursive: true, force: true })
      throw error
    }
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve()
      else child.once('exit', () => resolve())
    })
    return {
      host: `127.0.0.1:${port}`,
      port,
      url,
      storage: join(dir, 'storage'),
      stop: async () => {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
        await rm(dir, { recursive: true, force: true })
      }
    }
  }
}

/** Path of a blob's data file in the registry's filesystem storage. */
export function blobDataPath(storage: string, hex: string): string {
  return join(storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}
