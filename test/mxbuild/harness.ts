import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { captureCli } from '../support/cli.js'
import { makeMpr } from './mpr-files.js'

/** The folder of the MxBuild stand-in, laid out as MxBuild's .tar.gz unpacks (modeler/mxbuild). */
export const FAKE_MXBUILD = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'fake-mxbuild'
)

export const MENDIX_VERSION = '10.6.1.12345'

/** Runs the CLI in-process, as bin/mxdeploy.js does, with its output captured. */
export const mxdeploy = captureCli

/** A clean environment: the tools on PATH, a home of its own, and what the test adds. */
export function testEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: home, ...extra }
}

/** A folder that looks like a JDK to MxBuild (bin/java exists). */
export async function makeJdk(dir: string): Promise<string> {
  await mkdir(join(dir, 'bin'), { recursive: true })
  await writeFile(join(dir, 'bin', 'java'), '#!/bin/sh\n', { mode: 0o755 })
  return dir
}

/** A Mendix app folder: App.mpr of `version`, and what the MxBuild stand-in should do. */
export async function makeApp(
  dir: string,
  behaviour: Record<string, unknown> = {},
  version = MENDIX_VERSION
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const mpr = join(dir, 'App.mpr')
  makeMpr(mpr, { version, units: { count: 5, bytes: 300 } })
  await writeFile(join(dir, 'fake-mxbuild.json'), JSON.stringify(behaviour))
  return mpr
}
