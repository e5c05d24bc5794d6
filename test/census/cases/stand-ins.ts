import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startGitHubStandIn, type GitHubStandIn } from '../../support/github/index.js'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import { API_KEY, USER } from '../../support/mendix-cloud/workspace.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import type { CensusArea, CensusCase, CensusWorkspace } from '../support/census-case.js'
import { snapshotTree } from '../support/snapshot.js'

// What registries and APIs answer when they refuse: a registry's 401, 403 and 404 with the
// distribution spec's error bodies, GitHub's 403 for a token without the permission, Mendix
// Cloud's documented error codes. Each exits 2 naming the service, what it refused and what to
// do, and leaves the service's state as it was.

let registry: RunningRegistry
let gh: GitHubStandIn
let cloud: FakeMendixCloud
let refusing: Server
let refusingUrl: string
/** How the refusing registry answers every request, per case. */
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_, res) => res.end()

const REGISTRY_USER = 'census'
const REGISTRY_PASSWORD = 'census-password-1'

/** The registry's storage folder (none until the first push). */
const registryState = (): Promise<unknown> => snapshotTree(registry.storage).catch(() => 'empty')
const githubState = (): Promise<unknown> =>
  Promise.resolve(JSON.parse(JSON.stringify(gh.repo().releases)) as unknown)
const cloudState = (): Promise<unknown> =>
  Promise.resolve(JSON.parse(JSON.stringify(cloud.state.apps)) as unknown)

const oci = (w: CensusWorkspace, host = registry.host): string[] => [
  '--repository',
  `oci://${host}/census-${w.dir.slice(-6).toLowerCase()}`
]
const ociLogin = { MXDEPLOY_OCI_USERNAME: REGISTRY_USER, MXDEPLOY_OCI_PASSWORD: REGISTRY_PASSWORD }

function githubEnv(token?: string, repository?: string): () => NodeJS.ProcessEnv {
  return () => {
    const { GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = gh.env()
    return {
      ...(token === '' ? {} : { GITHUB_TOKEN: token ?? gh.token }),
      GITHUB_API_URL,
      GITHUB_SERVER_URL,
      GITHUB_REPOSITORY: repository ?? GITHUB_REPOSITORY,
      GITHUB_SHA
    }
  }
}

/** A registry that answers every request with `status`, these headers and this error body. */
function refuse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return () => {
    answer = (_req, res) => {
      const text = JSON.stringify(body)
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
      res.end(text)
    }
  }
}

function registryCase(
  name: string,
  args: (w: CensusWorkspace) => string[],
  message: string | RegExp,
  more: Partial<CensusCase> = {}
): CensusCase {
  return {
    name: `registry: ${name}`,
    from: 'published',
    args,
    exit: 2,
    message,
    state: registryState,
    ...more
  }
}

