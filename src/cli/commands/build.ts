import { buildApp } from '../../app/build.js'
import { githubAccess } from '../../github/access.js'
import { optionalConfig } from '../optional-config.js'
import { stringValue, type Command } from '../command.js'
import { formatBytes, keyValues } from '../format.js'

export const buildCommand: Command = {
  name: 'build',
  summary:
    'Build a deployment package (MDA) from a Mendix deployment folder, or from a .mpr with MxBuild.',
  usage:
    'build (--deployment-dir DIR | --project App.mpr [--mxbuild PATH] [--java-home DIR]) --version X.Y.Z[.B] [--out FILE]',
  options: {
    'deployment-dir': {
      type: 'string',
      value: 'DIR',
      description: 'Mendix deployment folder (model/, web/, native/)'
    },
    project: {
      type: 'string',
      value: 'FILE',
      description: 'Mendix app file (.mpr), built with MxBuild'
    },
    version: {
      type: 'string',
      value: 'X.Y.Z[.B]',
      description: 'package version; a build number is appended to X.Y.Z'
    },
    'build-number': {
      type: 'string',
      value: 'N',
      description: 'build number for X.Y.Z versions (default: GITHUB_RUN_NUMBER, else 0)'
    },
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the MDA (default: <app>_<version>.mda)'
    },
    app: {
      type: 'string',
      value: 'NAME',
      description: "app name in the manifest (default: mxdeploy.yml's app, else the project's name)"
    },
    mxbuild: {
      type: 'string',
      value: 'PATH',
      description:
        "--project: the mxbuild program or an unpacked MxBuild's folder (default: cached, else downloaded)"
    },
    'mxbuild-cache': {
      type: 'string',
      value: 'DIR',
      description:
        '--project: where downloaded MxBuild versions are kept (default: MXDEPLOY_MXBUILD_CACHE, else ~/.cache/mxdeploy/mxbuild)'
    },
    'java-home': {
      type: 'string',
      value: 'DIR',
      description: '--project: the JDK MxBuild uses (default: JAVA_HOME)'
    },
    'java-exe-path': {
      type: 'string',
      value: 'FILE',
      description: '--project: the java program (default: <java-home>/bin/java)'
    },
    config: {
      type: 'string',
      value: 'FILE',
      description:
        'mxdeploy.yml: its build: section, story patterns and package repository (default: ./mxdeploy.yml if present)'
    },
    repository: {
      type: 'string',
      value: 'URI',
      description:
        "where the previous package is looked for: the manifest lists the stories of the commits since it (default: mxdeploy.yml's, else the newest <app>-v* tag)"
    }
  },
  async run(context) {
    const result = await buildApp({
      face: 'cli',
      cwd: context.io.cwd,
      env: context.io.env,
      github: githubAccess(context.io.env),
      log: context.log,
      config: await optionalConfig(context),
      deploymentDir: stringValue(context, 'deployment-dir'),
      project: stringValue(context, 'project'),
      version: stringValue(context, 'version'),
      buildNumber: stringValue(context, 'build-number'),
      out: stringValue(context, 'out'),
      app: stringValue(context, 'app'),
      repository: stringValue(context, 'repository'),
      mxbuild: {
        path: stringValue(context, 'mxbuild'),
        cacheDir: stringValue(context, 'mxbuild-cache'),
        javaHome: stringValue(context, 'java-home'),
        javaExePath: stringValue(context, 'java-exe-path')
      }
    })
    const json = {
      path: result.path,
      app: result.manifest.app,
      version: result.version,
      runtimeVersion: result.metadata.runtimeVersion,
      ...(result.mendixVersion ? { mendixVersion: result.mendixVersion } : {}),
      sha256: result.sha256,
      size: result.size,
      entries: result.entries,
      manifest: result.manifest
    }
    const text = `built ${result.path}\n${keyValues([
      ['app', result.manifest.app],
      ['version', result.version],
      ['runtime', result.metadata.runtimeVersion],
      ...(result.mendixVersion ? [['mxbuild', result.mendixVersion] as [string, string]] : []),
      ['entries', String(result.entries)],
      ['size', formatBytes(result.size)],
      ['sha256', result.sha256],
      ['commit', result.manifest.commit ?? '(unknown)'],
      ['stories', result.manifest.stories.join(', ') || '(none)']
    ])}`
    return { json, text }
  }
}
