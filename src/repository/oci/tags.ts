import { OperationError } from '../../errors.js'
import { errorDetail, unexpected, type RegistryClient } from './registry-client.js'

/** Tags asked for per page; registries may give fewer, or ignore it and give all. */
export const DEFAULT_PAGE_SIZE = 100
/** A registry that keeps sending `next` links is stopped well before it exhausts memory. */
const MAX_PAGES = 10_000

/** The `rel="next"` target of a Link header (RFC 8288), if any. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part)
    if (match && /;\s*rel\s*=\s*"?next"?(?:\s|;|$)/i.test(match[2]!)) return match[1]
  }
  return undefined
}

/**
 * Every tag of the repository (distribution-spec "Listing Tags"), following `Link: <…>;
 * rel="next"` pages. A repository that does not exist yet has no tags.
 */
export async function listTags(
  client: RegistryClient,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<string[]> {
  const tags: string[] = []
  let url: URL | undefined = client.url(`tags/list?n=${pageSize}`)
  const seen = new Set<string>()
  while (url) {
    if (seen.has(url.href) || seen.size >= MAX_PAGES) {
      throw new OperationError(
        `registry ${client.ref.host} sent the tag list of ${client.ref.repository} in pages that never end (${url.href})`
      )
    }
    seen.add(url.href)
    const res = await client.request({ method: 'GET', path: url, actions: 'pull' })
    if (res.status === 404) {
      const detail = await errorDetail(res)
      // NAME_UNKNOWN on the first page: nothing was ever pushed to the repository.
      if (seen.size === 1) return []
      throw new OperationError(
        `registry ${client.ref.host} has no tag list for ${client.ref.repository}${detail}`
      )
    }
    if (res.status !== 200) throw await unexpected(client, res, 'GET of the tag list')
    let body: { tags?: unknown }
    try {
      body = JSON.parse(await res.text()) as { tags?: unknown }
    } catch {
      throw new OperationError(
        `registry ${client.ref.host} sent a tag list of ${client.ref.repository} that is not JSON`
      )
    }
    // `tags` is null for a repository without tags on some registries.
    if (Array.isArray(body.tags)) {
      for (const tag of body.tags) if (typeof tag === 'string') tags.push(tag)
    }
    const next = nextLink(
      Array.isArray(res.headers.link) ? res.headers.link.join(', ') : res.headers.link
    )
    url = next ? new URL(next, url) : undefined
  }
  return tags
}
