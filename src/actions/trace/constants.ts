/** Names of the trace action's inputs and outputs, as action.yml declares them. */
export const Inputs = {
  From: 'from',
  To: 'to',
  RequireStory: 'require-story',
  Config: 'config',
  GitHubToken: 'github-token'
} as const

export const Outputs = {
  Stories: 'stories',
  Commits: 'commits',
  CommitsWithoutStory: 'commits-without-story'
} as const
