import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const BIG = { maxBuffer: 256 << 20, env: { ...process.env, LC_ALL: 'C.UTF-8' } }

/** `unzip -t`: Info-ZIP's own test of every entry's data and CRC. Throws when it finds a fault. */
export async function unzipTest(file: string): Promise<string> {
  const { stdout } = await run('unzip', ['-t', file], BIG)
  return stdout
}

/** Names listed by `unzip -Z1` (zipinfo's one-name-per-line mode). */
export async function zipinfoNames(file: string): Promise<string[]> {
  const { stdout } = await run('zipinfo', ['-1', file], BIG)
  return stdout.split('\n').filter((line) => line !== '')
}

/** `zipinfo -v` text: versions, flags, methods and extra fields of every entry. */
export async function zipinfoVerbose(file: string): Promise<string> {
  const { stdout } = await run('zipinfo', ['-v', file], BIG)
  return stdout
}

/** The archive comment as `unzip -z` prints it. */
export async function unzipComment(file: string): Promise<string> {
  const { stdout } = await run('unzip', ['-z', file], BIG)
  return stdout
}

/** The number of entries on the last line of `unzip -l`. */
export async function unzipListCount(file: string): Promise<number> {
  const { stdout } = await run('unzip', ['-l', file], BIG)
  const last = stdout.trim().split('\n').at(-1) ?? ''
  const match = /(\d+)\s+files?$/.exec(last.trim())
  if (!match) throw new Error(`unzip -l ended with ${JSON.stringify(last)}`)
  return Number(match[1])
}

export interface PythonView {
  /** First bad entry that zipfile's testzip() found, or null. */
  bad: string | null
  names: string[]
  /** Flag bits, method, CRC and sizes per entry, as zipfile reads them. */
  entries: { name: string; flags: number; method: number; size: number; compressed: number }[]
  comment: string
}

const PYTHON = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    infos = z.infolist()
    print(json.dumps({
        "bad": bad,
        "names": [i.filename for i in infos],
        "entries": [{"name": i.filename, "flags": i.flag_bits, "method": i.compress_type,
                     "size": i.file_size, "compressed": i.compress_size} for i in infos],
        "comment": z.comment.decode("utf-8", "replace"),
    }))
`

/** Python's zipfile: reads every entry (testzip) and reports what it saw. */
export async function pythonZip(file: string): Promise<PythonView> {
  const { stdout } = await run('python3', ['-c', PYTHON, file], BIG)
  return JSON.parse(stdout) as PythonView
}

/** `sha256sum -c` run in the folder of the .sha256 file. */
export async function sha256sumCheck(sidecar: string, cwd: string): Promise<string> {
  const { stdout } = await run('sha256sum', ['-c', sidecar], { cwd })
  return stdout
}

/**
 * Whether an Info-ZIP reader refuses an archive: `unzip -t` (reads the central directory, then
 * each local header) or `funzip` (reads the first entry as a stream, from its local header and
 * data descriptor alone, as Java's ZipInputStream does).
 */
export async function infoZipRefuses(tool: 'unzip -t' | 'funzip', file: string): Promise<boolean> {
  const { open } = await import('node:fs/promises')
  const { spawn } = await import('node:child_process')
  const input = await open(file, 'r')
  try {
    const [command, args] = tool === 'funzip' ? ['funzip', []] : ['unzip', ['-t', file]]
    const child = spawn(command, args, { stdio: [input.fd, 'ignore', 'ignore'] })
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    return code !== 0
  } finally {
    await input.close()
  }
}
