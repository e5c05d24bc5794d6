// Compiles src/ to plain JavaScript for the benchmarks with the TypeScript compiler that is
// already installed (transpile only, no type check: `npx tsc -p .` does that), so a benchmark
// runs the same code as the tests with no new dependency and without a bundle.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

const root = new URL('../..', import.meta.url).pathname

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else yield path
  }
}

/** Transpiles src/**.ts (and copies schema/) under `out`; returns the folder of the compiled src. */
export function compileSources(out) {
  for (const file of files(join(root, 'src'))) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue // declarations have no output
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true
      },
      fileName: file
    })
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  mkdirSync(join(out, 'schema'), { recursive: true })
  copyFileSync(join(root, 'schema/mxdeploy.schema.json'), join(out, 'schema/mxdeploy.schema.json'))
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  return join(out, 'src')
}
