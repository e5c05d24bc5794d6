// publish and packages download of a 1 GiB package to and from a file: repository, against
// `sha256sum` + `cp` + `sync` of the same file (the checksum, the copy, and the copy on disk,
// as publish fsyncs what it stores). The package is made once: 1 GiB of incompressible bundle.
import { execFileSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import { cleanEnv } from '../measure.mjs'
import { incompressible } from './noise.mjs'

export const goal = { ratio: 1.5, rssMB: 150 }
const VERSION = '1.0.0.1'

function bigPackage(base, cli, env) {
  const mda = join(base, 'big.mda')
  if (existsSync(mda)) return mda
  const folder = join(base, 'deployment')
  mkdirSync(join(folder, 'model', 'bundles'), { recursive: true })
  writeFileSync(
    join(folder, 'model', 'metadata.json'),
    JSON.stringify(
      {
        RuntimeVersion: '10.24.8.80126',
        ProjectName: 'Big',
        ModelVersion: 'unversioned',
        Constants: [],
        ScheduledEvents: []
      },
      null,
      2
    )
  )
  const fd = openSync(join(folder, 'model', 'bundles', 'big.jar'), 'w')
  for (let i = 0; i < 64; i++) writeSync(fd, incompressible(`big-${i}`, 16 << 20))
  closeSync(fd)
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
      'big',
      '--out',
      mda,
      '--quiet'
    ],
    { env, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  return mda
}

const COPY = `set -e\nsha256sum "$1" > /dev/null\ncp "$1" "$2"\nsync "$2"`

export async function prepare({ corpusRoot, cli }) {
  const base = join(corpusRoot, 'repository')
  mkdirSync(base, { recursive: true })
  const env = cleanEnv()
  const mda = bigPackage(base, cli, env)
  const config = join(base, 'mxdeploy.yml')
  writeFileSync(config, 'app: big\n')
  const repo = join(base, 'repo')
  const published = join(base, 'published')
  const copy = join(base, 'copy.mda')
  const down = join(base, 'down.mda')
  const reference = { command: 'sh', args: ['-c', COPY, 'sh', mda, copy], env }
  const publish = {
    key: 'publish-file',
    work: 'publish 1 GiB to file:',
    referenceLabel: 'sha256sum + cp + sync',
    goal,
    heavy: true,
    mda,
    config,
    ours: {
      command: process.execPath,
      args: [cli, 'publish', mda, '--repository', `file:${repo}`, '--config', config, '--quiet'],
      env
    },
    reference,
    reset: () => {
      rmSync(repo, { recursive: true, force: true })
      rmSync(copy, { force: true })
    }
  }
  const download = {
    key: 'download-file',
    work: 'packages download 1 GiB from file:',
    referenceLabel: 'sha256sum + cp + sync',
    goal,
    heavy: true,
    before: () => {
      rmSync(published, { recursive: true, force: true })
      execFileSync(
        process.execPath,
        [cli, 'publish', mda, '--repository', `file:${published}`, '--config', config, '--quiet'],
        { env, stdio: ['ignore', 'ignore', 'inherit'] }
      )
    },
    ours: {
      command: process.execPath,
      args: [
        cli,
        'packages',
        'download',
        VERSION,
        '--out',
        down,
        '--repository',
        `file:${published}`,
        '--config',
        config,
        '--quiet'
      ],
      env
    },
    reference,
    reset: () => {
      rmSync(down, { force: true })
      rmSync(copy, { force: true })
    }
  }
  return [publish, download]
}
