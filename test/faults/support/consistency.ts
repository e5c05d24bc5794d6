import { lstat, mkdtemp, readFile, readdir, readlink, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { RELEASE_MARKER, type ReleaseMarker } from '../../../src/targets/release-store.js'
import { mxdeploy } from '../../support/cli.js'

/** One record as `activity --json` lists it. */
export interface Listed {
  environment: string
  operation: string
  result: string
  package: { version: string; sha256: string } | null
}

/**
 * The activity log parses: `activity` exits 0, lists every line that is a record, and reports
 * each line that is not (a record torn by a kill) with its line number instead of losing others.
 */
export async function expectActivityParses(dir: string, config: string): Promise<Listed[]> {
  const path = join(dir, '.mxdeploy', 'activity.jsonl')
  const text = await readFile(path, 'utf8').catch(() => '')
  const run = await mxdeploy(['activity', '--json', '--config', config], { cwd: dir })
  expect(run.code, run.stderr).toBe(0)
  let records = 0
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    try {
      JSON.parse(line)
      records++
    } catch {
      expect(run.stderr).toContain(`${path}:${index + 1}: skipped a line`)
    }
  })
  expect(run.json).toHaveLength(records)
  return run.json as Listed[]
}

/**
 * A local environment's folder shows only whole releases: `current` (if any) leads to a release
 * with its marker, model and settings, of one of `shas`; every other visible release is whole
 * too (a partial one is a hidden `.…partial` folder). Returns the SHA-256 `current` runs.
 */
export async function expectWholeRelease(
  envDir: string,
  shas: string[]
): Promise<string | undefined> {
  const releases = join(envDir, 'releases')
  for (const name of await readdir(releases).catch(() => [] as string[])) {
    if (name.startsWith('.')) continue
    await lstat(join(releases, name, RELEASE_MARKER))
  }
  let link: string
  try {
    link = await readlink(join(envDir, 'current'))
  } catch {
    return undefined
  }
  const release = resolve(envDir, link)
  const marker = JSON.parse(await readFile(join(release, RELEASE_MARKER), 'utf8')) as ReleaseMarker
  expect(shas).toContain(marker.sha256)
  await lstat(join(release, 'model', 'metadata.json'))
  await lstat(join(release, '.mxdeploy-settings.json'))
  // settings.json, once made, leads through current to the running release's settings.
  const settings = await realpath(join(envDir, 'settings.json')).catch(() => undefined)
  if (settings) expect(settings).toBe(join(await realpath(release), '.mxdeploy-settings.json'))
  return marker.sha256
}

/**
 * Every package `packages` lists is whole: it downloads with its SHA-256 checked. Returns the
 * versions listed.
 */
export async function expectWholePackages(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<string[]> {
  const listed = await mxdeploy(['packages', '--json', ...args], { cwd, env })
  expect(listed.code, listed.stderr).toBe(0)
  const versions = (listed.json.packages as { version: string }[]).map((p) => p.version)
  const out = await mkdtemp(join(tmpdir(), 'mxdeploy-download-'))
  try {
    for (const version of versions) {
      const file = join(out, `${version}.mda`)
      const got = await mxdeploy(['packages', 'download', version, '--out', file, ...args], {
        cwd,
        env
      })
      expect(got.code, got.stderr).toBe(0)
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
  return versions
}
