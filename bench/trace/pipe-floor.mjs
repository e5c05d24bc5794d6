// The least a Node process that traces through `git log` can take: start, run git log with the
// arguments trace gives it, read its output from the pipe and drop it. bench/all.mjs times it
// beside the trace row (a secondary figure): what is left of trace's time above it is trace's
// own work (resolving revisions, parsing, finding stories, writing JSON).
import { spawn } from 'node:child_process'

const [from, to] = process.argv.slice(2)
const child = spawn(
  'git',
  [
    '-c',
    'log.showSignature=false',
    '-c',
    'i18n.logOutputEncoding=UTF-8',
    'log',
    '-z',
    '--no-color',
    '--format=%H %P%n%B',
    to,
    `^${from}`,
    '--'
  ],
  { env: { ...process.env, GIT_FLUSH: '0' }, stdio: ['ignore', 'pipe', 'inherit'] }
)
let bytes = 0
child.stdout.on('data', (chunk) => (bytes += chunk.length))
child.on('close', (code) => {
  if (code !== 0 || bytes === 0) process.exit(1)
})
