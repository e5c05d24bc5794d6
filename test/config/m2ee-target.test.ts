import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'

const FILE = '/repo/mxdeploy.yml'

const config = (target: string) => `app: hello
environments:
  production:
    target: ${target}
`

describe('an m2ee target in mxdeploy.yml', () => {
  test('paths are resolved against the file; restart and keep have defaults', () => {
    const parsed = parseConfig(
      config('{ type: m2ee, app-base: srv/hello, m2ee-config: /srv/cloud/m2ee.yaml }'),
      FILE
    )
    expect(parsed.environments[0]!.target).toEqual({
      type: 'm2ee',
      appBase: '/repo/srv/hello',
      m2eeConfig: '/srv/cloud/m2ee.yaml',
      restart: 'm2ee --yolo restart',
      keep: 5
    })
  })

  test('a restart command and keep are taken as written', () => {
    const parsed = parseConfig(
      config(
        '{ type: m2ee, app-base: /srv/cloud/hello, m2ee-config: /srv/cloud/m2ee.yaml, restart: sudo -n /usr/local/bin/restart-hello, keep: 2 }'
      ),
      FILE
    )
    expect(parsed.environments[0]!.target).toMatchObject({
      restart: 'sudo -n /usr/local/bin/restart-hello',
      keep: 2
    })
  })

  test.each([
    ['{ type: m2ee, m2ee-config: /srv/cloud/m2ee.yaml }', 'needs "app-base"'],
    ['{ type: m2ee, app-base: /srv/cloud/hello }', 'needs "m2ee-config"'],
    ['{ type: m2ee, app-base: /a, m2ee-config: /b, path: /c }', 'path'],
    ['{ type: m2ee, app-base: /a, m2ee-config: /b, keep: 0 }', 'keep']
  ])('%s is refused', (target, message) => {
    expect(() => parseConfig(config(target), FILE)).toThrow(ConfigurationError)
    expect(() => parseConfig(config(target), FILE)).toThrow(message)
  })
})
