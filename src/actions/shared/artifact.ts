import { dirname } from 'node:path'
import {
  artifactFailure,
  requireArtifactRuntime,
  withArtifactClient
} from '../../repository/artifact/artifact-client.js'

/**
 * Uploads files as one workflow artifact. `@actions/artifact` is loaded only here: it adds
 * 150–270 ms to start-up, which actions that don't upload should not pay.
 */
export async function uploadFiles(
  name: string,
  files: string[],
  env: NodeJS.ProcessEnv
): Promise<{ id: number | undefined; size: number | undefined }> {
  requireArtifactRuntime(env, 'set upload-artifact to false')
  return withArtifactClient(env, 'stdout', async (lib) => {
    const client = new lib.DefaultArtifactClient()
    try {
      const result = await client.uploadArtifact(name, files, dirname(files[0]!), {})
      return { id: result.id, size: result.size }
    } catch (error) {
      throw artifactFailure(lib, error, `uploading artifact ${name}`)
    }
  })
}
