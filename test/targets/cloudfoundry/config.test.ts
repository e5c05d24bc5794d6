import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { ConfigurationError } from '../../../src/errors.js'
import { openTarget } from '../../../src/targets/open-target.js'

function load(target: string) {
  return parseConfig(
    `app: hello\nenvironments:\n  acceptance:\n    target: ${target}\n`,
    '/work/app/mxdeploy.yml'
  )
}

const BASE =
  'type: cloudfoundry, api: "https://api.cf.eu10.hana.ondemand.com/", org: acme, space: acceptance, app: hello-acc, buildpack: mendix_buildpack'

describe('the cloudfoundry target in mxdeploy.yml', () => {
  it('takes the issue’s keys and fills in the defaults', () => {
    const config = load(`{ ${BASE} }`)
    expect(config.environments[0]!.target).toEqual({
      type: 'cloudfoundry',
      api: 'https://api.cf.eu10.hana.ondemand.com',
      org: 'acme',
      space: 'acceptance',
      app: 'hello-acc',
      buildpack: 'mendix_buildpack',
      strategy: 'rolling',
      timeouts: { upload: 15, staging: 15, start: 15 }
    })
    expect(openTarget(config.environments[0]!, config).type).toBe('cloudfoundry')
  })

  it('takes the restart strategy, a buildpack URL and timeouts', () => {
    const config = load(
      `{ ${BASE.replace('mendix_buildpack', '"https://github.com/mendix/cf-mendix-buildpack/releases/download/v5.0.31/cf-mendix-buildpack.zip"')}, strategy: restart, timeouts: { start: 30 } }`
    )
    expect(config.environments[0]!.target).toMatchObject({
      buildpack:
        'https://github.com/mendix/cf-mendix-buildpack/releases/download/v5.0.31/cf-mendix-buildpack.zip',
      strategy: 'restart',
      timeouts: { upload: 15, staging: 15, start: 30 }
    })
  })

  it.each([
    [
      '{ type: cloudfoundry, api: "https://api.example.com", org: acme, space: s, app: a }',
      /acceptance\.target needs "buildpack"/
    ],
    [`{ ${BASE}, strategy: blue-green }`, /strategy is "blue-green"; allowed: rolling, restart/],
    [`{ ${BASE}, path: x }`, /unknown key "path" in environments\.acceptance\.target/],
    [
      `{ ${BASE}, timeouts: { deploy: 3 } }`,
      /unknown key "deploy" in .*timeouts; allowed here: upload, staging, start/
    ],
    [
      `{ ${BASE.replace('"https://api.cf.eu10.hana.ondemand.com/"', 'api.example.com')} }`,
      /api is "api\.example\.com", which is not allowed/
    ],
    [`{ ${BASE.replace('app: hello-acc', 'app: ""')} }`, /app/]
  ])('refuses %s with its line and column', (target, message) => {
    expect(() => load(target)).toThrow(ConfigurationError)
    expect(() => load(target)).toThrow(message)
    expect(() => load(target)).toThrow(/\/work\/app\/mxdeploy\.yml:4:\d+: /)
  })
})
