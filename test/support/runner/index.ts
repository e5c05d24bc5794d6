/** The runner harness: run a bundled action as the Actions runner does. See docs/harness.md. */
export { runAction, type ActionRun, type RunActionOptions } from './run-action.js'
export { loadActionMetadata, actionFile, inputEnvName, REPO_ROOT } from './action-metadata.js'
export { githubContext, UNREACHABLE_API_URL, type GitHubRunContext } from './runner-context.js'
export {
  parseWorkflowCommands,
  parseCommandLine,
  type Annotation,
  type WorkflowCommand
} from './workflow-commands.js'
export { parseKeyValueFile, parsePathFile, FileCommandError } from './file-commands.js'
