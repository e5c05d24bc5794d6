// Secondary, in-process figures for inspect (the whole-process table is `npm run bench`):
//   inspect: mxdeploy inspect (in-process)  vs  unzip -p FILE model/metadata.json,
//            on the corpus package and on a package past 1 GiB
// Runs the bundled CLI (bin/mxdeploy.js → dist/); build it first with `node scripts/package.mjs`.
// Options: --rounds N (default 3), --skip-large (no 1 GiB package).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { corpusMetadata, ensureCorpus, ensureLargeFolder } from './corpus.mjs'

const root = new URL('..', import.meta.url).pathname
const corpusRoot = join(root, 'bench/.corpus')
const work = join(corpusRoot, 'out')
const cli = join(root, 'bin/mxdeploy.js')
const args = process.argv.slice(2)
const rounds = Number(args[args.indexOf('--rounds') + 1] || 3) || 3
const skipLarge = args.includes('--skip-large')
const GiB = 1024 ** 3

if (!existsSync(join(root, 'dist/main/index.js'))) {
  console.error('dist/ is missing: run `node scripts/package.mjs` first')
  process.exit(2)
}
for (const tool of ['unzip', '/usr/bin/time']) {
  if (spawnSync(tool, ['-h'], { stdio: 'ignore' }).error) {
    console.error(
      `${tool} is needed for the comparison; install it (Debian: apt-get install unzip time)`
    )
    process.exit(2)
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mb = (bytes) => (bytes / 1e6).toFixed(1)
const env = { ...process.env }
for (const name of Object.keys(env))
  if (/^(GITHUB_|SOURCE_DATE_EPOCH$)/.test(name)) delete env[name]

/** Runs a command under /usr/bin/time: wall seconds (high resolution), peak RSS in MB, CPU s. */
function timed(command, commandArgs, cwd) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...commandArgs], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) {
    throw new Error(
      `${command} ${commandArgs.join(' ')} failed (${result.status}):\n${result.stderr}`
    )
  }
  const last = result.stderr.trim().split('\n').at(-1)
  const [, kb, user, system] = last.split(' ').map(Number)
  return { wall, rssMB: kb / 1024, cpu: user + system, stdout: result.stdout }
}

/** Reads every file once so that neither tool pays for a cold page cache. */
function warm(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) readFileSync(join(entry.parentPath, entry.name))
  }
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}

// --- corpus -------------------------------------------------------------------------------------
let start = Date.now()
const corpus = await ensureCorpus(corpusRoot)
console.log(
  `corpus: ${corpus.names.length} files, ${mb(corpus.bytes)} MB in ${corpus.folder} (${((Date.now() - start) / 1000).toFixed(1)} s to prepare)`
)
rmSync(work, { recursive: true, force: true })
execFileSync('mkdir', ['-p', work])
warm(corpus.folder)

// --- the corpus package (the build itself is timed by `npm run bench -- build`) ------------------
const ourOut = join(work, 'corpus.mda')
timed(
  process.execPath,
  [cli, 'build', '--deployment-dir', corpus.folder, '--version', '1.0.0', '--out', ourOut],
  root
)

// --- inspect ------------------------------------------------------------------------------------
const packages = [{ label: 'corpus', file: ourOut }]
if (!skipLarge) {
  start = Date.now()
  const largeFolder = await ensureLargeFolder(corpusRoot, corpus, 1.05 * GiB)
  const largeOut = join(corpusRoot, 'large.mda')
  const stamp = `${largeOut}.from`
  if (!existsSync(largeOut) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== largeFolder) {
    timed(
      process.execPath,
      [cli, 'build', '--deployment-dir', largeFolder, '--version', '1.0.0', '--out', largeOut],
      root
    )
    execFileSync('sh', ['-c', `printf %s "$1" > "$2"`, 'sh', largeFolder, stamp])
  }
  console.log(
    `\nlarge package: ${largeOut} (${((Date.now() - start) / 1000).toFixed(1)} s to prepare)`
  )
  packages.push({ label: 'large', file: largeOut })
}
const expected = await corpusMetadata(corpus.folder)
const rows = []
const growth = []
for (const { label, file } of packages) {
  const probe = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', join(root, 'bench/inspect-probe.mjs'), file, String(rounds)],
      {
        env,
        encoding: 'utf8'
      }
    )
  )
  const unzipMs = []
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint()
    const result = spawnSync('unzip', ['-p', file, 'model/metadata.json'], { encoding: 'utf8' })
    unzipMs.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (JSON.parse(result.stdout).ProjectID !== expected.ProjectID)
      throw new Error('unzip -p read something else')
  }
  growth.push({ label, bytes: probe.size, mb: probe.rssGrowthMB })
  rows.push([
    `${label} (${mb(probe.size)} MB, ${probe.entries} entries)`,
    probe.medianMs.toFixed(1),
    probe.medianCpuMs.toFixed(1),
    probe.firstMs.toFixed(1),
    probe.rssGrowthMB.toFixed(1),
    probe.maxRssMB.toFixed(0),
    median(unzipMs).toFixed(1)
  ])
}
console.log(
  `\ninspect: median of ${rounds} in one process (after a first call that loads the command)`
)
console.log(
  table(
    [
      'package',
      'inspect ms',
      'CPU ms',
      'first call ms',
      'RSS growth MB',
      'max RSS MB',
      'unzip -p ms'
    ],
    rows
  )
)
if (growth.length === 2) {
  const [small, large] = growth
  console.log(
    `RSS growth ${small.mb.toFixed(1)} MB at ${mb(small.bytes)} MB, ${large.mb.toFixed(1)} MB at ${mb(large.bytes)} MB ` +
      `(${(large.bytes / small.bytes).toFixed(1)}× the bytes, the same entries): ` +
      `${large.mb <= small.mb * 1.5 + 2 ? 'does not grow with archive size' : 'GROWS with archive size'}`
  )
}
const worst = Math.max(...rows.map((r) => Number(r[1])))
console.log(
  `inspect ≤ 100 ms: ${worst <= 100 ? 'met' : 'MISSED'} (worst median ${worst.toFixed(1)} ms)`
)
