// Debian's kubectl (package kubernetes-client) for the Kubernetes tests, which read back with it
// what mxdeploy applied to the stand-in API server. Where the package is installed, its
// /usr/bin/kubectl; where /usr/bin/kubectl belongs to another package (Google Cloud SDK's
// version dispatcher, which dpkg will not replace), the package is downloaded with apt-get and
// unpacked with dpkg-deb -x into node_modules/.cache, once. MXDEPLOY_TEST_KUBECTL overrides both.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const KUBECTL_CACHE = join(root, 'node_modules', '.cache', 'mxdeploy', 'kubernetes-client')

/** Whether dpkg has the kubernetes-client package installed. */
function installed() {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'kubernetes-client'], {
    encoding: 'utf8'
  })
  return query.status === 0 && query.stdout.trim() === 'install ok installed'
}

/**
 * The path of Debian's kubectl, unpacking the package into the cache when it is not installed.
 * Throws with what to do when neither works.
 * @param {(line: string) => void} [log] told when the package is unpacked (it takes a while)
 * @returns {string}
 */
export function debianKubectl(log = () => undefined) {
  const override = process.env.MXDEPLOY_TEST_KUBECTL
  if (override) return override
  if (installed()) return '/usr/bin/kubectl'
  const cached = join(KUBECTL_CACHE, 'usr', 'bin', 'kubectl')
  if (existsSync(cached)) return cached
  const work = mkdtempSync(join(tmpdir(), 'mxdeploy-kubectl-'))
  try {
    log('unpacking Debian kubernetes-client (kubectl) for the tests: apt-get download, dpkg-deb -x')
    execFileSync('apt-get', ['download', '-qq', 'kubernetes-client'], { cwd: work, stdio: 'pipe' })
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'))
    if (!deb) throw new Error('apt-get download gave no .deb')
    const unpacked = join(work, 'root')
    execFileSync('dpkg-deb', ['-x', join(work, deb), unpacked])
    mkdirSync(dirname(KUBECTL_CACHE), { recursive: true })
    rmSync(KUBECTL_CACHE, { recursive: true, force: true })
    renameSync(unpacked, KUBECTL_CACHE)
    return cached
  } catch (error) {
    throw new Error(
      `Debian's kubectl (package kubernetes-client) is needed by the Kubernetes tests and could not be unpacked (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}): on Debian, apt-get update, then apt-get install kubernetes-client (or apt-get download it and set MXDEPLOY_TEST_KUBECTL to the unpacked usr/bin/kubectl)`
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
