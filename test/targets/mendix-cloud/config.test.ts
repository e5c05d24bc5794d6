import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { ConfigurationError } from '../../../src/errors.js'
import { openTarget } from '../../../src/targets/open-target.js'

function load(target: string, extra = '') {
  return parseConfig(
    `app: hello\nenvironments:\n  acceptance:\n    target: ${target}\n${extra}`,
    '/work/app/mxdeploy.yml'
  )
}

describe('the mendix-cloud target in mxdeploy.yml', () => {
  it('takes app-id and fills in the documented defaults', () => {
    const config = load('{ type: mendix-cloud, app-id: calc }')
    expect(config.environments[0]!.target).toEqual({
      type: 'mendix-cloud',
      appId: 'calc',
      environment: 'acceptance',
      deployApiUrl: 'https://deploy.mendix.com',
      portalApiUrl: 'https://cloud.home.mendix.com',
      backup: undefined,
      timeouts: { upload: 30, backup: 60, transport: 10, stop: 10, start: 30 }
    })
    expect(openTarget(config.environments[0]!, config).type).toBe('mendix-cloud')
  })

  it('takes every key, URLs without a trailing slash', () => {
    const config = load(
      '{ type: mendix-cloud, app-id: calc, environment: Acceptance, deploy-api-url: "https://deploy.example.com/", portal-api-url: "http://127.0.0.1:8080", backup: none, timeouts: { start: 5, upload: 0.5 } }'
    )
    expect(config.environments[0]!.target).toMatchObject({
      environment: 'Acceptance',
      deployApiUrl: 'https://deploy.example.com',
      portalApiUrl: 'http://127.0.0.1:8080',
      backup: 'none',
      timeouts: { upload: 0.5, backup: 60, transport: 10, stop: 10, start: 5 }
    })
  })

  it.each([
    ['{ type: mendix-cloud }', /acceptance\.target needs "app-id"/],
    [
      '{ type: mendix-cloud, app-id: calc, backup: always }',
      /backup is "always"; allowed: before, none/
    ],
    [
      '{ type: mendix-cloud, app-id: calc, path: x }',
      /unknown key "path" in environments\.acceptance\.target/
    ],
    [
      '{ type: mendix-cloud, app-id: calc, timeouts: { deploy: 3 } }',
      /unknown key "deploy" in .*timeouts; allowed here: upload, backup, transport, stop, start/
    ],
    ['{ type: mendix-cloud, app-id: calc, timeouts: { start: 0 } }', /timeouts\.start must be > 0/],
    [
      '{ type: mendix-cloud, app-id: calc, deploy-api-url: deploy.mendix.com }',
      /deploy-api-url is "deploy\.mendix\.com", which is not allowed/
    ],
    ['{ type: mendix-cloud, app-id: "calc app" }', /app-id is "calc app", which is not allowed/]
  ])('refuses %s with its line and column', (target, message) => {
    expect(() => load(target)).toThrow(ConfigurationError)
    expect(() => load(target)).toThrow(message)
    expect(() => load(target)).toThrow(/\/work\/app\/mxdeploy\.yml:4:\d+: /)
  })
})
