import { ConfigurationError } from '../../errors.js'
import { modePath, v1Url, type ApiContext } from './api-context.js'

/** Deploy API v1 "Retrieve App". */
export interface V1App {
  AppId: string
  ProjectId: string
  Name: string
  Url: string
}

/** Deploy API v1 "Retrieve Environment(s)". */
export interface V1Environment {
  /** Empty, Stopped or Running. */
  Status: string
  EnvironmentId: string
  Url: string
  /** Test, Acceptance, Production or a flexible environment's name. */
  Mode: string
  ModelVersion: string | null
  MendixVersion: string | null
  Production: boolean
}

/** Deploy API v1 "Retrieve Environment Package" and the Build API's "Retrieve Packages". */
export interface V1Package {
  PackageId: string
  Name: string
  Description?: string | null
  Version: string
  Creator?: string
  CreationDate?: number
  /** Succeeded, Queued, Building, Uploading or Failed. */
  Status: string
  Size: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The app: its ProjectId is what the Backups API v2 names it by. */
export function getApp(context: ApiContext): Promise<V1App> {
  return context.http.json<V1App>({
    method: 'GET',
    url: v1Url(context),
    what: `reading app ${context.appId}`
  })
}

/** Every environment of the app. */
export function listEnvironments(context: ApiContext): Promise<V1Environment[]> {
  return context.http.json<V1Environment[]>({
    method: 'GET',
    url: v1Url(context, '/environments'),
    what: `listing the environments of app ${context.appId}`
  })
}

/** One environment by its Mode. */
export function getEnvironment(context: ApiContext, mode: string): Promise<V1Environment> {
  return context.http.json<V1Environment>({
    method: 'GET',
    url: v1Url(context, modePath(mode)),
    what: `reading environment ${mode} of app ${context.appId}`
  })
}

/**
 * The environment a target names: by Mode (any case, as people write `acceptance`) or by its
 * environment ID. A ConfigurationError lists the environments there are.
 */
export async function resolveEnvironment(
  context: ApiContext,
  wanted: string
): Promise<V1Environment> {
  const environments = await listEnvironments(context)
  const found = UUID.test(wanted)
    ? environments.find((env) => env.EnvironmentId.toLowerCase() === wanted.toLowerCase())
    : (environments.find((env) => env.Mode === wanted) ??
      environments.find((env) => env.Mode.toLowerCase() === wanted.toLowerCase()))
  if (!found) {
    const known = environments.map((env) => env.Mode).join(', ') || '(none)'
    throw new ConfigurationError(
      `app ${context.appId} has no Mendix Cloud environment "${wanted}"; its environments are: ${known} (set environment: in the target to one of them)`
    )
  }
  return found
}

/** The package transported to the environment, or undefined when there is none. */
export async function deployedPackage(
  context: ApiContext,
  mode: string
): Promise<V1Package | undefined> {
  const response = await context.http.send({
    method: 'GET',
    url: v1Url(context, `${modePath(mode)}/package`),
    what: `reading the package of ${mode}`,
    accept: [404]
  })
  return response.status === 404 ? undefined : (response.body as V1Package)
}

/** Every deployment package of the app (Build API). */
export function listPackages(context: ApiContext): Promise<V1Package[]> {
  return context.http.json<V1Package[]>({
    method: 'GET',
    url: v1Url(context, '/packages'),
    what: `listing the packages of app ${context.appId}`
  })
}
