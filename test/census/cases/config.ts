import type { CensusArea, CensusCase } from '../support/census-case.js'

// mxdeploy.yml that is not valid YAML, breaks the schema, or gives a target keys it does not
// have: `stage` exits 2 naming the file, the key and what is allowed, before anything is read.

const HEAD = 'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\n'

/** A case whose mxdeploy.yml is `yaml`, run as `stage -e test` (or `args`). */
function config(
  name: string,
  yaml: string,
  message: string | RegExp,
  args: string[] = ['stage', '-e', 'test']
): CensusCase {
  return {
    name,
    setup: async (w) => void (await w.write('mxdeploy.yml', yaml)),
    args,
    exit: 2,
    message
  }
}

/** A case whose test environment has this target (flow-style YAML). */
function target(name: string, flow: string, message: string | RegExp): CensusCase {
  return config(name, `${HEAD}environments:\n  test: { target: ${flow} }\n`, message)
}

/** A case whose test environment has these extra keys (flow-style YAML, without braces). */
function environment(name: string, keys: string, message: string | RegExp): CensusCase {
  return config(name, `${HEAD}environments:\n  test: { ${keys} }\n`, message)
}

function aliasBomb(): string {
  const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  for (const [i, name] of [...'bcdefghi'].entries())
    levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)
  return `app: hello\nx:\n  ${levels.join('\n  ')}\n`
}

const yaml: CensusCase[] = [
  config(
    'YAML: an unclosed flow sequence',
    'app: [hello\n',
    /is not valid YAML:\n.*mxdeploy\.yml:\d+:\d+: /
  ),
  config(
    'YAML: a tab for indentation',
    'app: hello\nenvironments:\n\ttest: {}\n',
    /is not valid YAML/
  ),
  config('YAML: an unterminated string', 'app: "hello\n', /is not valid YAML/),
  config(
    'YAML: a duplicate top-level key',
    'app: hello\napp: other\n',
    /mxdeploy\.yml:2:1: Map keys must be unique: "app" is given twice/
  ),
  config(
    'YAML: a duplicate environment',
    `${HEAD}environments:\n  test: {}\n  test: {}\n`,
    /"test" is given twice/
  ),
  config(
    'YAML: a duplicate constant',
    `${HEAD}environments:\n  test:\n    constants:\n      Hello.ApiUrl: a\n      Hello.ApiUrl: b\n`,
    /"Hello\.ApiUrl" is given twice/
  ),
  config('YAML: an alias bomb', aliasBomb(), /mxdeploy\.yml uses YAML aliases more than 100 times/),
  config(
    'YAML: two documents',
    'app: hello\n---\napp: other\n',
    /mxdeploy\.yml:2:1: a second YAML document starts here \(after ---\); mxdeploy\.yml is one document/
  ),
  config(
    'YAML: a list instead of a mapping',
    '- app: hello\n',
    /mxdeploy\.yml:1:1: the top level must be object, not \[\{"app":"hello"\}\]/
  ),
  config('YAML: an empty file', '', /mxdeploy\.yml: the top level needs "app"/),
  config(
    'YAML: a scalar document',
    'hello\n',
    /mxdeploy\.yml:1:1: the top level must be object, not "hello"/
  ),
  config(
    'YAML: an undefined alias',
    'app: *nowhere\n',
    /is not valid YAML:\n.*mxdeploy\.yml:1:6: the alias \*nowhere has no anchor &nowhere before it/
  ),
  config(
    'YAML: a custom tag',
    'app: !!binary aGVsbG8=\n',
    /mxdeploy\.yml:1:\d+: app must be string/
  )
]

