import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { captureCli } from '../../support/cli.js'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  cloudEnvironment,
  CREDENTIALS,
  USER,
  workspace,
  type Workspace
} from '../../support/mendix-cloud/workspace.js'

const PAT = '7LJE-personal-access-token-vk'

let fake: FakeMendixCloud
let ws: Workspace

interface Listed {
  apps: {
    appId: string
    api: string
    environments: {
      name: string
      mxdeploy: string | null
      status: string
      modelVersion: string | null
      runtimeVersion: string | null
      production: boolean
      url: string
    }[]
  }[]
}

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addPat(PAT)
  // Other apps first, so the v4 lookup by subdomain has to page through the list.
  for (let i = 0; i < 120; i++) fake.addApp(`other${i}`, [{ Mode: 'Test' }])
  fake.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Production', Production: true }])
  ws = await workspace(
    cloudEnvironment('acceptance', fake.url, { mode: 'acceptance' }) +
      '  local:\n    target: { type: local, path: envs/local }\n'
  )
  await ws.publish('1.2.0')
  await ws.stage('acceptance')
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  return captureCli(args, ws.dir, env)
}

const EXPECTED = [
  {
    name: 'Acceptance',
    mxdeploy: 'acceptance',
    modelVersion: '1.2.0.1',
    runtimeVersion: '10.24.8.80126',
    production: false,
    url: 'https://hello-acceptance.mendixcloud.com'
  },
  {
    name: 'Production',
    mxdeploy: null,
    modelVersion: null,
    runtimeVersion: null,
    production: true,
    url: 'https://hello.mendixcloud.com'
  }
]

describe('mxdeploy environments', () => {
  it('lists the app of mxdeploy.yml with the Deploy API v1 and an API key', async () => {
    const { code, stdout } = await cli(
      ['environments', '--target', 'mendix-cloud', '--json'],
      CREDENTIALS
    )
    expect(code).toBe(0)
    const listed = JSON.parse(stdout) as Listed
    expect(listed.apps).toHaveLength(1)
    expect(listed.apps[0]!.api).toBe('v1')
    expect(listed.apps[0]!.environments).toMatchObject([
      { ...EXPECTED[0], status: 'Running' },
      { ...EXPECTED[1], status: 'Empty' }
    ])
  })

  it('lists it with the Deploy API v4 and a personal access token', async () => {
    const { code, stdout } = await cli(['environments', '--environment', 'acceptance', '--json'], {
      MENDIX_PAT: PAT
    })
    expect(code).toBe(0)
    const listed = JSON.parse(stdout) as Listed
    expect(listed.apps[0]!.api).toBe('v4')
    expect(listed.apps[0]!.environments).toMatchObject([
      { ...EXPECTED[0], status: 'running' },
      { ...EXPECTED[1], status: 'notdeployed' }
    ])
    const v4 = fake.requests.filter((r) => r.route?.startsWith('v4-'))
    expect(v4.map((r) => `${r.route} ${r.query}`)).toEqual([
      'v4-apps ?offset=0&limit=100',
      'v4-apps ?offset=100&limit=100',
      expect.stringMatching(/^v4-environments \?expand=package&offset=0&limit=100$/)
    ])
    expect(v4[0]!.headers['authorization']).toBe(`MxToken ${PAT}`)
  })

  it('prints a table people read, and lists an app by --app-id without mxdeploy.yml', async () => {
    const { code, stdout } = await cli(
      [
        'environments',
        '--app-id',
        'hello',
        '--deploy-api-url',
        fake.url,
        '--config',
        'missing.yml'
      ],
      CREDENTIALS
    )
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('app hello (Deploy API v1)')
    expect(stdout).toMatch(
      /^Acceptance\s+Running\s+1\.2\.0\.1\s+10\.24\.8\.80126\s+no\s+https:\/\/hello-acceptance\.mendixcloud\.com$/m
    )
  })

  it('refuses what it cannot list, with exit 2', async () => {
    const local = await cli(['environments', '--environment', 'local'], CREDENTIALS)
    expect(local.code).toBe(2)
    expect(local.stderr).toContain('environment local deploys to a local target, not Mendix Cloud')

    const none = await cli(['environments'], {})
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no Mendix credentials: set MENDIX_USERNAME and MENDIX_API_KEY')

    const wrongPat = await cli(['environments', '--api', 'v4'], { MENDIX_PAT: 'not-a-token' })
    expect(wrongPat.code).toBe(2)
    expect(wrongPat.stderr).toContain('(403 Forbidden: The token is not accepted)')
    expect(wrongPat.stderr).toContain('check that MENDIX_PAT has the mx:deployment:read scope')
    expect(wrongPat.stderr).not.toContain('not-a-token')

    const target = await cli(['environments', '--target', 'kubernetes'], CREDENTIALS)
    expect(target.code).toBe(2)
  })
})
