// mxdeploy stage of a 250 MB package to a local target, from a file: repository, against
// `unzip -q` of the same package into an empty folder plus the atomic switch of a `current`
// link (ln -s, mv -T), the least any stage must do. Each run starts from an empty environment.
import { execFileSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { cleanEnv } from '../measure.mjs'
import { incompressible } from './noise.mjs'

export const goal = { ratio: 1.2 }
const VERSION = '1.0.0.1'

/** The corpus (hard links) plus 122 MB of incompressible bundles: a package of about 250 MB. */
function stageFolder(base, corpus) {
  const folder = join(base, 'deployment')
  const stamp = join(base, 'folder.done')
  if (existsSync(stamp)) return folder
  rmSync(folder, { recursive: true, force: true })
  for (const name of corpus.names) {
    const target = join(folder, name)
    mkdirSync(dirname(target), { recursive: true })
    linkSync(join(corpus.folder, name), target)
  }
  for (let i = 0; i < 4; i++) {
    writeFileSync(join(folder, `model/bundles/stage-${i}.jar`), incompressible(`stage-${i}`, 32e6))
  }
  writeFileSync(stamp, 'done\n')
  return folder
}

export async function prepare({ corpusRoot, cli, corpus }) {
  const base = join(corpusRoot, 'stage')
  mkdirSync(base, { recursive: true })
  const folder = stageFolder(base, corpus)
  const config = join(base, 'mxdeploy.yml')
  writeFileSync(
    config,
    'app: bench\nrepository: file:packages\nenvironments:\n  test: { target: { type: local, path: envs/test } }\n'
  )
  const mda = join(base, 'bench.mda')
  const env = cleanEnv()
  if (!existsSync(join(base, 'packages'))) {
    execFileSync(
      process.execPath,
      [
        cli,
        'build',
        '--deployment-dir',
        folder,
        '--version',
        VERSION,
        '--app',
        'bench',
        '--out',
        mda,
        '--quiet'
      ],
      { env, stdio: ['ignore', 'ignore', 'inherit'] }
    )
    execFileSync(process.execPath, [cli, 'publish', mda, '--config', config, '--quiet'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  const reference = join(base, 'reference')
  const script = [
    'set -e',
    `mkdir -p "$1/releases"`,
    `unzip -q "$2" -d "$1/releases/${VERSION}.tmp"`,
    `mv "$1/releases/${VERSION}.tmp" "$1/releases/${VERSION}"`,
    `ln -s "releases/${VERSION}" "$1/current.tmp"`,
    `mv -T "$1/current.tmp" "$1/current"`
  ].join('\n')
  return {
    key: 'stage',
    work: `stage to a local target, ${(statSync(mda).size / 1e6).toFixed(0)} MB package`,
    referenceLabel: 'unzip -q + atomic switch',
    goal,
    heavy: true,
    mda,
    // The m2ee row (stage-m2ee.mjs) stages the same package from the same repository.
    repository: join(base, 'packages'),
    version: VERSION,
    ours: {
      command: process.execPath,
      args: [
        cli,
        'stage',
        '--environment',
        'test',
        '--package',
        VERSION,
        '--config',
        config,
        '--quiet'
      ],
      cwd: base,
      env
    },
    reference: { command: 'sh', args: ['-c', script, 'sh', reference, mda], cwd: base, env },
    reset: () => {
      rmSync(join(base, 'envs'), { recursive: true, force: true })
      rmSync(join(base, '.mxdeploy'), { recursive: true, force: true })
      rmSync(reference, { recursive: true, force: true })
    }
  }
}
