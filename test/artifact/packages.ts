import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildPackage } from '../../src/build/build-package.js'
import { silentLogger } from '../../src/log.js'
import { copyExample } from '../support/example-app.js'

/** Builds the example app as `version` (four-part); `variant` changes its bytes. */
export async function buildExample(
  version: string,
  variant = '',
  app?: string
): Promise<{ dir: string; path: string; sha256: string; app: string }> {
  const dir = await copyExample()
  if (variant) await writeFile(join(dir, 'deployment', 'web', 'variant.txt'), variant)
  const built = await buildPackage({
    deploymentDir: join(dir, 'deployment'),
    version,
    cwd: dir,
    env: {},
    log: silentLogger,
    ...(app ? { app } : {})
  })
  return { dir, path: built.path, sha256: built.sha256, app: built.manifest.app }
}
