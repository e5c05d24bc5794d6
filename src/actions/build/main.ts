import { failStep, setOutputEarly } from '../shared/runner-commands.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'

// The engine (packing, config schema, GitHub and artifact clients, @actions/core itself) loads
// once the inputs are read: a step with a wrong input fails without paying for code it never runs.
async function engine() {
  const [core, logger, build, access, sha256, artifact, config, installer] = await Promise.all([
    import('@actions/core'),
    import('../shared/logger.js'),
    import('../../app/build.js'),
    import('../../github/access.js'),
    import('../../mda/sha256-file.js'),
    import('../shared/artifact.js'),
    import('../shared/config.js'),
    import('./tool-cache-installer.js')
  ])
  return {
    core,
    actionLogger: logger.actionLogger,
    buildApp: build.buildApp,
    githubAccess: access.githubAccess,
    sidecarPath: sha256.sidecarPath,
    uploadFiles: artifact.uploadFiles,
    actionWorkspace: config.actionWorkspace,
    optionalConfig: config.optionalConfig,
    toolCacheInstaller: installer.toolCacheInstaller
  }
}

/** The build action: inputs → MDA (+ .sha256) → outputs, artifact and job summary. */
export async function run(): Promise<void> {
  setOutputEarly(Outputs.ArtifactId, '')
  try {
    const inputs = getInputs()
    const {
      core,
      actionLogger,
      buildApp,
      githubAccess,
      sidecarPath,
      uploadFiles,
      actionWorkspace,
      optionalConfig,
      toolCacheInstaller
    } = await engine()
    const workspace = actionWorkspace()
    const result = await buildApp({
      face: 'action',
      cwd: workspace,
      env: process.env,
      github: githubAccess(process.env, inputs.githubToken),
      log: actionLogger,
      config: await optionalConfig(workspace, inputs.config),
      project: inputs.project,
      deploymentDir: inputs.deploymentDir,
      version: inputs.version || undefined,
      buildNumber: inputs.buildNumber,
      out: inputs.output,
      app: inputs.app,
      repository: inputs.repository,
      // .mpr builds keep MxBuild in the runner's tool cache; the JDK comes from JAVA_HOME (setup-java).
      mxbuild: { installer: toolCacheInstaller }
    })
    core.setOutput(Outputs.MdaPath, result.path)
    core.setOutput(Outputs.PackageVersion, result.version)
    core.setOutput(Outputs.Sha256, result.sha256)
    core.setOutput(Outputs.RuntimeVersion, result.metadata.runtimeVersion)
    core.setOutput(Outputs.Stories, JSON.stringify(result.manifest.stories))
    core.info(`built ${result.path} (${result.entries} entries, sha256 ${result.sha256})`)
    if (inputs.uploadArtifact) {
      const artifact = await uploadFiles(
        inputs.artifactName,
        [result.path, sidecarPath(result.path)],
        process.env
      )
      core.setOutput(Outputs.ArtifactId, String(artifact.id ?? ''))
      core.info(`uploaded artifact ${inputs.artifactName} (id ${artifact.id ?? 'unknown'})`)
    }
    core.summary.addHeading(`Package ${result.manifest.app} ${result.version}`, 3).addTable([
      [
        { data: 'Fact', header: true },
        { data: 'Value', header: true }
      ],
      ['Version', result.version],
      ['Runtime', result.metadata.runtimeVersion],
      ['SHA-256', `<code>${result.sha256}</code>`],
      ['Size', `${result.size} bytes, ${result.entries} entries`],
      ['Commit', result.manifest.commit ?? 'unknown'],
      ['Constants', String(result.metadata.constants.length)],
      ['Scheduled events', String(result.metadata.scheduledEvents.length)]
    ])
    await core.summary.write()
  } catch (error) {
    failStep(error)
  }
}
