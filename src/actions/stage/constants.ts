/** Names of the stage action's inputs and outputs, as action.yml declares them. */
export const Inputs = {
  Environment: 'environment',
  Package: 'package',
  Config: 'config',
  Repository: 'repository',
  GitHubToken: 'github-token',
  Redeploy: 'redeploy',
  Rollback: 'rollback',
  Otp: 'otp',
  CheckRunId: 'check-run-id'
} as const

export const Outputs = {
  DeploymentId: 'deployment-id',
  EnvironmentUrl: 'environment-url',
  PackageVersion: 'package-version',
  Sha256: 'sha256',
  Changed: 'changed',
  Stories: 'stories',
  ImageRef: 'image-ref'
} as const
