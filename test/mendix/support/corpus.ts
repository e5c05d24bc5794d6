import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** test/fixtures/mendix: real Mendix shapes with our own values (its README names the sources). */
export const CORPUS = new URL('../../fixtures/mendix/', import.meta.url).pathname

export interface ExpectedFolder {
  runtimeVersion: string
  modelVersion: string
  projectName: string
  projectId: string
  constants: number
  constantTypes: Record<string, number>
  constantNames: string[]
  scheduledEvents: number
  scheduledEventNames: string[]
  roles: string[]
  adminRole: string
  requestHandlers: string[]
  javaVersion: number | null
  lineEndings: 'LF' | 'CRLF'
  keys: string[]
}

export interface ExpectedMpr {
  productVersion: string
  formatVersion: number
  mprName: string
  mprcontents: string | null
}

export interface ExpectedMda {
  runtimeVersion: string
  modelVersion: string
  projectName: string
  constants: number
  scheduledEvents: number
  roles: string[]
  entries: number
}

export interface Expected {
  folders: Record<string, ExpectedFolder>
  mpr: Record<string, ExpectedMpr>
  mda: Record<string, ExpectedMda>
}

export async function expected(): Promise<Expected> {
  return JSON.parse(await readFile(join(CORPUS, 'expected.json'), 'utf8')) as Expected
}

/** Names of the deployment-folder fixtures (`mx5.6`, `mx10.24`, …). */
export async function folderFixtures(): Promise<string[]> {
  const names = await readdir(CORPUS)
  return names.filter((name) => name.startsWith('mx')).sort()
}

/**
 * Makes the .mpr of `mpr/<version>.sql` in `dir` with the real sqlite3, and for format 2 copies its
 * mprcontents/ beside it; returns the .mpr's path.
 */
export async function makeFixtureMpr(
  dir: string,
  version: string,
  facts: ExpectedMpr
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, facts.mprName)
  const script = await readFile(join(CORPUS, 'mpr', `${version}.sql`))
  execFileSync('sqlite3', [path], { input: script, stdio: ['pipe', 'pipe', 'pipe'] })
  if (facts.formatVersion >= 2) {
    await cp(join(CORPUS, 'mpr', `${version}.mprcontents`), join(dir, 'mprcontents'), {
      recursive: true
    })
  }
  return path
}
