// `npm run bench`: every benchmark of mxdeploy, one after another, each against its reference
// run side by side (Info-ZIP, unzip, cp, curl, git log). `npm run bench -- package trace` runs some.
// They use the bundled CLI in dist/ (committed; `npm run package` rebuilds it), GNU time, zip,
// unzip, curl and Debian's docker-registry.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BENCHMARKS = {
  package: ['bench/package.mjs', 'build vs zip -r -6 -X; inspect of a ≥ 1 GiB MDA vs unzip -p'],
  'file-repository': [
    'bench/repository/file-repository.mjs',
    'publish/download 1 GiB to file: vs cp'
  ],
  oci: ['bench/oci/run.mjs', 'publish/download 1 GiB to a loopback registry vs curl'],
  trace: ['bench/trace/story-extraction.mjs', 'stories of 100,000 commits vs git log']
}

const root = fileURLToPath(new URL('..', import.meta.url))
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const unknown = wanted.filter((name) => !(name in BENCHMARKS))
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; they are: ${Object.keys(BENCHMARKS).join(', ')}`
  )
  process.exit(2)
}
let failed = 0
for (const [name, [script, what]] of Object.entries(BENCHMARKS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue
  console.log(`\n=== ${name}: ${what}`)
  const result = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