const registryCases: CensusCase[] = [
  registryCase(
    'publish without credentials (401)',
    (w) => ['publish', 'hello.mda', ...oci(w)],
    /registry 127\.0\.0\.1:\d+ requires credentials: set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD for 127\.0\.0\.1:\d+/
  ),
  registryCase(
    'publish with a wrong password (401)',
    (w) => ['publish', 'hello.mda', ...oci(w)],
    /registry 127\.0\.0\.1:\d+ refused the credentials from MXDEPLOY_OCI_USERNAME\/MXDEPLOY_OCI_PASSWORD/,
    { env: { ...ociLogin, MXDEPLOY_OCI_PASSWORD: 'wrong' } }
  ),
  registryCase(
    'publish with only a user name',
    (w) => ['publish', 'hello.mda', ...oci(w)],
    /only one of MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD is set/,
    { env: { MXDEPLOY_OCI_USERNAME: REGISTRY_USER } }
  ),
  registryCase(
    'packages list without credentials (401)',
    (w) => ['packages', ...oci(w)],
    /requires credentials: set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD/
  ),
  registryCase(
    'download of a tag it does not have (404)',
    (w) => ['packages', 'download', '9.9.9.9', ...oci(w)],
    /hello 9\.9\.9\.9 is not in the package repository oci:\/\/127\.0\.0\.1:\d+\/census-/,
    { env: ociLogin }
  ),
  registryCase(
    'stage from a repository without the package (404)',
    (w) => ['stage', '-e', 'acceptance', '--package', '1.2.0.1', ...oci(w)],
    /hello 1\.2\.0\.1 is not in the package repository oci:/,
    { env: ociLogin }
  ),
  registryCase(
    "403 DENIED with the spec's error body",
    (w) => ['publish', 'hello.mda', ...oci(w, refusingUrl)],
    /registry 127\.0\.0\.1:\d+ denied GET on census-\w+ \(DENIED: requested access to the resource is denied\): set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD/,
    {
      setup: refuse(403, {
        errors: [
          { code: 'DENIED', message: 'requested access to the resource is denied', detail: null }
        ]
      })
    }
  ),
  registryCase(
    '401 UNAUTHORIZED with a Basic challenge',
    (w) => ['packages', ...oci(w, refusingUrl)],
    /registry 127\.0\.0\.1:\d+ requires credentials/,
    {
      setup: refuse(
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
        { 'WWW-Authenticate': 'Basic realm="Registry Realm"' }
      )
    }
  ),
  registryCase(
    '401 with a Bearer challenge whose token service refuses',
    (w) => ['packages', ...oci(w, refusingUrl)],
    /the token service of registry 127\.0\.0\.1:\d+ \(http:\/\/127\.0\.0\.1:\d+\) refused the credentials from MXDEPLOY_OCI_USERNAME\/MXDEPLOY_OCI_PASSWORD/,
    {
      env: ociLogin,
      setup: () => {
        answer = (req, res) => {
          if (req.url?.startsWith('/token')) {
            res.writeHead(401, { 'Content-Type': 'application/json' })
            res.end(
              JSON.stringify({
                errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }]
              })
            )
            return
          }
          res.writeHead(401, {
            'Content-Type': 'application/json',
            'WWW-Authenticate': `Bearer realm="http://${refusingUrl}/token",service="census",scope="repository:x:pull"`
          })
          res.end(
            JSON.stringify({
              errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }]
            })
          )
        }
      }
    }
  ),
  registryCase(
    '404 NAME_UNKNOWN on publish',
    (w) => ['publish', 'hello.mda', ...oci(w, refusingUrl)],
    /\(NAME_UNKNOWN: repository name not known to registry\): it has no repository census-\w+; check the repository in the URI/,
    {
      setup: refuse(404, {
        errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }]
      })
    }
  )
]

function githubCase(
  name: string,
  args: string[],
  env: () => NodeJS.ProcessEnv,
  message: string | RegExp
): CensusCase {
  return {
    name: `github: ${name}`,
    from: 'published',
    args,
    env,
    exit: 2,
    message,
    state: githubState
  }
}

const RELEASE = ['--repository', 'github-release']

const githubCases: CensusCase[] = [
  githubCase(
    'a token without contents: write (403)',
    ['publish', 'hello.mda', ...RELEASE],
    () => githubEnv(gh.addToken({ permissions: { contents: 'read' } }))(),
    /the token lacks `contents: write`/
  ),
  githubCase(
    'a token without contents: read (403)',
    ['packages', ...RELEASE],
    () => githubEnv(gh.addToken({ permissions: { metadata: 'read' } }))(),
    /GitHub refused to list releases in octo-org\/hello \(403 Resource not accessible by integration.*\): the token lacks `contents: read`/
  ),
  githubCase(
    'a token GitHub does not know (401)',
    ['publish', 'hello.mda', ...RELEASE],
    githubEnv('ghs_census0000000000000000000000000000'),
    /GitHub did not accept the token on GET .* \(401 Bad credentials.*\): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN/
  ),
  githubCase(
    'no token',
    ['publish', 'hello.mda', ...RELEASE],
    githubEnv(''),
    'repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN'
  ),
  githubCase(
    'a repository that does not exist (404)',
    ['publish', 'hello.mda', ...RELEASE],
    githubEnv(undefined, 'octo-org/nothing-here'),
    'GitHub answered 404 when mxdeploy tried to list releases in octo-org/nothing-here: it does not exist, or the token cannot see it'
  ),
  githubCase(
    'no GITHUB_REPOSITORY',
    ['packages', ...RELEASE],
    () => ({ ...githubEnv()(), GITHUB_REPOSITORY: '' }),
    'repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name'
  ),
  githubCase(
    'download of a release it does not have',
    ['packages', 'download', '9.9.9.9', ...RELEASE],
    githubEnv(),
    /hello 9\.9\.9\.9 is not in the package repository/
  )
]

