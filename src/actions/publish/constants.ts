/** Names of the publish action's inputs and outputs, as action.yml declares them. */
export const Inputs = {
  MdaPath: 'mda-path',
  ArtifactName: 'artifact-name',
  Repository: 'repository',
  GitHubToken: 'github-token',
  Config: 'config',
  App: 'app',
  Version: 'version'
} as const

export const Outputs = {
  PackageId: 'package-id',
  PackageUrl: 'package-url',
  Sha256: 'sha256',
  PackageVersion: 'package-version'
} as const
