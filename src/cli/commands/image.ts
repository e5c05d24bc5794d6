import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ImageTargetConfig, MxdeployConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import { buildAppImage } from '../../targets/image/app-image.js'
import type { LayerCompression } from '../../targets/image/app-layer.js'
import { imageSource, packageCreated, platformChoice } from '../../targets/image/image-inputs.js'
import { localPackage } from '../../targets/image/local-package.js'
import { platformText } from '../../targets/image/platform.js'
import { ImageProgress } from '../../targets/image/progress.js'
import { openRegistries } from '../../targets/image/registries.js'
import { stringValue, type Command, type CommandContext } from '../command.js'
import { keyValues } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS, type Workspace } from '../workspace.js'

type Settings = Pick<ImageTargetConfig, 'base' | 'image' | 'platforms' | 'compression'>

function listValue(context: CommandContext, name: string): string[] {
  const value = context.values[name]
  return (Array.isArray(value) ? value : []).filter((v): v is string => typeof v === 'string')
}

/** The image settings: --environment's image target (or the only one), with flags over them. */
function imageSettings(context: CommandContext, config: MxdeployConfig | undefined): Settings {
  const named = stringValue(context, 'environment')
  const base = stringValue(context, 'base')
  const image = stringValue(context, 'image')
  let target: ImageTargetConfig | undefined
  if (config && (named || !base || !image)) {
    const candidates = config.environments.filter((e) => e.target.type === 'image')
    const environment = named
      ? config.environments.find((e) => e.name === named)
      : candidates.length === 1
        ? candidates[0]
        : undefined
    if (named && !environment) {
      throw new ConfigurationError(
        `environment "${named}" is not in ${config.file ?? 'mxdeploy.yml'}`
      )
    }
    if (environment && environment.target.type !== 'image') {
      throw new ConfigurationError(
        `environment ${environment.name} has a ${environment.target.type} target, not an image one: give --base and --image, or an environment with type: image`
      )
    }
    if (!environment && (!base || !image)) {
      throw new ConfigurationError(
        `say which image to build: --environment NAME (${candidates.map((e) => e.name).join(', ') || 'no environment has an image target'}), or --base REF --image REPO`
      )
    }
    target = environment?.target as ImageTargetConfig | undefined
  }
  const platforms = listValue(context, 'platform')
  const compression = stringValue(context, 'compression')
  if (compression && compression !== 'gzip' && compression !== 'none') {
    throw new ConfigurationError(`--compression ${compression}: give gzip or none`)
  }
  return {
    base: base ?? target!.base,
    image: image ?? target!.image,
    platforms: platforms.includes('all') ? 'all' : platforms.length ? platforms : target?.platforms,
    compression: (compression as LayerCompression | undefined) ?? target?.compression ?? 'gzip'
  }
}

export const imageCommand: Command = {
  name: 'image',
  summary:
    "Build the app image of a package and push it, without deploying: the base image's layers, one layer with the MDA at /opt/mendix/build, the package's labels. Tagged with the package version; the same package and base give the same digest, and a tag is never moved.",
  usage:
    'image [FILE | --package VERSION|latest] [--environment NAME | --base REF --image REPO] [--platform OS/ARCH|all ...] [--compression gzip|none] [--json]',
  positionals: ['FILE'],
  options: {
    ...WORKSPACE_OPTIONS,
    package: {
      type: 'string',
      short: 'p',
      value: 'VERSION',
      description: 'published package to build, or latest (default, when no FILE is given)'
    },
    environment: {
      type: 'string',
      short: 'e',
      value: 'NAME',
      description:
        "take base, image, platforms and compression from this environment's image target"
    },
    base: { type: 'string', value: 'REF', description: 'runtime image to build on' },
    image: { type: 'string', value: 'REPO', description: 'repository to push to (no tag)' },
    platform: {
      type: 'string',
      multiple: true,
      value: 'OS/ARCH',
      description: 'platform to build (repeat for several), or all of the base'
    },
    compression: { type: 'string', value: 'gzip|none', description: 'how the app layer is stored' }
  },
  async run(context) {
    const [file] = context.positionals
    const version = stringValue(context, 'package')
    if (file && version) {
      throw new ConfigurationError('give a FILE or --package, not both')
    }
    const needsConfig =
      !file ||
      Boolean(stringValue(context, 'environment')) ||
      !stringValue(context, 'base') ||
      !stringValue(context, 'image')
    const workspace: Workspace | undefined = needsConfig ? await openWorkspace(context) : undefined
    const settings = imageSettings(context, workspace?.config)
    const registries = openRegistries(settings, {
      env: context.io.env,
      log: context.log,
      what: 'mxdeploy image',
      ...(workspace ? { packageRepository: workspace.repository.uri } : {})
    })
    const platforms = platformChoice(settings.platforms, 'mxdeploy image')
    const work = await mkdtemp(join(tmpdir(), 'mxdeploy-image-'))
    try {
      let mdaPath: string
      let pkg
      let createdAt: string
      if (file) {
        mdaPath = resolve(context.io.cwd, file)
        ;({ package: pkg, createdAt } = await localPackage(
          mdaPath,
          workspace?.config.app,
          context.io.env
        ))
      } else {
        const { config, repository } = workspace!
        const record = await repository.get(config.app, version ?? 'latest')
        if (!record) {
          throw new ConfigurationError(
            `${config.app} ${version ?? 'latest'} is not in the package repository ${repository.uri}`
          )
        }
        mdaPath = join(work, `${record.app}_${record.version}.mda`)
        await repository.download(record.app, record.version, mdaPath)
        pkg = record
        createdAt = record.createdAt
      }
      const built = await buildAppImage({
        registries,
        package: pkg,
        mdaPath,
        created: await packageCreated(mdaPath, { createdAt }),
        platforms,
        compression: settings.compression,
        source: imageSource(context.io.env),
        progress: new ImageProgress(context.log)
      })
      const json = {
        image: built.reference,
        repository: `${registries.imageRef.host}/${registries.imageRef.repository}`,
        tag: built.tag,
        digest: built.digest,
        pushed: built.pushed,
        platforms: built.images.map((i) => platformText(i.platform)),
        package: { app: pkg.app, version: pkg.version, sha256: pkg.sha256 }
      }
      return {
        json,
        text: `${built.pushed ? 'pushed' : 'already pushed'} ${built.reference}\n${keyValues([
          ['package', `${pkg.app} ${pkg.version} (sha256 ${pkg.sha256})`],
          ['platforms', json.platforms.join(', ')],
          ['base', settings.base]
        ])}`
      }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
}
