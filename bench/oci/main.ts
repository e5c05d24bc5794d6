// The OCI half of the repository benchmark: publish and download a large MDA-sized blob through
// the oci:// adapter against docker-registry on loopback, side by side with curl (monolithic
// PUT and GET of the same file to the same registry) and cp. Peak RSS of mxdeploy ≤ 150 MB.
import { execFile } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startRegistry, type RunningRegistry } from '../../test/support/registry/registry.js'

const run = promisify(execFile)
const MAX_RSS_MB = 150
const sizeMiB = Number(process.env['BENCH_OCI_SIZE_MIB'] ?? 1024)
const rounds = Number(process.env['BENCH_OCI_ROUNDS'] ?? 2)
const worker = join(dirname(fileURLToPath(import.meta.url)), 'worker.js')

interface Measure {
  seconds: number
  rssMB: number
  /** User + system CPU seconds of the measured process. */
  cpuSeconds: number
  /** For mxdeploy: the operation alone, without Node's start-up. */
  opSeconds?: number
}

/** Runs a command under GNU time: wall seconds and peak RSS. */
async function timed(command: string, args: string[]): Promise<Measure & { stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-time-'))
  const out = join(dir, 'time')
  try {
    const { stdout } = await run(
      '/usr/bin/time',
      ['-f', '%e %M %U %S', '-o', out, command, ...args],
      { maxBuffer: 1 << 20 }
    )
    const [seconds, kb, user, system] = (await readFile(out, 'utf8'))
      .trim()
      .split(/\s+/)
      .slice(-4)
      .map(Number)
    return { seconds: seconds!, rssMB: kb! / 1024, cpuSeconds: user! + system!, stdout }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function makeFile(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'w')
  const block = Buffer.alloc(16 << 20)
  const hash = createHash('sha256')
  try {
    for (let written = 0; written < bytes; written += block.length) {
      const part = block.subarray(0, Math.min(block.length, bytes - written))
      randomFillSync(part) // incompressible, like the compressed entries of a real MDA
      hash.update(part)
      await handle.write(part)
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

async function curlPut(registry: RunningRegistry, repo: string, file: string, sha: string) {
  const start = await fetch(`${registry.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' })
  if (start.status !== 202) throw new Error(`POST answered ${start.status}`)
  const location = new URL(start.headers.get('location')!, registry.url).href
  const target = `${location}${location.includes('?') ? '&' : '?'}digest=sha256:${sha}`
  return timed('curl', [
    '-sS',
    '-f',
    '-o',
    '/dev/null',
    '-T',
    file,
    '-H',
    'Content-Type: application/octet-stream',
    target
  ])
}

function withOp(m: Measure & { stdout: string }): Measure {
  const { ms } = JSON.parse(m.stdout) as { ms: number }
  return { seconds: m.seconds, rssMB: m.rssMB, cpuSeconds: m.cpuSeconds, opSeconds: ms / 1000 }
}

function mbps(bytes: number, seconds: number): string {
  return (bytes / (1 << 20) / seconds).toFixed(0)
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'mxdeploy-bench-oci-'))
  const registry = await startRegistry()
  const rows: { what: string; m: Measure }[] = []
  let failed = false
  try {
    const bytes = sizeMiB << 20
    const file = join(work, 'bench.mda')
    console.error(`making a ${sizeMiB} MiB file…`)
    const sha = await makeFile(file, bytes)
    const size = (await stat(file)).size
    for (let round = 1; round <= rounds; round++) {
      const copy = join(work, 'copy.mda')
      rows.push({ what: 'cp', m: await timed('cp', [file, copy]) })
      await rm(copy)
      // Alternate who goes first so neither always meets a warmer page cache.
      const order = round % 2 === 1 ? ['curl', 'mxdeploy'] : ['mxdeploy', 'curl']
      for (const who of order) {
        if (who === 'curl') {
          rows.push({
            what: 'curl -T (PUT)',
            m: await curlPut(registry, `curl-${round}`, file, sha)
          })
        } else {
          const uri = `oci://${registry.host}/mxdeploy-${round}`
          const m = await timed(process.execPath, [worker, 'publish', uri, file, sha, String(size)])
          rows.push({ what: 'mxdeploy publish', m: withOp(m) })
        }
      }
      for (const who of order) {
        const dest = join(work, `${who}.mda`)
        if (who === 'curl') {
          const url = `${registry.url}/v2/curl-${round}/blobs/sha256:${sha}`
          rows.push({ what: 'curl (GET)', m: await timed('curl', ['-sS', '-f', '-o', dest, url]) })
          if ((await sha256Of(dest)) !== sha) throw new Error('curl downloaded other bytes')
        } else {
          const uri = `oci://${registry.host}/mxdeploy-${round}`
          const m = await timed(process.execPath, [
            worker,
            'download',
            uri,
            'bench',
            '1.0.0.1',
            dest
          ])
          rows.push({ what: 'mxdeploy download', m: withOp(m) })
        }
        await rm(dest, { force: true })
      }
    }
    console.log(
      `OCI repository benchmark: ${sizeMiB} MiB, docker-registry on loopback, ${rounds} rounds`
    )
    console.log('| operation | wall s | MiB/s | CPU s | peak RSS MB | operation alone s |')
    console.log('|---|---:|---:|---:|---:|---:|')
    for (const { what, m } of rows) {
      const cells = [
        what,
        m.seconds.toFixed(2),
        mbps(bytes, m.seconds),
        m.cpuSeconds.toFixed(2),
        m.rssMB.toFixed(0),
        m.opSeconds === undefined ? '' : m.opSeconds.toFixed(2)
      ]
      console.log(`| ${cells.join(' | ')} |`)
    }
    const best = (what: string) =>
      Math.min(...rows.filter((r) => r.what === what).map((r) => r.m.seconds))
    const peak = Math.max(
      ...rows.filter((r) => r.what.startsWith('mxdeploy')).map((r) => r.m.rssMB)
    )
    console.log('')
    console.log(
      `publish / curl PUT time (best of ${rounds}): ${(best('mxdeploy publish') / best('curl -T (PUT)')).toFixed(2)}`
    )
    console.log(
      `download / curl GET time (best of ${rounds}): ${(best('mxdeploy download') / best('curl (GET)')).toFixed(2)}`
    )
    console.log(`publish / cp time: ${(best('mxdeploy publish') / best('cp')).toFixed(2)}`)
    console.log(`mxdeploy peak RSS: ${peak.toFixed(0)} MB (limit ${MAX_RSS_MB} MB)`)
    if (peak > MAX_RSS_MB) {
      console.log(`FAIL: mxdeploy peak RSS ${peak.toFixed(0)} MB is over ${MAX_RSS_MB} MB`)
      failed = true
    }
  } finally {
    await registry.stop()
    await rm(work, { recursive: true, force: true })
  }
  if (failed) process.exitCode = 1
}

await main()
