import type { Command } from './command.js'

/**
 * Every command, loaded only when it runs, so `mxdeploy inspect` never pays for what
 * `mxdeploy publish` imports.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  init: {
    summary: "scaffold an app's repository: mxdeploy.yml, a workflow, and the GitHub set-up",
    load: async () => (await import('./commands/init.js')).initCommand
  },
  build: {
    summary: 'build an MDA from a deployment folder or a .mpr (MxBuild)',
    load: async () => (await import('./commands/build.js')).buildCommand
  },
  inspect: {
    summary: "show a package's versions, constants, events and manifest",
    load: async () => (await import('./commands/inspect.js')).inspectCommand
  },
  verify: {
    summary: "check a package's integrity and safety",
    load: async () => (await import('./commands/verify.js')).verifyCommand
  },
  publish: {
    summary: 'put a package into the package repository (never overwrites)',
    load: async () => (await import('./commands/publish.js')).publishCommand
  },
  packages: {
    summary: "list the app's packages, or prune old ones",
    load: async () => (await import('./commands/packages.js')).packagesCommand
  },
  stage: {
    summary: 'deploy a published package to one environment after every check',
    load: async () => (await import('./commands/stage.js')).stageCommand
  },
  activity: {
    summary: 'show the activity log of every environment',
    load: async () => (await import('./commands/activity.js')).activityCommand
  },
  mfa: {
    summary: 'mfa enroll: a new TOTP secret for a user, its otpauth:// URI and QR code',
    load: async () => (await import('./commands/mfa.js')).mfaCommand
  },
  environments: {
    summary: "list a Mendix Cloud app's environments: status, model and runtime version",
    load: async () => (await import('./commands/environments.js')).environmentsCommand
  },
  start: {
    summary: 'start an environment and wait until it runs (recorded in the activity log)',
    load: async () => (await import('./commands/operate.js')).startCommand
  },
  stop: {
    summary: 'stop an environment and wait until it has stopped (recorded in the activity log)',
    load: async () => (await import('./commands/operate.js')).stopCommand
  },
  restart: {
    summary: 'stop, then start an environment (recorded in the activity log)',
    load: async () => (await import('./commands/operate.js')).restartCommand
  },
  image: {
    summary: 'build the app image of a package and push it to a registry, without deploying',
    load: async () => (await import('./commands/image.js')).imageCommand
  },
  trace: {
    summary: 'list the user stories of a commit range, and the commits that name none',
    load: async () => (await import('./commands/trace.js')).traceCommand
  },
  dashboard: {
    summary: 'write a static dashboard: environments, promotions, history, stories, DORA charts',
    load: async () => (await import('./commands/dashboard.js')).dashboardCommand
  },
  pipeline: {
    summary: 'build → publish → stage through every environment in order: the main job',
    load: async () => (await import('./commands/pipeline.js')).pipelineCommand
  }
}
