import type { UserRecord } from '../state/records.js'
import { nodeId, type Urls } from '../urls.js'

/** GitHub's `simple-user` for a user or bot. */
export function simpleUser(urls: Urls, user: UserRecord): Record<string, unknown> {
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `${urls.server}/avatars/u/${user.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.server}/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false
  }
}
