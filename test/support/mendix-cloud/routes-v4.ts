import type { FakeApp, FakeEnvironment } from './model.js'
import { ok, type Call, type Reply, type Route } from './routing.js'

/** The v4 error object: `{ error: { code, message, invalid-params } }`. */
export function v4Error(code: number, message: string, reason?: string): Reply {
  return {
    status: code,
    body: {
      error: {
        code,
        message,
        'invalid-params': reason ? [{ name: 'Authentication', reason }] : []
      }
    }
  }
}

/** offset/limit as the v4 document defines them, with the pagination object it returns. */
function page<T>(
  call: Call,
  items: T[]
): { items: T[]; pagination: Record<string, number> } | Reply {
  const offset = Number(call.query.get('offset') ?? '0')
  const limit = Number(call.query.get('limit') ?? '20')
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) {
    return v4Error(400, 'Validation errors', 'offset and limit must be whole numbers')
  }
  const slice = items.slice(offset, offset + Math.min(limit, 100))
  return { items: slice, pagination: { offset, limit, size: slice.length } }
}

function appView(app: FakeApp): Record<string, unknown> {
  return {
    id: app.ProjectId,
    name: app.Name,
    licenseType: 'licensed',
    subdomain: app.AppId,
    technicalContact: { userId: 'tc@example.com', name: 'Technical Contact', status: 'active' },
    region: 'prod2-eu-central-1'
  }
}

function environmentView(
  app: FakeApp,
  env: FakeEnvironment,
  expand: boolean
): Record<string, unknown> {
  const pkg = app.packages.find((p) => p.PackageId === env.packageId)
  return {
    id: env.EnvironmentId,
    appId: app.ProjectId,
    name: env.Mode,
    state:
      env.Status === 'Empty' ? 'notdeployed' : env.Status === 'Running' ? 'running' : 'stopped',
    isProduction: env.Production,
    url: env.Url,
    planName: 'S21-STANDARD',
    ...(expand && pkg
      ? {
          package: {
            id: pkg.PackageId,
            appId: app.ProjectId,
            modelVersion: pkg.metadata?.modelVersion ?? pkg.Version,
            runtimeVersion: pkg.metadata?.runtimeVersion ?? '',
            createdOn: new Date(pkg.CreationDate).toISOString(),
            fileName: pkg.Name,
            fileSize: pkg.Size
          }
        }
      : {})
  }
}

/** Deploy API v4: apps and environments, as its OpenAPI description gives them. */
export const v4Routes: Route[] = [
  {
    name: 'v4-apps',
    method: 'GET',
    pattern: /^\/api\/v4\/apps$/,
    auth: 'pat',
    handler: (call) => {
      const found = page(call, call.state.apps)
      if ('status' in found) return found
      return ok({ apps: found.items.map(appView), pagination: found.pagination })
    }
  },
  {
    name: 'v4-environments',
    method: 'GET',
    pattern: /^\/api\/v4\/apps\/([^/]+)\/environments$/,
    auth: 'pat',
    handler: (call, [appId]) => {
      const expand = call.query.get('expand')
      if (expand !== null && expand !== 'package') {
        return v4Error(400, 'Validation errors', `Value '${expand}' of 'expand' is not supported`)
      }
      const app = call.state.apps.find((a) => a.ProjectId === appId)
      if (!app) return v4Error(404, 'Application not found')
      const found = page(call, app.environments)
      if ('status' in found) return found
      return ok({
        environments: found.items.map((env) => environmentView(app, env, expand === 'package')),
        pagination: found.pagination
      })
    }
  }
]
