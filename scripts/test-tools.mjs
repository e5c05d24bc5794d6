// Runs before `npm test`: the tests use real tools (Info-ZIP, sqlite3, Debian's docker-registry,
// skopeo and umoci, oathtool, cmark-gfm, git, Debian's kubectl, and Chromium for the dashboard).
// On a fresh Debian or Ubuntu machine this installs the missing ones with apt-get (as root, or
// with passwordless sudo); elsewhere it says what to install. A kubectl of another package is
// kept, and Debian's is unpacked beside it.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { debianKubectl } from './debian-kubectl.mjs'

/** @type {[string | string[], string][]} [programs, Debian package] */
const TOOLS = [
  ['git', 'git'],
  ['zip', 'zip'],
  ['unzip', 'unzip'],
  ['sqlite3', 'sqlite3'],
  ['docker-registry', 'docker-registry'],
  ['skopeo', 'skopeo'],
  ['umoci', 'umoci'],
  ['oathtool', 'oathtool'],
  ['cmark-gfm', 'cmark-gfm'],
  ['openssl', 'openssl'],
  ['kubectl', 'kubernetes-client'],
  ['script', 'bsdutils'],
  // The dashboard's browser tests: Debian's Chromium, or a Chrome the machine has (GitHub's Ubuntu
  // runners come with Google Chrome; Ubuntu's chromium package is only a snap wrapper).
  [['chromium', 'chromium-browser', 'google-chrome'], 'chromium']
]

const unpackKubectl = () => {
  if (!onPath('kubectl')) return
  try {
    debianKubectl((line) => console.error(line))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}

const onPath = (/** @type {string} */ bin) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${bin}`))
const missing = TOOLS.filter(([bins]) => ![bins].flat().some(onPath)).map(([, pkg]) => pkg)
if (missing.length === 0) {
  unpackKubectl()
  process.exit(0)
}

const root = process.getuid?.() === 0
const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
if (!onPath('apt-get') || (!root && !sudo)) {
  console.error(
    `the tests need these programs, which are not installed: ${missing.join(', ')}\n` +
      `on Debian or Ubuntu: sudo apt-get install -y ${missing.join(' ')}`
  )
  process.exit(1)
}
console.error(`installing what the tests use: ${missing.join(' ')}`)
const prefix = root ? [] : ['sudo', '-n']
const run = (/** @type {string[]} */ args) => {
  const [command = '', ...rest] = [...prefix, ...args]
  execFileSync(command, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
}
run(['apt-get', 'update', '-qq'])
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing])
unpackKubectl()
