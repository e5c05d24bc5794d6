import { dirname } from 'node:path'
import { ConfigurationError } from '../../errors.js'

/**
 * Uploads files as one workflow artifact. `@actions/artifact` is loaded only here: it adds
 * 150–270 ms to start-up, which actions that don't upload should not pay.
 */
export async function uploadFiles(
  name: string,
  files: string[],
  env: NodeJS.ProcessEnv
): Promise<{ id: number | undefined; size: number | undefined }> {
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
    throw new ConfigurationError(
      'upload-artifact is true, but this is not a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): set upload-artifact to false'
    )
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const root = dirname(files[0]!)
  const result = await client.uploadArtifact(name, files, root, {})
  return { id: result.id, size: result.size }
}
