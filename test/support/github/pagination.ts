import type { ApiRequest } from './api-types.js'

export interface Page<T> {
  items: T[]
  /** `Link` (when there is more than one page), as GitHub sends it. */
  headers: Record<string, string>
}

/**
 * GitHub's page-number pagination: `per_page` (default 30, capped at `max`, 100 for most lists)
 * and `page`, with a `Link` header naming first/prev/next/last pages.
 */
export function paginate<T>(
  items: T[],
  request: ApiRequest,
  options: { perPage?: number; max?: number } = {}
): Page<T> {
  const max = options.max ?? 100
  const asked = Number(request.query.get('per_page') ?? options.perPage ?? 30)
  const perPage = Math.min(Math.max(Number.isFinite(asked) && asked > 0 ? asked : 30, 1), max)
  const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (target: number, rel: string) => {
    const url = new URL(request.url)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(target))
    return `<${url.href}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return { items: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} }
}
