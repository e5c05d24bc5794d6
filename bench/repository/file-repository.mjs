// Benchmark: publish and download a 1 GiB MDA to the file: repository, against cp of the same
// file in the same run. Peak RSS of each process from GNU time. Target: RSS ≤ 150 MB.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync
} from 'node:fs'
import { join } from 'node:path'
import { randomFillSync } from 'node:crypto'

const root = new URL('../..', import.meta.url).pathname
const work = join(root, 'bench', '.corpus', 'repository')
const cli = join(root, 'bin', 'mxdeploy.js')
const runs = 3
const size = 1024 ** 3

/** Wall time and peak RSS of one command, from GNU time. */
function sample(command, args) {
  const script = `/usr/bin/time -f 'TIME %e %M' "$@" 2>&1 >/dev/null | grep '^TIME'`
  const line = execFileSync('sh', ['-c', script, 'sh', command, ...args], { encoding: 'utf8' })
  const [, seconds, kb] = line.trim().split(/\s+/)
  return { seconds: Number(seconds), rssMb: Number(kb) / 1024 }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

mkdirSync(work, { recursive: true })
const deployment = join(work, 'deployment')
const mda = join(work, 'big.mda')
if (!existsSync(mda)) {
  console.log('making a 1 GiB package (once; cached in bench/.corpus/repository)…')
  mkdirSync(join(deployment, 'model', 'bundles'), { recursive: true })
  writeFileSync(
    join(deployment, 'model', 'metadata.json'),
    JSON.stringify(
      {
        RuntimeVersion: '10.24.8.80126',
        ProjectName: 'Big',
        ModelVersion: 'unversioned',
        Constants: [],
        ScheduledEvents: []
      },
      null,
      2
    )
  )
  const fd = openSync(join(deployment, 'model', 'bundles', 'big.jar'), 'w')
  const chunk = Buffer.alloc(16 << 20)
  for (let written = 0; written < size; written += chunk.length)
    writeSync(fd, randomFillSync(chunk))
  closeSync(fd)
  writeFileSync(join(work, 'mxdeploy.yml'), 'app: big\n')
  execFileSync(
    process.execPath,
    [
      cli,
      'build',
      '--deployment-dir',
      deployment,
      '--version',
      '1.0.0.1',
      '--app',
      'big',
      '--out',
      mda
    ],
    { stdio: 'inherit' }
  )
}

const rows = { publish: [], download: [], 'cp (reference)': [] }
for (let i = 0; i < runs; i++) {
  const repo = join(work, `repo-${i}`)
  rmSync(repo, { recursive: true, force: true })
  rmSync(join(work, 'copy.mda'), { force: true })
  rmSync(join(work, 'down.mda'), { force: true })
  rows['cp (reference)'].push(sample('cp', [mda, join(work, 'copy.mda')]))
  rows.publish.push(
    sample(process.execPath, [
      cli,
      'publish',
      mda,
      '--repository',
      `file:${repo}`,
      '--config',
      join(work, 'mxdeploy.yml')
    ])
  )
  rows.download.push(
    sample(process.execPath, [
      cli,
      'packages',
      'download',
      '1.0.0.1',
      '--out',
      join(work, 'down.mda'),
      '--repository',
      `file:${repo}`,
      '--config',
      join(work, 'mxdeploy.yml')
    ])
  )
  rmSync(repo, { recursive: true, force: true })
}
const cp = median(rows['cp (reference)'].map((r) => r.seconds))
console.log(`\nfile: repository, 1 GiB MDA, median of ${runs}`)
console.log('operation        wall s   × cp   MB/s   peak RSS MB')
for (const [name, samples] of Object.entries(rows)) {
  const seconds = median(samples.map((r) => r.seconds))
  const rss = median(samples.map((r) => r.rssMb))
  console.log(
    `${name.padEnd(16)} ${seconds.toFixed(2).padStart(6)} ${(seconds / cp).toFixed(2).padStart(6)} ${(1024 / seconds).toFixed(0).padStart(6)} ${rss.toFixed(0).padStart(12)}`
  )
}
console.log('publish includes verify (every entry CRC-checked, SHA-256) before the copy')
