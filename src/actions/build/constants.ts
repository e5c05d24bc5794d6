/** Names of the build action's inputs and outputs, as action.yml declares them. */
export const Inputs = {
  Project: 'project',
  DeploymentDir: 'deployment-dir',
  Version: 'version',
  BuildNumber: 'build-number',
  Output: 'output',
  App: 'app',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  Config: 'config',
  Repository: 'repository',
  GitHubToken: 'github-token'
} as const

export const Outputs = {
  MdaPath: 'mda-path',
  PackageVersion: 'package-version',
  Sha256: 'sha256',
  RuntimeVersion: 'runtime-version',
  ArtifactId: 'artifact-id',
  Stories: 'stories'
} as const
