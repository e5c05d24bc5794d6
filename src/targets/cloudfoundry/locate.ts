import { ConfigurationError } from '../../errors.js'
import { v3Url, type CfContext } from './context.js'
import type { CfApp, Named } from './resources.js'

/**
 * One resource by name from a filtered list. The `names` filter is case-insensitive, so the
 * exact spelling is preferred when the platform returns several.
 */
function byName<T extends Named>(found: T[], name: string): T | undefined {
  return found.find((item) => item.name === name) ?? found[0]
}

/**
 * The app of the configuration, found through its org and space. A missing org, space or app is
 * the user's to create, named with the cf command that does it; mxdeploy never creates them
 * (services such as the database are bound to the app by the team).
 */
export async function findApp(context: CfContext): Promise<CfApp> {
  const { config, http } = context
  const where = `environment ${context.environment}`
  const orgs = await http.list<Named>(
    v3Url(context, '/organizations', { names: config.org }),
    `looking up org ${config.org}`
  )
  const org = byName(orgs, config.org)
  if (!org) {
    throw new ConfigurationError(
      `${where}: org ${config.org} does not exist on ${config.api} or the Cloud Foundry user is not a member of it (cf orgs lists the orgs it sees)`
    )
  }
  const spaces = await http.list<Named>(
    v3Url(context, '/spaces', { names: config.space, organization_guids: org.guid }),
    `looking up space ${config.space} in org ${config.org}`
  )
  const space = byName(spaces, config.space)
  if (!space) {
    throw new ConfigurationError(
      `${where}: org ${config.org} has no space ${config.space} that the Cloud Foundry user can see (cf spaces lists them; an org manager adds the user with cf set-space-role <user> ${config.org} ${config.space} SpaceDeveloper)`
    )
  }
  const apps = await http.list<CfApp>(
    v3Url(context, '/apps', { names: config.app, space_guids: space.guid }),
    `looking up app ${config.app} in space ${config.space}`
  )
  const app = byName(apps, config.app)
  if (!app) {
    throw new ConfigurationError(
      `${where}: space ${config.space} of org ${config.org} has no app ${config.app}: create it with "cf target -o ${config.org} -s ${config.space} && cf create-app ${config.app} -b ${config.buildpack}", give it memory (cf scale ${config.app} -m 2G) and bind its database service (cf bind-service ${config.app} <service>); mxdeploy deploys to an app, it does not create one`
    )
  }
  if (app.lifecycle.type !== 'buildpack') {
    throw new ConfigurationError(
      `${where}: app ${config.app} has the ${app.lifecycle.type} lifecycle; the Mendix buildpack stages only buildpack apps: create the app with cf create-app ${config.app} --app-type buildpack`
    )
  }
  return app
}
