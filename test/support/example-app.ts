import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const EXAMPLE = new URL('../../examples/hello/', import.meta.url).pathname

/** A fresh copy of examples/hello in a temp folder; returns its path. */
export async function copyExample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-example-'))
  await cp(join(EXAMPLE, 'deployment'), join(dir, 'deployment'), { recursive: true })
  await cp(join(EXAMPLE, 'mxdeploy.yml'), join(dir, 'mxdeploy.yml'))
  return dir
}

/** Rewrites the app's mxdeploy.yml. */
export async function writeConfig(dir: string, text: string): Promise<string> {
  const path = join(dir, 'mxdeploy.yml')
  await writeFile(path, text)
  return path
}

/** Changes model/metadata.json of the example's deployment folder. */
export async function editMetadata(
  dir: string,
  edit: (doc: Record<string, any>) => void
): Promise<void> {
  const path = join(dir, 'deployment', 'model', 'metadata.json')
  const doc = JSON.parse(await readFile(path, 'utf8')) as Record<string, any>
  edit(doc)
  await writeFile(path, JSON.stringify(doc, null, 2))
}
