import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect } from 'vitest'
import { mxdeploy } from '../../support/cli.js'
import { copyExample, writeConfig } from '../../support/example-app.js'

/** A package of the example app built for the matrix. */
export interface Built {
  version: string
  sha256: string
  /** hello_<version>.mda in the template folder (the same path in every copy). */
  file: string
}

/** A prepared app folder that each fault starts from a copy of. */
export interface Template {
  dir: string
  config: string
  built: Built[]
  /** A fresh copy; `config` and package files keep their names inside it. */
  copy(): Promise<{ dir: string; config: string; file: (b: Built) => string }>
}

/** Runs mxdeploy in this process on `dir`'s mxdeploy.yml and expects exit 0. */
export async function ok(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = await mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir, env })
  expect(run.code, `mxdeploy ${args.join(' ')}: ${run.stderr}`).toBe(0)
  return run
}

/**
 * examples/hello with this mxdeploy.yml and builds 1…n built into hello_<version>.mda; `prepare`
 * runs on it once (publish, stage). Every folder made is removed after the file's tests.
 */
export function useTemplate(
  yaml: string,
  builds: number,
  prepare: (dir: string, built: Built[]) => Promise<void> = () => Promise.resolve()
): () => Promise<Template> {
  const made: string[] = []
  let template: Promise<Template> | undefined
  afterAll(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  const make = async (): Promise<Template> => {
    const dir = await copyExample()
    made.push(dir)
    const config = await writeConfig(dir, yaml)
    const built: Built[] = []
    for (let n = 1; n <= builds; n++) {
      const file = join(dir, `hello_1.2.0.${n}.mda`)
      const run = await ok(dir, ['build', '--build-number', String(n), '--out', file, '--json'])
      built.push({ version: run.json.version as string, sha256: run.json.sha256 as string, file })
    }
    await prepare(dir, built)
    return {
      dir,
      config,
      built,
      async copy() {
        const to = await mkdtemp(join(tmpdir(), 'mxdeploy-fault-'))
        made.push(to)
        await cp(dir, to, { recursive: true, verbatimSymlinks: true })
        return {
          dir: to,
          config: join(to, 'mxdeploy.yml'),
          file: (b: Built) => join(to, `hello_${b.version}.mda`)
        }
      }
    }
  }
  return () => (template ??= make())
}
