import { resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { publishPackage } from '../../repository/publish-package.js'
import { stringValue, type Command } from '../command.js'
import { keyValues } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS } from '../workspace.js'

export const publishCommand: Command = {
  name: 'publish',
  summary:
    'Put a built package into the package repository. Verified first; never overwrites: the same bytes again is success, other bytes under a published version are refused.',
  usage: 'publish FILE [--app NAME] [--version X.Y.Z.B] [--repository URI] [--config mxdeploy.yml]',
  positionals: ['FILE'],
  options: {
    ...WORKSPACE_OPTIONS,
    app: {
      type: 'string',
      value: 'NAME',
      description:
        "app to file the package under (default: mxdeploy.yml's app); a package built for another app is refused"
    },
    version: {
      type: 'string',
      value: 'X.Y.Z.B',
      description:
        'version to file a package under that carries none (a Studio Pro package is "unversioned")'
    }
  },
  async run(context) {
    const [file] = context.positionals
    if (!file) throw new ConfigurationError('give the package to publish: mxdeploy publish FILE')
    const { repository, config } = await openWorkspace(context)
    const result = await publishPackage(repository, resolve(context.io.cwd, file), {
      app: stringValue(context, 'app') ?? config.app,
      version: stringValue(context, 'version'),
      env: context.io.env,
      log: context.log
    })
    const { record } = result
    return {
      json: { created: result.created, package: record },
      text: `${result.created ? 'published' : 'already published'} ${record.app} ${record.version}\n${keyValues(
        [
          ['sha256', record.sha256],
          ['url', record.url],
          ['repository', repository.uri]
        ]
      )}`
    }
  }
}
