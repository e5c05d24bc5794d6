// Compiles the OCI benchmark (bench/oci/*.ts and what it imports) with tsc, then runs it:
//   node bench/oci/run.mjs            1 GiB, 2 rounds
//   BENCH_OCI_SIZE_MIB=64 BENCH_OCI_ROUNDS=1 node bench/oci/run.mjs   a quick look
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const out = join(root, 'bench', '.corpus', 'oci-build')
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(here, 'tsconfig.json')],
  { stdio: 'inherit' }
)
execFileSync(process.execPath, [join(out, 'bench', 'oci', 'main.js')], { stdio: 'inherit' })
