import type { EnvironmentConfig, ImageTargetConfig } from '../../config/types.js'
import { silentLogger, type Logger } from '../../log.js'
import type {
  DeploymentRequest,
  DeploymentResult,
  DeploymentTarget,
  RunningState
} from '../deployment-target.js'
import { buildAppImage } from './app-image.js'
import {
  environmentVariables,
  pushEnvironmentImage,
  readEnvironmentImage
} from './environment-image.js'
import { checkEnvironmentTag, imageSource, packageCreated, platformChoice } from './image-inputs.js'
import { ImageProgress } from './progress.js'
import type { PlatformChoice } from './read-image.js'
import { openRegistries, type ImageRegistries } from './registries.js'

export interface ImageTargetOptions {
  config: ImageTargetConfig
  environment: EnvironmentConfig
  /** Where registry credentials are read; default process.env. */
  env?: NodeJS.ProcessEnv
  /** The package repository's URI (an oci:// one lends its credentials on the same host). */
  packageRepository?: string
}

/**
 * A container image per environment, built without a Docker daemon: the app image of the package
 * (tagged with its version, shared by every environment) and a config-only image with the
 * environment's constants and scheduled events as the buildpack's variables, tagged
 * `<version>-<environment>` and `<environment>`. What runs is what the `<environment>` tag holds,
 * read back from the registry.
 */
export class ImageTarget implements DeploymentTarget {
  readonly knowsWhatRuns = true
  readonly type = 'image'
  private readonly what: string
  private readonly platforms: PlatformChoice

  constructor(private readonly options: ImageTargetOptions) {
    const { environment, config } = options
    this.what = `environment ${environment.name}'s image target`
    checkEnvironmentTag(environment.name)
    this.platforms = platformChoice(config.platforms, this.what)
    // Opened now, so a bad reference is refused before anything is read or pushed.
    this.registries(silentLogger)
  }

  private registries(log: Logger): ImageRegistries {
    const { config } = this.options
    return openRegistries(
      { base: config.base, image: config.image },
      {
        env: this.options.env ?? process.env,
        log,
        what: this.what,
        ...(this.options.packageRepository
          ? { packageRepository: this.options.packageRepository }
          : {})
      }
    )
  }

  async current(): Promise<RunningState | undefined> {
    const running = await readEnvironmentImage(
      this.registries(silentLogger).image,
      this.options.environment.name
    )
    if (!running) return undefined
    const { reference, ...state } = running
    return { ...state, details: { imageRef: reference } }
  }

  async deploy(request: DeploymentRequest): Promise<DeploymentResult> {
    const { log, package: pkg, settings } = request
    const environment = this.options.environment.name
    environmentVariables(settings) // a clash of constants is refused before anything is pushed
    const registries = this.registries(log)
    const progress = new ImageProgress(log)
    const created = await packageCreated(request.mdaPath, pkg)
    const app = await buildAppImage({
      registries,
      package: pkg,
      mdaPath: request.mdaPath,
      created,
      platforms: this.platforms,
      compression: this.options.config.compression,
      source: imageSource(this.options.env ?? process.env),
      progress
    })
    const image = await pushEnvironmentImage(registries.image, app, environment, settings, created)
    progress.pushed(image.reference)
    return {
      details: {
        imageRef: image.reference,
        appImage: app.reference,
        tags: image.tags,
        appImagePushed: app.pushed
      }
    }
  }
}
