import { join } from 'node:path'
import { afterEach, expect } from 'vitest'
import { mxdeploy } from '../cli.js'
import { copyExample, writeConfig } from '../example-app.js'
import { fakeServer, type FakeServer } from './fake-server.js'

/** What a test changes in the example's mxdeploy.yml. */
export interface M2eeConfigParts {
  /** production's Hello.ApiUrl. */
  apiUrl?: string
  /** production's scheduled-events. */
  events?: string
  /** More lines of production's target (6 spaces in). */
  target?: string
}

/** The example app's mxdeploy.yml with production on the fake server's m2ee. */
export function m2eeConfig(server: FakeServer, parts: M2eeConfigParts = {}): string {
  return `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  production:
    after: test
    target:
      type: m2ee
      app-base: ${server.appBase}
      m2ee-config: ${server.teamConfig}
${parts.target ?? ''}
    constants:
      Hello.ApiUrl: ${parts.apiUrl ?? 'https://api.example.com'}
    scheduled-events: ${parts.events ?? '{ Hello.SyncCustomers: true }'}
`
}

export interface M2eeWorkspace {
  dir: string
  server: FakeServer
  run(...args: string[]): ReturnType<typeof mxdeploy>
  /** Builds and publishes build N of the example; returns the package. */
  publish(build: string): Promise<{ version: string; sha256: string }>
  configure(parts?: M2eeConfigParts): Promise<void>
  /** The activity log, newest first; of one environment if named. */
  activity(environment?: string): Promise<
    {
      operation: string
      result: string
      package: { version: string }
      error: string | null
      details?: Record<string, unknown>
    }[]
  >
}

/**
 * A fresh example app whose production environment is an m2ee server (fake-server.ts), with the
 * fake `m2ee` first on PATH; the fake runtime is stopped after each test.
 */
export function useM2eeWorkspace(): () => Promise<M2eeWorkspace> {
  const servers: FakeServer[] = []
  const path = process.env['PATH']
  afterEach(async () => {
    process.env['PATH'] = path
    for (const server of servers.splice(0)) await server.stopRuntime()
  })
  return async () => {
    const server = await fakeServer()
    servers.push(server)
    // The restart command inherits this process's environment, as it would mxdeploy's.
    process.env['PATH'] = `${server.bin}:${path}`
    const dir = await copyExample()
    const run = (...args: string[]) =>
      mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })
    const workspace: M2eeWorkspace = {
      dir,
      server,
      run,
      async publish(build) {
        const out = join(dir, `hello_${build}.mda`)
        const built = await run('build', '--build-number', build, '--out', out)
        expect(built.code, built.stderr).toBe(0)
        const published = await run('publish', out, '--json')
        expect(published.code, published.stderr).toBe(0)
        return published.json.package
      },
      async configure(parts = {}) {
        await writeConfig(dir, m2eeConfig(server, parts))
      },
      async activity(environment) {
        const listed = await run('activity', '--json', ...(environment ? ['-e', environment] : []))
        expect(listed.code, listed.stderr).toBe(0)
        return listed.json
      }
    }
    await workspace.configure()
    return workspace
  }
}
