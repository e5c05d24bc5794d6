// `npm run bench`: what users run, timed as whole processes against a reference process, in
// rounds that alternate the two, medians; one table at the end (wall, peak RSS, ratio, goal).
// `npm run bench -- trace build` runs some; `--rounds N` (default 5) for the short ones and
// `--heavy-rounds N` (default 3) for build, stage and the 1 GiB transfers; `--markdown` prints the
// table as markdown too (docs/benchmarks.md). The CLI and the actions are the bundle in dist/
// (`npm run package` rebuilds it). Needs GNU time, zip, unzip, curl, git, docker-registry.
import { existsSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildSplit } from './build-split.mjs'
import { interleave, markdownTable, textTable } from './measure.mjs'
import * as actionStart from './cases/action-start.mjs'
import * as build from './cases/build.mjs'
import * as fileRepository from './cases/file-repository.mjs'
import * as oci from './cases/oci.mjs'
import * as stage from './cases/stage.mjs'
import * as stageM2ee from './cases/stage-m2ee.mjs'
import * as trace from './cases/trace.mjs'

const { values, positionals } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'heavy-rounds': { type: 'string', default: '3' },
    markdown: { type: 'boolean' },
    // Another checkout whose bin/ and dist/ are timed (a "before" table from main's bundle).
    checkout: { type: 'string' },
    json: { type: 'boolean' },
    // Keep NODE_EXTRA_CA_CERTS in the environment of what is timed (see cleanEnv).
    'keep-ca-certs': { type: 'boolean' }
  },
  allowPositionals: true
})
const NAMES = ['action-start', 'trace', 'build', 'stage', 'm2ee', 'file', 'oci']
// The names the benchmarks had before they were one table.
const OLD_NAMES = { package: 'build', 'file-repository': 'file' }
const names = positionals.map((name) => OLD_NAMES[name] ?? name)
const unknown = names.filter((name) => !NAMES.includes(name))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; they are: ${NAMES.join(', ')}`)
  process.exit(2)
}
const wanted = (name) => names.length === 0 || names.includes(name)
const light = Number(values.rounds)
const heavy = Number(values['heavy-rounds'])
const root = fileURLToPath(new URL('..', import.meta.url))
const corpusRoot = join(root, 'bench/.corpus')
const timed = values.checkout ?? root
const cli = join(timed, 'bin/mxdeploy.js')
if (!existsSync(join(timed, 'dist/main/index.js'))) {
  console.error('dist/ is missing: run `npm run package` first')
  process.exit(2)
}
const log = (line) => process.stderr.write(`${line}\n`)
const context = { root: timed, corpusRoot, cli }

const results = []
const notes = []
async function run(made) {
  for (const bench of [made].flat()) {
    const rounds = bench.heavy ? heavy : light
    log(`${bench.work}: ${bench.referenceLabel} as the reference, ${rounds} rounds`)
    await bench.before?.()
    // One untimed run of each first: page cache, and the first run's one-off costs.
    bench.reset?.()
    interleave({ rounds: 1, ours: bench.ours, reference: bench.reference, reset: bench.reset })
    const outcome = interleave({ rounds, ...bench, log })
    bench.after?.()
    results.push({ bench, outcome, rounds })
  }
}

// The build corpus first: making it clears bench/.corpus of anything older.
let corpus
if (wanted('build') || wanted('stage') || wanted('m2ee')) {
  const made = await build.prepare(context)
  corpus = made.corpus
  if (wanted('build')) {
    await run(made)
    const split = await buildSplit(corpus)
    notes.push(
      `build, in-process split of the same work (secondary; one thread unless said): read ${split.read.toFixed(2)} s, ` +
        `CRC-32 ${split.crc.toFixed(2)} s, deflate level 6 ${split.deflate.toFixed(2)} s on one thread and ` +
        `${split.deflateParallel.toFixed(2)} s on ${split.threads} (thread pool), write ${split.write.toFixed(2)} s ` +
        `(${(split.outBytes / 1e6).toFixed(0)} MB); package ${(statSync(made.out).size / 1e6).toFixed(1)} MB`
    )
  }
}
if (wanted('action-start')) await run(await actionStart.prepare(context))
if (wanted('trace')) {
  const made = await trace.prepare(context)
  await run(made)
  // The floor under the trace row: git log read by a Node process that does nothing with it.
  const floor = interleave({ rounds: light, ours: made.floor, reference: made.reference, log })
  notes.push(
    `trace, floor (secondary): a Node process that only reads the same git log from a pipe takes ` +
      `${floor.ours.wall.toFixed(3)} s against git log's ${floor.reference.wall.toFixed(3)} s to /dev/null ` +
      `(${(floor.ours.wall / floor.reference.wall).toFixed(2)}×; per round ${floor.ratios.map((r) => r.toFixed(2)).join(' ')})`
  )
}
// `stage` runs both stage rows; `m2ee` only the m2ee one, which stages the local row's package.
if (wanted('stage') || wanted('m2ee')) {
  const local = await stage.prepare({ ...context, corpus })
  if (wanted('stage')) await run(local)
  await run(await stageM2ee.prepare({ ...context, local }))
}
if (wanted('file') || wanted('oci')) {
  const [publish, download] = await fileRepository.prepare(context)
  if (wanted('file')) await run([publish, download])
  if (wanted('oci'))
    await run(await oci.prepare({ ...context, mda: publish.mda, config: publish.config }))
}

const header = [
  'work',
  'mxdeploy s',
  'reference',
  'reference s',
  'ratio',
  'per round',
  'peak RSS MB',
  'goal',
  'met'
]
const rows = results.map(({ bench, outcome }) => {
  const ratio = outcome.ours.wall / outcome.reference.wall
  const rssGoal = bench.goal.rssMB
  const met =
    ratio <= bench.goal.ratio && (rssGoal === undefined || outcome.ours.peakRssMB <= rssGoal)
  return [
    bench.work,
    outcome.ours.wall.toFixed(3),
    bench.referenceLabel,
    outcome.reference.wall.toFixed(3),
    `${ratio.toFixed(2)}×`,
    outcome.ratios.map((r) => r.toFixed(2)).join(' '),
    outcome.ours.peakRssMB.toFixed(0),
    `≤ ${bench.goal.ratio}×${rssGoal ? `, ≤ ${rssGoal} MB` : ''}`,
    met ? 'yes' : 'NO'
  ]
})
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')} at the end`
console.log(
  `\nmedians of ${light} rounds (${heavy} for build, stage and 1 GiB), interleaved; ${machine}`
)
console.log(textTable(header, rows))
for (const note of notes) console.log(note)
if (values.markdown) console.log(`\n${markdownTable(header, rows)}`)
if (values.json) {
  console.log(
    JSON.stringify(
      results.map(({ bench, outcome }) => ({ key: bench.key, ...outcome, runs: undefined })),
      null,
      2
    )
  )
}
