import type { Route } from '../api-types.js'
import { actionsRoutes } from './actions.js'
import { assetRoutes } from './assets.js'
import { commentRoutes } from './comments.js'
import { commitRoutes } from './commits.js'
import { deploymentRoutes } from './deployments.js'
import { environmentRoutes } from './environments.js'
import { gitRoutes } from './git.js'
import { releaseRoutes } from './releases.js'
import { repoRoutes } from './repos.js'

/** Every operation the stand-in implements. Add new ones here. */
export const allRoutes: Route[] = [
  ...repoRoutes,
  ...releaseRoutes,
  ...assetRoutes,
  ...gitRoutes,
  ...deploymentRoutes,
  ...environmentRoutes,
  ...actionsRoutes,
  ...commitRoutes,
  ...commentRoutes
]
