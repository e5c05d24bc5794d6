import * as core from '@actions/core'
import { openRepository } from '../../repository/open-repository.js'
import { publishPackage } from '../../repository/publish-package.js'
import { actionLogger, failStep } from '../shared/logger.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { packageAtPath, packageFromArtifact } from './package-source.js'
import { optionalConfig, repositoryUri } from './settings.js'
import { publishSummary } from './summary.js'

/** The publish action: an MDA (a path or the build job's artifact) → the package repository. */
export async function run(): Promise<void> {
  for (const output of Object.values(Outputs)) core.setOutput(output, '')
  try {
    const inputs = getInputs()
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    const cwd = process.env['GITHUB_WORKSPACE'] || process.cwd()
    // The input wins over a GITHUB_TOKEN the workflow may have put in the step's env.
    const env = inputs.githubToken
      ? { ...process.env, GITHUB_TOKEN: inputs.githubToken }
      : process.env
    const config = await optionalConfig(cwd, inputs.config)
    const uri = repositoryUri(inputs.repository, config, actionLogger)
    const repository = await openRepository(uri, {
      cwd,
      env,
      storyPatterns: config?.traceability.patterns,
      log: actionLogger
    })
    const source =
      'path' in inputs.source
        ? packageAtPath(cwd, inputs.source.path)
        : await packageFromArtifact(inputs.source.artifact, env, actionLogger)
    try {
      const result = await publishPackage(repository, source.file, {
        app: config?.app,
        env,
        log: actionLogger
      })
      const { record } = result
      core.setOutput(Outputs.PackageId, `${record.app}@${record.version}`)
      core.setOutput(Outputs.PackageUrl, record.url)
      core.setOutput(Outputs.Sha256, record.sha256)
      core.setOutput(Outputs.PackageVersion, record.version)
      core.summary.addRaw(
        publishSummary(result, repository.uri, {
          server: env['GITHUB_SERVER_URL'],
          repository: env['GITHUB_REPOSITORY']
        })
      )
      await core.summary.write()
    } finally {
      await source.cleanup()
    }
  } catch (error) {
    failStep(error)
  }
}
