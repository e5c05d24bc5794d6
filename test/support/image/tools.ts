import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Runs a tool and returns its stdout; a failure carries its stderr. */
export async function tool(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, { maxBuffer: 64 << 20 })
    return stdout
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr ?? String(error)}`)
  }
}

/** Debian's skopeo, against the loopback registry (plain HTTP, no signature policy). */
export function skopeo(args: string[]): Promise<string> {
  const [command, ...rest] = args
  const tls =
    command === 'copy'
      ? ['--src-tls-verify=false', '--dest-tls-verify=false']
      : ['--tls-verify=false']
  return tool('skopeo', ['--insecure-policy', command!, ...tls, ...rest])
}

/** `skopeo inspect` of an image as JSON: Digest, Labels, Env, Architecture, Os, Layers. */
export async function skopeoInspect(
  reference: string,
  extra: string[] = []
): Promise<Record<string, any>> {
  return JSON.parse(await skopeo(['inspect', ...extra, `docker://${reference}`])) as Record<
    string,
    any
  >
}

/** Debian's umoci; `--rootless` so it runs without root on CI as it does here. */
export function umoci(args: string[]): Promise<string> {
  return tool('umoci', args)
}
