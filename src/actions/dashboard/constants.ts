/** Names of the dashboard action's inputs and outputs, as action.yml declares them. */
export const Inputs = {
  Out: 'out',
  Config: 'config',
  Repository: 'repository',
  GitHubToken: 'github-token'
} as const

export const Outputs = {
  SiteDir: 'site-dir',
  Page: 'page'
} as const
