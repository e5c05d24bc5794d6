/**
 * A stand-in for GitHub's REST API, uploads host and Actions OIDC provider, checked against
 * GitHub's own OpenAPI description. See docs/github-standin.md.
 */
export { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from './stand-in.js'
export { useGitHubStandIn } from './vitest.js'
export type { Fault, FaultRule, InjectedFault } from './faults.js'
export type { Permission, Permissions, Scope, TokenOptions } from './auth.js'
export type { RecordedCall } from './dispatch.js'
export type { TokenOptions as OidcTokenOptions } from './oidc.js'
export {
  ApiError,
  type ApiRequest,
  type ApiResponse,
  type HandlerContext,
  type Route
} from './api-types.js'
export { STORAGE_ROUTE, ID_TOKEN_ROUTE } from './other-routes.js'
export type { RepoState } from './state/repo.js'
export type * from './state/records.js'
