// Installs the system packages the tests run (scripts/system-packages.mjs) that are missing:
// before `npm test` (its pretest), in .ci/run and in the CI workflow. On Debian or Ubuntu it
// says what it installs and why, then runs apt-get (as root, or with passwordless sudo);
// elsewhere it says what to install and exits 1. Nothing is missing: it says nothing.
// Usage: node scripts/test-tools.mjs
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { debianKubectl } from './debian-kubectl.mjs'
import { explain, missingPackages, SYSTEM_PACKAGES } from './system-packages.mjs'

/**
 * Whether a program is on the PATH.
 * @param {string} program
 */
function onPath(program) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${program}`))
}

/**
 * Installs the packages with apt-get; false (having said what to do) when this machine cannot.
 * @param {import('./system-packages.mjs').SystemPackage[]} packages
 */
function install(packages) {
  const names = packages.map((pkg) => pkg.name)
  const root = process.getuid?.() === 0
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
  if (!onPath('apt-get') || (!root && !sudo)) {
    console.error(
      [
        'the tests need these packages, which are not installed:',
        ...explain(packages),
        `on Debian or Ubuntu: sudo apt-get install -y ${names.join(' ')}`
      ].join('\n')
    )
    return false
  }
  console.error(
    [
      `installing what the tests need: apt-get install ${names.join(' ')}`,
      ...explain(packages)
    ].join('\n')
  )
  const prefix = root ? [] : ['sudo', '-n']
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]
  ]) {
    const [command = '', ...rest] = [...prefix, ...args]
    execFileSync(command, rest, { stdio: 'inherit', env })
  }
  return true
}

/**
 * Debian's kubectl, unpacked for the tests alone where the kubectl on the PATH is another
 * package's (a kubectl that is not on the PATH at all was installed above).
 */
function unpackKubectl() {
  if (!onPath('kubectl')) return true
  const kubectl = SYSTEM_PACKAGES.filter((pkg) => pkg.name === 'kubernetes-client')
  try {
    debianKubectl((line) => console.error([line, ...explain(kubectl)].join('\n')))
    return true
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return false
  }
}

const missing = missingPackages(onPath)
if ((missing.length > 0 && !install(missing)) || !unpackKubectl()) process.exit(1)
