// mxdeploy stage of the stage row's 256 MB package, from the same file: repository, to an m2ee
// target, against the same reference as that row: `unzip -q` into an empty folder plus the
// atomic switch of a `current` link (ln -s, mv -T).
//
// What the timed process includes: reading mxdeploy.yml and the team's m2ee.yaml, the package
// copied out of the repository with its SHA-256 checked, unpacked into
// app-base/.mxdeploy/releases/<version>-<sha>, the settings file written into the release, the
// MDA copied into m2ee's model_upload_path, the switch of `current`, the model/, web/ and
// settings links (the first deployment: every round starts from an app base as m2ee-tools'
// install guide makes it, empty model/ and web/), the restart command run with `sh -c`, one
// runtime_status request to the admin API, and the activity record.
// What it excludes: m2ee and the JVM. The restart command is `true`, and the admin API is a
// stand-in that already answers `running` (bench/m2ee-runtime.mjs), so the row times mxdeploy's
// own work; a real restart adds m2ee's and the runtime's start (tens of seconds) to any tool.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cleanEnv } from '../measure.mjs'

export const goal = { ratio: 1.2 }
const ADMIN_PASS = 'bench-admin-pass'
const RUNTIME = fileURLToPath(new URL('../m2ee-runtime.mjs', import.meta.url))

/** Starts the admin API stand-in on a free loopback port: `{ port, stop }`. */
async function startRuntime() {
  const child = spawn(process.execPath, [RUNTIME, ADMIN_PASS], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const port = await new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`bench/m2ee-runtime.mjs exited ${code}`)))
    child.stdout.once('data', (data) => resolve(Number(String(data).trim())))
  })
  child.removeAllListeners('exit')
  // The stand-in ends when its stdin closes: with stop(), or with this process however it ends.
  return { port, stop: () => child.stdin.end() }
}

/** An app base as m2ee-tools' install guide (doc/install-2.md) makes it. */
function emptyAppBase(appBase) {
  rmSync(appBase, { recursive: true, force: true })
  for (const dir of [
    'runtimes',
    'web',
    'model',
    'data/database',
    'data/files',
    'data/model-upload',
    'data/tmp'
  ]) {
    mkdirSync(join(appBase, dir), { recursive: true })
  }
}

/**
 * The team's m2ee.yaml, in the shape of test/targets/m2ee/fixtures/m2ee.yaml (which follows
 * m2ee-tools' examples), including mxdeploy's settings file as docs/on-premises.md advises.
 */
function teamConfig(appBase, port) {
  return `m2ee:
 app_name: Bench
 app_base: ${appBase}
 admin_port: ${port}
 admin_pass: "${ADMIN_PASS}"
 runtime_port: 8180
 javaopts: ["-Dfile.encoding=UTF-8", "-Xmx1024M", "-Djava.io.tmpdir=${appBase}/data/tmp"]
 pidfile: ${appBase}/data/tmp/m2ee.pid
 model_upload_path: ${appBase}/data/model-upload
mxruntime:
 DatabaseType: PostgreSQL
 DatabaseHost: "127.0.0.1:5432"
 DatabaseName: bench
 DatabaseUserName: bench
 DatabasePassword: "bench-db-password"
include:
 - ${appBase}/.mxdeploy/m2ee.yaml
`
}

/** `local` is the stage row (stage.mjs): its package, repository and version are reused. */
export async function prepare({ corpusRoot, cli, local }) {
  // Its own folder, beside the stage row's, so the two rows never share state.
  const base = join(corpusRoot, 'stage-m2ee')
  mkdirSync(base, { recursive: true })
  const appBase = join(base, 'srv', 'bench')
  const team = join(base, 'm2ee.yaml')
  const config = join(base, 'mxdeploy.yml')
  writeFileSync(
    config,
    `app: bench
repository: file:${local.repository}
environments:
  production:
    target: { type: m2ee, app-base: ${appBase}, m2ee-config: ${team}, restart: 'true' }
`
  )
  const reference = join(base, 'reference')
  const script = [
    'set -e',
    `mkdir -p "$1/releases"`,
    `unzip -q "$2" -d "$1/releases/${local.version}.tmp"`,
    `mv "$1/releases/${local.version}.tmp" "$1/releases/${local.version}"`,
    `ln -s "releases/${local.version}" "$1/current.tmp"`,
    `mv -T "$1/current.tmp" "$1/current"`
  ].join('\n')
  const env = cleanEnv()
  let runtime
  return {
    key: 'stage-m2ee',
    work: local.work.replace('a local target', 'an m2ee target'),
    referenceLabel: local.referenceLabel,
    goal,
    heavy: true,
    before: async () => {
      runtime = await startRuntime()
      writeFileSync(team, teamConfig(appBase, runtime.port))
    },
    ours: {
      command: process.execPath,
      args: [
        cli,
        'stage',
        '--environment',
        'production',
        '--package',
        local.version,
        '--config',
        config,
        '--quiet'
      ],
      cwd: base,
      env
    },
    reference: { command: 'sh', args: ['-c', script, 'sh', reference, local.mda], cwd: base, env },
    reset: () => {
      emptyAppBase(appBase)
      rmSync(join(base, '.mxdeploy'), { recursive: true, force: true })
      rmSync(reference, { recursive: true, force: true })
    },
    after: () => {
      runtime.stop()
      rmSync(join(base, 'srv'), { recursive: true, force: true })
      rmSync(join(base, '.mxdeploy'), { recursive: true, force: true })
      rmSync(reference, { recursive: true, force: true })
    }
  }
}
