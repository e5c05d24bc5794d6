import * as core from '@actions/core'
import { githubAccess } from '../../github/access.js'
import { actionWorkspace, optionalConfig } from '../shared/config.js'
import { publishPackage } from '../../repository/publish-package.js'
import { actionLogger } from '../shared/logger.js'
import { failStep } from '../shared/runner-commands.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { packageAtPath, packageFromArtifact } from './package-source.js'
import { publishSummary } from './summary.js'
import { jobRepository } from '../shared/job.js'

/** The publish action: an MDA (a path or the build job's artifact) → the package repository. */
export async function run(): Promise<void> {
  for (const output of Object.values(Outputs)) core.setOutput(output, '')
  try {
    const inputs = getInputs()
    const cwd = actionWorkspace()
    const github = githubAccess(process.env, inputs.githubToken)
    const config = await optionalConfig(cwd, inputs.config)
    const repository = await jobRepository(inputs.repository, config, github, cwd)
    const source =
      'path' in inputs.source
        ? packageAtPath(cwd, inputs.source.path)
        : await packageFromArtifact(inputs.source.artifact, process.env, actionLogger)
    try {
      const result = await publishPackage(repository, source.file, {
        app: inputs.app ?? config?.app,
        version: inputs.version,
        env: process.env,
        log: actionLogger
      })
      const { record } = result
      core.setOutput(Outputs.PackageId, `${record.app}@${record.version}`)
      core.setOutput(Outputs.PackageUrl, record.url)
      core.setOutput(Outputs.Sha256, record.sha256)
      core.setOutput(Outputs.PackageVersion, record.version)
      core.summary.addRaw(
        publishSummary(result, repository.uri, {
          server: github.serverUrl,
          repository: github.repository
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