const schema: CensusCase[] = [
  config('schema: no app', 'environments: { test: {} }\n', /needs "app"/),
  config(
    'schema: an unknown top-level key',
    'app: hello\nenviroments: { test: {} }\n',
    /unknown key "enviroments" in the top level; allowed here: .*environments/
  ),
  config(
    'schema: an app name with a slash',
    'app: ../../tmp/x\n',
    /app is "..\/..\/tmp\/x", which is not allowed/
  ),
  config(
    'schema: an app name with a space',
    'app: hello world\n',
    /app is "hello world", which is not allowed/
  ),
  config(
    'schema: an app name of 64 characters',
    `app: ${'a'.repeat(64)}\n`,
    /which is not allowed/
  ),
  config('schema: an app that is a number', 'app: 12\n', /app must be string, not 12/),
  config(
    'schema: build.version 1.2',
    'app: hello\nbuild: { version: "1.2" }\n',
    /build\.version is "1\.2", which is not allowed/
  ),
  config(
    'schema: build.version v1.2.0',
    'app: hello\nbuild: { version: v1.2.0 }\n',
    /build\.version is "v1\.2\.0", which is not allowed/
  ),
  config(
    'schema: build.project not a .mpr',
    'app: hello\nbuild: { project: App.txt }\n',
    /build\.project is "App\.txt", which is not allowed/
  ),
  config(
    'schema: an unknown build key',
    'app: hello\nbuild: { deployment_dir: deployment }\n',
    /unknown key "deployment_dir" in build/
  ),
  config(
    'schema: repository ftp://',
    'app: hello\nrepository: ftp://example.com/packages\n',
    /repository is "ftp:\/\/example\.com\/packages", which is not allowed/
  ),
  config(
    'schema: repository oci:// without a name',
    'app: hello\nrepository: oci://ghcr.io\n',
    /repository is "oci:\/\/ghcr\.io", which is not allowed/
  ),
  config(
    'schema: require-story maybe',
    'app: hello\ntraceability: { require-story: maybe }\n',
    /traceability\.require-story is "maybe"; allowed: off, warn, error/
  ),
  config(
    'schema: a story pattern that is not a regex',
    'app: hello\ntraceability: { patterns: [{ regex: "([A-Z]+" }] }\n',
    /traceability\.patterns\[0\]: regex "\(\[A-Z\]\+" is not valid: .*Unterminated group/
  ),
  config(
    'schema: a story pattern without regex or name',
    'app: hello\ntraceability: { patterns: [{ url: "https://x/{id}" }] }\n',
    /traceability\.patterns\.0 needs "regex"/
  ),
  config(
    'schema: environments is a list',
    'app: hello\nenvironments: [test]\n',
    /environments must be object/
  ),
  config(
    'schema: an environment name with a slash',
    'app: hello\nenvironments: { "te/st": {} }\n',
    /name "te\/st" in environments is not allowed/
  ),
  config(
    'schema: after names no environment',
    `${HEAD}environments:\n  test: { after: staging }\n`,
    /environment "test" comes after "staging", which is not an environment of this file \(they are: test\)/
  ),
  config(
    'schema: after forms a cycle',
    `${HEAD}environments:\n  test: { after: acceptance }\n  acceptance: { after: test }\n`,
    /the "after:" links form a cycle: test → acceptance → test/
  ),
  environment(
    'schema: url without http',
    'url: hello.example.com',
    /environments\.test\.url is "hello\.example\.com", which is not allowed/
  ),
  environment(
    'schema: production not a boolean',
    'production: yes please',
    /environments\.test\.production must be boolean/
  ),
  environment(
    'schema: an unknown environment key',
    'protect: true',
    /unknown key "protect" in environments\.test; allowed here: target, after/
  ),
  environment(
    'schema: an unknown protection key',
    'protection: { approvers: 2 }',
    /unknown key "approvers" in environments\.test\.protection/
  ),
  environment(
    'schema: session-hours 25',
    'protection: { session-hours: 25 }',
    /environments\.test\.protection\.session-hours must be <= 24/
  ),
  environment(
    'schema: session-hours 0',
    'protection: { session-hours: 0 }',
    /environments\.test\.protection\.session-hours must be > 0/
  ),
  environment(
    'schema: mfa sms',
    'protection: { mfa: sms }',
    /environments\.test\.protection\.mfa is "sms"; allowed: totp, none/
  ),
  environment(
    'schema: reviewers maybe',
    'protection: { reviewers: maybe }',
    /reviewers is "maybe"; allowed: required, none/
  ),
  environment(
    'schema: new-constants ignore',
    'new-constants: ignore',
    /new-constants is "ignore"; allowed: default, require/
  ),
  environment(
    'schema: scheduled-events some',
    'scheduled-events: some',
    /environments\.test\.scheduled-events is "some"; allowed: all, none/
  ),
  environment(
    'schema: a scheduled event set to yes-ish text',
    'scheduled-events: { Hello.SyncCustomers: "on" }',
    /scheduled-events\.Hello\.SyncCustomers must be boolean, not "on"/
  ),
  environment(
    'schema: a constant name without a module',
    'constants: { ApiUrl: x }',
    /name "ApiUrl" in environments\.test\.constants is not allowed: use the qualified name Module\.Name/
  ),
  environment(
    'schema: a constant set to a list',
    'constants: { Hello.ApiUrl: [a, b] }',
    /environments\.test\.constants\.Hello\.ApiUrl must be string or number or boolean/
  ),
  environment(
    'schema: a constant set to a mapping',
    'constants: { Hello.ApiUrl: { url: a } }',
    /Hello\.ApiUrl must be string or number or boolean/
  ),
  environment(
    'schema: a constant set to null',
    'constants: { Hello.ApiUrl: null }',
    /Hello\.ApiUrl must be string or number or boolean/
  )
]

