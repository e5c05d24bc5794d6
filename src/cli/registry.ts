import type { Command } from './command.js'

/**
 * Every command, loaded only when it runs, so `mxdeploy inspect` never pays for what
 * `mxdeploy publish` imports.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
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
  trace: {
    summary: 'list the user stories of a commit range, and the commits that name none',
    load: async () => (await import('./commands/trace.js')).traceCommand
  },
  pipeline: {
    summary: 'build, inspect and verify the app of mxdeploy.yml: the main job',
    load: async () => (await import('./commands/pipeline.js')).pipelineCommand
  }
}
