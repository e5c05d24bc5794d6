// mxdeploy build of the generated deployment folder (bench/corpus.mjs: 15,001 files, 256 MB,
// a 128 MB package) against Info-ZIP's `zip -r -6 -X` of the same model/ and web/.
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ensureCorpus } from '../corpus.mjs'

export const goal = { ratio: 0.6, rssMB: 200 }

/** Reads every file once so that neither tool pays for a cold page cache. */
function warm(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) readFileSync(join(entry.parentPath, entry.name))
  }
}

export async function prepare({ corpusRoot, cli }) {
  const corpus = await ensureCorpus(corpusRoot)
  const out = join(corpusRoot, 'out')
  mkdirSync(out, { recursive: true })
  warm(corpus.folder)
  const ours = join(out, 'corpus.mda')
  const zip = join(out, 'info-zip.zip')
  return {
    key: 'build',
    work: `build, ${corpus.names.length} files, ${(corpus.bytes / 1e6).toFixed(0)} MB folder`,
    referenceLabel: 'zip -r -6 -X',
    goal,
    heavy: true,
    corpus,
    out: ours,
    ours: {
      command: process.execPath,
      args: [cli, 'build', '--deployment-dir', corpus.folder, '--version', '1.0.0', '--out', ours],
      cwd: corpusRoot
    },
    reference: {
      command: 'zip',
      args: ['-q', '-r', '-6', '-X', zip, 'model', 'web'],
      cwd: corpus.folder
    },
    reset: () => {
      rmSync(ours, { force: true })
      rmSync(`${ours}.sha256`, { force: true })
      rmSync(zip, { force: true })
    }
  }
}
