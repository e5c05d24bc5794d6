import type { Route } from '../api-types.js'
import { fullRepository } from '../render/repository.js'
import { json, repoOf } from './common.js'

export const repoRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}',
    permission: 'metadata:read',
    handle(request, context) {
      return json(200, fullRepository(context.urls, repoOf(request, context)))
    }
  }
]