const cloudConfig = (mode: string) => async (w: CensusWorkspace) =>
  void (await w.write(
    'mxdeploy.yml',
    `app: hello\nenvironments:\n  test: { target: { type: local, path: .mxdeploy/envs/test } }\n  acceptance:\n    target: { type: mendix-cloud, app-id: hello, environment: ${mode}, deploy-api-url: ${cloud.url}, portal-api-url: ${cloud.url}, timeouts: { upload: 0.05, backup: 0.05, transport: 0.05, stop: 0.05, start: 0.05 } }\n`
  ))

function cloudCase(
  name: string,
  args: string[] | ((w: CensusWorkspace) => string[]),
  env: NodeJS.ProcessEnv,
  message: string | RegExp,
  more: Partial<CensusCase> = {}
): CensusCase {
  return {
    name: `mendix cloud: ${name}`,
    from: 'published',
    args,
    env,
    exit: 2,
    message,
    state: cloudState,
    ...more
  }
}

const CREDENTIALS = { MENDIX_USERNAME: USER, MENDIX_API_KEY: API_KEY }
const listApp = (): string[] => [
  'environments',
  '--app-id',
  'hello',
  '--deploy-api-url',
  cloud.url,
  '--portal-api-url',
  cloud.url,
  '--api',
  'v1'
]

const cloudCases: CensusCase[] = [
  cloudCase(
    'a wrong API key (401)',
    listApp,
    { MENDIX_USERNAME: USER, MENDIX_API_KEY: 'wrong' },
    /listing the environments of app hello was refused \(401 UNAUTHORIZED: Invalid Mendix-Username or Mendix-ApiKey\): Mendix did not accept MENDIX_USERNAME and MENDIX_API_KEY/
  ),
  cloudCase(
    'no API key',
    listApp,
    {},
    'MENDIX_USERNAME and MENDIX_API_KEY are not set: the Deploy API needs MENDIX_USERNAME'
  ),
  cloudCase(
    'an app it does not know (404)',
    () => ['environments', '--app-id', 'nothing', '--deploy-api-url', cloud.url, '--api', 'v1'],
    CREDENTIALS,
    'listing the environments of app nothing failed with APP_NOT_FOUND: App not found (Mendix Cloud has no app with this app-id'
  ),
  cloudCase(
    'a personal access token it does not know (v4)',
    () => ['environments', '--app-id', 'hello', '--portal-api-url', cloud.url, '--api', 'v4'],
    { MENDIX_PAT: 'not-a-token' },
    /listing your Mendix Cloud apps was refused \(403 Forbidden: The token is not accepted\): the personal access token is not accepted/
  ),
  cloudCase(
    'stage to an environment it does not have',
    ['stage', '-e', 'acceptance'],
    CREDENTIALS,
    'app hello has no Mendix Cloud environment "Staging"; its environments are: Acceptance, Production',
    { setup: cloudConfig('Staging') }
  ),
  cloudCase(
    'stage without credentials',
    ['stage', '-e', 'acceptance'],
    {},
    'MENDIX_USERNAME and MENDIX_API_KEY are not set',
    { setup: cloudConfig('Acceptance') }
  ),
  cloudCase(
    'upload refused with a documented error',
    ['stage', '-e', 'acceptance'],
    CREDENTIALS,
    /was refused \(403 NO_ACCESS: You do not have access to this app\): the Mendix user lacks API Rights for this environment.*; Acceptance is unchanged/,
    {
      setup: async (w) => {
        await cloudConfig('Acceptance')(w)
        cloud.failNext('upload', 403, 'NO_ACCESS', 'You do not have access to this app')
      }
    }
  )
]

export const standInsArea: CensusArea = {
  area: 'stand-ins',
  cases: [...registryCases, ...githubCases, ...cloudCases],
  async start() {
    registry = await startRegistry({ users: { [REGISTRY_USER]: REGISTRY_PASSWORD } })
    gh = await startGitHubStandIn()
    cloud = await FakeMendixCloud.start()
    cloud.addUser(USER, API_KEY)
    cloud.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Production', Production: true }])
    refusing = createServer((req, res) => {
      req.resume()
      req.on('end', () => answer(req, res))
    })
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve))
    refusingUrl = `127.0.0.1:${(refusing.address() as AddressInfo).port}`
  },
  async stop() {
    refusing?.closeAllConnections()
    await new Promise<void>((resolve) => (refusing ? refusing.close(() => resolve()) : resolve()))
    await cloud?.close()
    await gh?.close()
    await registry?.stop()
  }
}
