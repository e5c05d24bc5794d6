import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { captureCli } from '../../support/cli.js'
import { copyExample } from '../../support/example-app.js'
import type { CensusWorkspace, Start } from './census-case.js'

const made: string[] = []
const templates = new Map<Start, Promise<string>>()

function workspaceAt(dir: string): CensusWorkspace {
  return {
    dir,
    home: join(dir, 'home'),
    path: (relative) => join(dir, relative),
    async write(relative, content) {
      const path = join(dir, relative)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, content)
      return path
    }
  }
}

/** examples/hello with hello 1.2.0.1 built, published to its file: repository and staged to test. */
async function publishedTemplate(): Promise<string> {
  const dir = await copyExample()
  made.push(dir)
  const env = { PATH: process.env['PATH'], HOME: join(dir, 'home') }
  for (const args of [
    ['build', '--build-number', '1', '--out', join(dir, 'hello.mda')],
    ['publish', join(dir, 'hello.mda')],
    ['stage', '-e', 'test']
  ]) {
    const run = await captureCli(args, dir, env)
    if (run.code !== 0) throw new Error(`mxdeploy ${args.join(' ')}: ${run.stderr}`)
  }
  return dir
}

async function template(start: Start): Promise<string> {
  if (start === 'empty') {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-census-'))
    made.push(dir)
    return dir
  }
  if (start === 'example') {
    const dir = await copyExample()
    made.push(dir)
    return dir
  }
  return publishedTemplate()
}

/**
 * A fresh folder for one case, copied from a template made once per run (links copied as they
 * are, so `current` still leads into the copy's own releases).
 */
export async function censusWorkspace(start: Start): Promise<CensusWorkspace> {
  let from = templates.get(start)
  if (!from) {
    from = template(start)
    templates.set(start, from)
  }
  const dir = await mkdtemp(join(tmpdir(), `mxdeploy-census-${start}-`))
  made.push(dir)
  await cp(await from, dir, { recursive: true, verbatimSymlinks: true })
  const w = workspaceAt(dir)
  await mkdir(w.home, { recursive: true })
  return w
}

/** Removes every folder the census made. */
export async function removeCensusWorkspaces(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}
