import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../../src/log.js'
import type { PackageRecord, PublishRequest } from '../../../src/repository/package-repository.js'

/** A temp folder removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-oci-test-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * A package to publish straight through the adapter: random bytes (the adapter treats an MDA as
 * opaque) and the record publishPackage would make for them.
 */
export async function randomPackage(
  dir: string,
  app: string,
  version: string,
  size: number,
  overrides: Partial<Omit<PackageRecord, 'url'>> = {}
): Promise<PublishRequest & { bytes: Buffer }> {
  const bytes = randomBytes(size)
  const file = join(dir, `${app}_${version}-${randomBytes(4).toString('hex')}.mda`)
  await writeFile(file, bytes)
  const record: Omit<PackageRecord, 'url'> = {
    app,
    version,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size,
    runtimeVersion: '10.18.3.58900',
    modelVersion: version,
    commit: 'c0ffee0000000000000000000000000000000000',
    branch: 'main',
    createdAt: new Date().toISOString(),
    createdBy: 'tester',
    stories: ['ABC-1', 'ABC-2'],
    ...overrides
  }
  return { file, record, bytes }
}

/** A logger that keeps what it was told, to check messages and that secrets were registered. */
export function recordingLogger(): Logger & { lines: string[]; secrets: string[] } {
  const lines: string[] = []
  const secrets: string[] = []
  return {
    lines,
    secrets,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    secret: (s) => secrets.push(s)
  }
}

/** The registry's tags of a repository, read directly (no adapter in between). */
export async function registryTags(url: string, repository: string): Promise<string[]> {
  const res = await fetch(`${url}/v2/${repository}/tags/list`)
  if (res.status === 404) return []
  const body = (await res.json()) as { tags: string[] | null }
  return body.tags ?? []
}
