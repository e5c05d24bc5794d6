import { ConfigurationError } from '../../errors.js'
import { imageName } from '../../repository/oci/image-reference.js'
import type { RegistryClient } from '../../repository/oci/registry-client.js'
import {
  constantVariable,
  scheduledEventsValue,
  settingsFromVariables
} from '../buildpack-settings.js'
import type { EnvironmentSettings, RunningState } from '../deployment-target.js'
import type { AppImage } from './app-image.js'
import { composeConfig, configLabels, configVariables } from './image-config.js'
import { IMAGE_KEY } from './image-labels.js'
import { pushImage } from './push-image.js'
import { readImage } from './read-image.js'

/** The tags of an environment: its image of one package version, and what it runs now. */
export function environmentTags(version: string, environment: string): [string, string] {
  return [`${version}-${environment}`, environment]
}

/**
 * The variables of an environment's settings: MX_<Module>_<Constant> for every constant and
 * SCHEDULED_EVENTS. Two constants that map to one variable with different values are refused:
 * the buildpack would give both the same value.
 */
export function environmentVariables(settings: EnvironmentSettings): Record<string, string> {
  const variables: Record<string, string> = {}
  const owner: Record<string, string> = {}
  for (const [name, value] of Object.entries(settings.constants)) {
    const variable = constantVariable(name)
    if (variables[variable] !== undefined && variables[variable] !== value) {
      throw new ConfigurationError(
        `constants ${owner[variable]} and ${name} both become ${variable}, with different values: the runtime would give both the same one; rename one of them in the model`
      )
    }
    variables[variable] = value
    owner[variable] = name
  }
  variables['SCHEDULED_EVENTS'] = scheduledEventsValue(settings.scheduledEvents)
  return variables
}

export interface EnvironmentImage {
  /** `host/name:<version>-<environment>@sha256:…`: what a Deployment pins. */
  reference: string
  digest: string
  tags: string[]
}

/**
 * Pushes an environment's image: the app image's layers with a config that adds the
 * environment's settings as the buildpack's variables (no layer of its own), tagged
 * `<version>-<environment>` and then `<environment>`. That last tag is what the environment runs.
 */
export async function pushEnvironmentImage(
  client: RegistryClient,
  app: AppImage,
  environment: string,
  settings: EnvironmentSettings,
  created: string
): Promise<EnvironmentImage> {
  const env = environmentVariables(settings)
  const labels = {
    [IMAGE_KEY.environment]: environment,
    [IMAGE_KEY.constants]: JSON.stringify(Object.keys(settings.constants)),
    [IMAGE_KEY.scheduledEvents]: JSON.stringify(Object.keys(settings.scheduledEvents))
  }
  const images = app.images.map((image) => ({
    platform: image.platform,
    config: composeConfig(image.config, {
      created,
      labels,
      env,
      createdBy: `mxdeploy: the settings of environment ${environment}`
    }),
    layers: image.layers
  }))
  const tags = environmentTags(app.tag, environment)
  const pushed = await pushImage(client, images, { ...app.annotations, ...labels }, tags)
  return {
    reference: `${imageName(client.ref)}:${tags[0]}@${pushed.digest}`,
    digest: pushed.digest,
    tags
  }
}

function names(text: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : []
  } catch {
    return []
  }
}

/**
 * What an environment runs, read back from its tag: the package from the labels, the settings
 * from the variables of the config. Undefined when the tag does not exist; an image mxdeploy did
 * not build there is refused, since the next stage would move the tag away from it.
 */
export async function readEnvironmentImage(
  client: RegistryClient,
  environment: string
): Promise<(RunningState & { reference: string }) | undefined> {
  const name = `${imageName(client.ref)}:${environment}`
  const found = await readImage(client, environment, `image ${name}`, { kind: 'all' })
  if (!found) return undefined
  const config = found.images[0]!.config
  const labels = configLabels(config)
  const sha256 = labels[IMAGE_KEY.sha256]
  const version = labels[IMAGE_KEY.version]
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256) || !version) {
    throw new ConfigurationError(
      `tag ${environment} of ${imageName(client.ref)} holds an image mxdeploy did not build (no ${IMAGE_KEY.sha256} label): mxdeploy moves that tag to what environment ${environment} runs; push to another image repository, or delete the tag`
    )
  }
  const settings = settingsFromVariables(
    configVariables(config),
    names(labels[IMAGE_KEY.constants]),
    names(labels[IMAGE_KEY.scheduledEvents])
  )
  return {
    version,
    sha256,
    constants: settings.constants,
    scheduledEvents: settings.scheduledEvents,
    reference: `${imageName(client.ref)}:${environmentTags(version, environment)[0]}@${found.digest}`
  }
}