const targets: CensusCase[] = [
  target('target: no type', '{ path: envs/test }', /environments\.test\.target needs "type"/),
  target(
    'target: an unknown type',
    '{ type: heroku }',
    /environments\.test\.target\.type is "heroku"; allowed: local, command, mendix-cloud, image, cloudfoundry, kubernetes, m2ee/
  ),
  target('target: a string', 'local', /environments\.test\.target must be object/),
  target(
    'local: an unknown key',
    '{ type: local, pth: envs/test }',
    /unknown key "pth" in environments\.test\.target; allowed here: path, keep, restart/
  ),
  target(
    'local: keep 0',
    '{ type: local, keep: 0 }',
    /environments\.test\.target\.keep must be >= 1/
  ),
  target(
    'local: keep 1.5',
    '{ type: local, keep: 1.5 }',
    /environments\.test\.target\.keep must be integer/
  ),
  target(
    'local: an empty path',
    '{ type: local, path: "" }',
    /environments\.test\.target\.path must NOT have fewer than 1 characters/
  ),
  target(
    'local: an empty restart',
    '{ type: local, restart: "" }',
    /environments\.test\.target\.restart must NOT have fewer than 1 characters/
  ),
  target(
    'local: a key of another target',
    '{ type: local, app-id: calc }',
    /unknown key "app-id" in environments\.test\.target; allowed here: path, keep, restart/
  ),
  target('command: no run', '{ type: command }', /environments\.test\.target needs "run"/),
  target(
    'command: timeout-minutes 0',
    '{ type: command, run: "true", timeout-minutes: 0 }',
    /environments\.test\.target\.timeout-minutes must be > 0/
  ),
  target(
    'command: an unknown key',
    '{ type: command, run: "true", shell: bash }',
    /unknown key "shell" in environments\.test\.target; allowed here: run, timeout-minutes/
  ),
  target(
    'mendix-cloud: no app-id',
    '{ type: mendix-cloud }',
    /environments\.test\.target needs "app-id"/
  ),
  target(
    'mendix-cloud: an app-id with a dot',
    '{ type: mendix-cloud, app-id: calc.mendixcloud.com }',
    /environments\.test\.target\.app-id is "calc\.mendixcloud\.com", which is not allowed/
  ),
  target(
    'mendix-cloud: backup always',
    '{ type: mendix-cloud, app-id: calc, backup: always }',
    /environments\.test\.target\.backup is "always"; allowed: before, none/
  ),
  target(
    'mendix-cloud: an unknown timeout',
    '{ type: mendix-cloud, app-id: calc, timeouts: { deploy: 5 } }',
    /unknown key "deploy" in environments\.test\.target\.timeouts/
  ),
  target(
    'mendix-cloud: a deploy-api-url without a scheme',
    '{ type: mendix-cloud, app-id: calc, deploy-api-url: deploy.mendix.com }',
    /deploy-api-url is "deploy\.mendix\.com", which is not allowed/
  ),
  target(
    'image: no base',
    '{ type: image, image: ghcr.io/acme/hello }',
    /environments\.test\.target needs "base"/
  ),
  target(
    'image: a platform without an arch',
    '{ type: image, base: r.example.com/mendix/runtime, image: ghcr.io/acme/hello, platforms: [linux] }',
    /environments\.test\.target\.platforms\.0 is "linux", which is not allowed/
  ),
  target(
    'image: compression zstd',
    '{ type: image, base: r.example.com/mendix/runtime, image: ghcr.io/acme/hello, compression: zstd }',
    /compression is "zstd"; allowed: gzip, none/
  ),
  target(
    'cloudfoundry: no org',
    '{ type: cloudfoundry, api: "https://api.cf.example.com", space: dev, app: hello, buildpack: mendix }',
    /environments\.test\.target needs "org"/
  ),
  target(
    'cloudfoundry: an api without a scheme',
    '{ type: cloudfoundry, api: api.cf.example.com, org: o, space: dev, app: hello, buildpack: mendix }',
    /environments\.test\.target\.api is "api\.cf\.example\.com", which is not allowed/
  ),
  target(
    'cloudfoundry: strategy blue-green',
    '{ type: cloudfoundry, api: "https://api.cf.example.com", org: o, space: dev, app: hello, buildpack: mendix, strategy: blue-green }',
    /strategy is "blue-green"; allowed: rolling, restart/
  ),
  target(
    'kubernetes: an unknown key',
    '{ type: kubernetes, namespace: apps, name: hello, replica: 2 }',
    /unknown key "replica" in environments\.test\.target/
  ),
  target(
    'kubernetes: replicas -1',
    '{ type: kubernetes, namespace: apps, name: hello, replicas: -1 }',
    /environments\.test\.target\.replicas must be >= 0/
  ),
  target(
    'kubernetes: replicas "two"',
    '{ type: kubernetes, namespace: apps, name: hello, replicas: two }',
    /replicas must be integer/
  ),
  target(
    'm2ee: no app-base',
    '{ type: m2ee, m2ee-config: /etc/m2ee.yaml }',
    /environments\.test\.target needs "app-base"/
  ),
  target(
    'm2ee: no m2ee-config',
    '{ type: m2ee, app-base: /srv/hello }',
    /environments\.test\.target needs "m2ee-config"/
  ),
  target(
    'm2ee: keep 0',
    '{ type: m2ee, app-base: /srv/hello, m2ee-config: /etc/m2ee.yaml, keep: 0 }',
    /environments\.test\.target\.keep must be >= 1/
  ),
  target(
    'm2ee: an unknown key',
    '{ type: m2ee, app-base: /srv/hello, m2ee-config: /etc/m2ee.yaml, admin-pass: x }',
    /unknown key "admin-pass" in environments\.test\.target; allowed here: app-base, m2ee-config, restart, keep/
  )
]

