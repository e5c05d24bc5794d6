// Times `mxdeploy inspect FILE --json` inside one process of the bundled CLI (dist/), from the
// start of the call to its result, and the process's memory around it. Prints one JSON line.
// Usage: node bench/inspect-probe.mjs FILE [ROUNDS]
import { readFileSync } from 'node:fs'
import { runCli } from '../dist/main/index.js'

const [file, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 3)
const MB = 1024 * 1024

/** Runs the CLI with stdout captured, so the JSON document is parsed rather than printed. */
async function inspect() {
  const write = process.stdout.write
  let output = ''
  process.stdout.write = (chunk) => {
    output += chunk
    return true
  }
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  let code
  try {
    code = await runCli(['inspect', file, '--json'])
  } finally {
    process.stdout.write = write
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(cpu)
  if (code !== 0) throw new Error(`inspect exited ${code}: ${output}`)
  return { ms, cpuMs: (used.user + used.system) / 1000, facts: JSON.parse(output) }
}

// The first call also loads the inspect command's chunk of the bundle.
const first = await inspect()
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
const times = []
const cpuTimes = []
let rssPeak = rssBefore
let facts
for (let i = 0; i < rounds; i++) {
  const run = await inspect()
  times.push(run.ms)
  cpuTimes.push(run.cpuMs)
  facts = run.facts
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
}
times.sort((a, b) => a - b)
cpuTimes.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    file,
    entries: facts.entries,
    size: facts.size,
    firstMs: first.ms,
    medianMs: times[Math.floor(times.length / 2)],
    medianCpuMs: cpuTimes[Math.floor(cpuTimes.length / 2)],
    rssBeforeMB: rssBefore / MB,
    rssGrowthMB: (rssPeak - rssBefore) / MB,
    // VmHWM, not getrusage's maxrss, which Linux carries over from the parent across exec.
    maxRssMB: Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024
  })
)
