/** Where the stand-in serves each of GitHub's hosts, laid out as GitHub Enterprise Server does. */
export interface Urls {
  /** `GITHUB_SERVER_URL`: web pages and `browser_download_url`s. */
  server: string
  /** `GITHUB_API_URL`: the REST API (`/api/v3`, as on GHES). */
  api: string
  /** The uploads host for release assets (`/api/uploads`, as on GHES). */
  uploads: string
  /** Where asset downloads are redirected to, as GitHub redirects to its object storage. */
  storage: string
}

export function urlsFor(origin: string): Urls {
  return {
    server: origin,
    api: `${origin}/api/v3`,
    uploads: `${origin}/api/uploads`,
    storage: `${origin}/_storage`
  }
}

/** ISO time without milliseconds, the way GitHub writes it. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A global node id in the old `MDc6UmVsZWFzZTE=` style: opaque, stable, unique per object. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64')
}
