import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { debianKubectl } from '../../../scripts/debian-kubectl.mjs'

export interface KubectlRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Debian's kubectl (1.20) against a kubeconfig, with a HOME of its own so its discovery cache
 * never carries over between stand-ins. The first call unpacks the package if need be.
 */
export async function kubectl(
  kubeconfig: string,
  args: string[],
  input?: string
): Promise<KubectlRun> {
  const bin = debianKubectl()
  const home = await mkdtemp(join(tmpdir(), 'mxdeploy-kubectl-home-'))
  return new Promise((resolve) => {
    const child = execFile(
      bin,
      ['--kubeconfig', kubeconfig, ...args],
      { env: { PATH: process.env['PATH'], HOME: home }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      }
    )
    if (input !== undefined) child.stdin?.end(input)
  })
}