/** Constants whose values do not fit their type in the package (examples/hello's metadata.json). */
function constant(name: string, line: string, message: string | RegExp): CensusCase {
  return {
    name,
    from: 'published',
    setup: async (w) =>
      void (await w.write(
        'mxdeploy.yml',
        `${HEAD}environments:\n  test:\n    target: { type: local, path: .mxdeploy/envs/test }\n    constants:\n      ${line}\n`
      )),
    args: ['stage', '-e', 'test', '--redeploy'],
    exit: 2,
    message
  }
}

const constants: CensusCase[] = [
  constant(
    'constants: Integer "three"',
    'Hello.MaxRetries: three',
    /constant Hello\.MaxRetries is "three" for test; an Integer constant/
  ),
  constant(
    'constants: Integer 3.5',
    'Hello.MaxRetries: 3.5',
    /constant Hello\.MaxRetries is "3\.5" for test; an Integer constant/
  ),
  constant(
    'constants: Integer beyond 32 bits',
    'Hello.MaxRetries: 4294967296',
    /constant Hello\.MaxRetries is "4294967296" for test; an Integer constant/
  ),
  constant(
    'constants: Boolean "yes"',
    'Hello.FeatureNewInbox: "yes"',
    /constant Hello\.FeatureNewInbox is "yes" for test; a Boolean constant/
  ),
  constant(
    'constants: Boolean 1',
    'Hello.FeatureNewInbox: 1',
    /constant Hello\.FeatureNewInbox is "1" for test; a Boolean constant/
  ),
  constant(
    'constants: Integer true',
    'Administration.PasswordMinLength: true',
    /constant Administration\.PasswordMinLength is "true" for test; an Integer constant/
  ),
  constant(
    'constants: a constant the package does not have',
    'Hello.NoSuchThing: x',
    /constant Hello\.NoSuchThing is set for test, but the package has no such constant/
  )
]

export const configArea: CensusArea = {
  area: 'config',
  cases: [...yaml, ...schema, ...targets, ...constants]
}
