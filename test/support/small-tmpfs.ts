import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Runs a shell script in a mount namespace of its own (`unshare -rm`: no root needed where user
 * namespaces are allowed) with a tmpfs of `size` mounted at `dir`, so a test can fill a real disk
 * without touching the machine's mounts. In the script `$0` is `dir` and `$@` are `args`.
 */
export function runInSmallTmpfs(
  dir: string,
  size: string,
  script: string,
  args: string[] = [],
  options: { cwd?: string } = {}
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    'unshare',
    ['-rm', 'sh', '-c', `mount -t tmpfs -o size=${size} tmpfs "$0" && ${script}`, dir, ...args],
    { cwd: options.cwd, encoding: 'utf8' }
  )
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
}

/** Whether this machine lets the tests mount a small tmpfs (many CI containers do not). */
export const canMountTmpfs: boolean = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-probe-'))
  try {
    return runInSmallTmpfs(dir, '16k', 'true').code === 0
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})()
