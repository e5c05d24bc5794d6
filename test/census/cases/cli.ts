import { execFileSync } from 'node:child_process'
import type { CensusArea, CensusCase, CensusWorkspace } from '../support/census-case.js'

// Command lines that are wrong: unknown commands and flags, missing or conflicting values, bad
// versions and app names, paths that are not regular files. Each starts from a published and
// staged example, so a command line taken by mistake would change something.

function cli(
  name: string,
  args: string[] | ((w: CensusWorkspace) => string[]),
  message: string | RegExp | ((w: CensusWorkspace) => string | RegExp),
  more: Partial<CensusCase> = {}
): CensusCase {
  return { name, from: 'published', args, exit: 2, message, ...more }
}

const fifo = (name: string) => (w: CensusWorkspace) => void execFileSync('mkfifo', [w.path(name)])

const flags: CensusCase[] = [
  cli('no command', [], /usage: mxdeploy COMMAND \[options\]\n\ncommands:/),
  cli(
    'an unknown command',
    ['deploy'],
    /unknown command "deploy"; the commands are: init, build, inspect/
  ),
  cli(
    'an unknown flag',
    ['stage', '-e', 'acceptance', '--force'],
    /Unknown option '--force'; run "mxdeploy stage --help" for the options/
  ),
  cli('an unknown short flag', ['stage', '-x'], /Unknown option '-x'/),
  cli(
    'a flag of another command',
    ['publish', 'hello.mda', '--environment', 'test'],
    /Unknown option '--environment'; run "mxdeploy publish --help"/
  ),
  cli(
    '--environment without a value',
    ['stage', '--environment'],
    /Option '-e, --environment <value>' argument missing/
  ),
  cli(
    '--package followed by a flag',
    ['stage', '-e', 'acceptance', '--package', '--redeploy'],
    /option --package needs a value/
  ),
  cli(
    'a value for a boolean flag',
    ['stage', '-e', 'acceptance', '--redeploy=yes'],
    "Option '--redeploy' does not take an argument"
  ),
  cli(
    'stage without --environment',
    ['stage'],
    'give the environment: mxdeploy stage --environment NAME'
  ),
  cli(
    'stage of an unknown environment',
    ['stage', '-e', 'staging'],
    /unknown environment "staging" in .*mxdeploy\.yml; the environments are: test, acceptance, production/
  ),
  cli(
    '--rollback with --redeploy',
    ['stage', '-e', 'test', '--rollback', '--redeploy'],
    '--rollback and --redeploy do not go together'
  ),
  cli(
    '--otp without --user',
    ['stage', '-e', 'acceptance', '--otp', '123456'],
    '--otp needs --user NAME'
  ),
  cli(
    'an --otp that is not 6 digits',
    ['stage', '-e', 'acceptance', '--otp', '12345', '--user', 'ann'],
    '--otp must be the 6-digit code your authenticator app shows now (got 5 characters)'
  ),
  cli(
    'an extra argument',
    ['verify', 'hello.mda', 'other.mda'],
    /unexpected argument "other\.mda"; usage: mxdeploy verify FILE/
  ),
  cli(
    'a positional for stage',
    ['stage', '-e', 'acceptance', '1.2.0.1'],
    /unexpected argument "1\.2\.0\.1"/
  ),
  cli('--json with an unknown flag', ['stage', '--json', '--force'], /Unknown option '--force'/),
  cli(
    '--json --help of an unknown command',
    ['nothing', '--json', '--help'],
    /unknown command "nothing"/
  ),
  cli(
    'packages: an unknown subcommand',
    ['packages', 'remove'],
    'unknown packages action "remove": use list, prune or download'
  ),
  cli(
    'packages prune --keep -1',
    ['packages', 'prune', '--keep', '-1'],
    'option --keep needs a value'
  ),
  cli(
    'packages prune --keep two',
    ['packages', 'prune', '--keep', 'two'],
    '--keep two is not a whole number'
  ),
  cli(
    'activity --limit 0',
    ['activity', '--limit', '0'],
    '--limit 0 is not a positive whole number'
  ),
  cli(
    'activity --limit ten',
    ['activity', '--limit', 'ten'],
    '--limit ten is not a positive whole number'
  ),
  cli(
    'activity --format xml',
    ['activity', '--format', 'xml'],
    '--format xml is not one of table, json, csv'
  ),
  cli('mfa without a subcommand', ['mfa'], 'give the subcommand: mxdeploy mfa enroll --user NAME'),
  cli(
    'mfa enroll without --user',
    ['mfa', 'enroll'],
    'give the user to enrol: mxdeploy mfa enroll --user NAME'
  ),
  cli(
    'trace --require-story maybe',
    ['trace', '--require-story', 'maybe'],
    '--require-story "maybe" must be one of: off, warn, error'
  ),
  cli(
    'environments --api v3',
    ['environments', '--app-id', 'calc', '--api', 'v3'],
    '--api v3 is not one of v1, v4'
  ),
  cli(
    'environments --target local',
    ['environments', '--target', 'local'],
    '--target local: mendix-cloud and kubernetes environments can be listed'
  ),
  cli(
    'start of a local environment',
    ['start', '-e', 'test'],
    /environment test deploys to a local target, which cannot start an environment/
  ),
  cli(
    'image without a target or --base',
    ['image', '--package', 'latest'],
    'say which image to build: --environment NAME (no environment has an image target), or --base REF --image REPO'
  ),
  cli(
    '--repository ftp://',
    ['packages', '--repository', 'ftp://example.com/x'],
    'unknown package repository "ftp://example.com/x": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]'
  ),
  cli(
    '--repository oci:// without a name',
    ['packages', '--repository', 'oci://localhost:5000'],
    'repository "oci://localhost:5000" is not an OCI reference: write oci://HOST/REPO'
  ),
  cli(
    '--build-number -1',
    ['build', '--build-number', '-1', '--out', 'x.mda'],
    'option --build-number needs a value (one that starts with "-" is written --build-number=-VALUE)'
  ),
  cli(
    '--build-number=-1',
    ['build', '--build-number=-1', '--out', 'x.mda'],
    /build number "-1" is not a non-negative whole number/
  ),
  cli(
    'GITHUB_RUN_NUMBER abc',
    ['build', '--out', 'x.mda'],
    /build number "abc" is not a non-negative whole number/,
    { env: { GITHUB_RUN_NUMBER: 'abc' } }
  ),
  cli(
    'SOURCE_DATE_EPOCH yesterday',
    ['build', '--build-number', '2', '--out', 'x.mda'],
    /SOURCE_DATE_EPOCH "yesterday" is not a number of seconds since 1970/,
    { env: { SOURCE_DATE_EPOCH: 'yesterday' } }
  )
]

/** A version that is not major.minor.patch[.build], where a command takes one. */
const versions: CensusCase[] = [
  cli(
    'build --version 1.2',
    ['build', '--version', '1.2', '--out', 'x.mda'],
    /version "1\.2" is not a Mendix version/
  ),
  cli(
    'build --version v1.2.0',
    ['build', '--version', 'v1.2.0', '--out', 'x.mda'],
    /version "v1\.2\.0" is not a Mendix version/
  ),
  cli(
    'build --version 01.2.3',
    ['build', '--version', '01.2.3', '--out', 'x.mda'],
    /version "01\.2\.3" is not a Mendix version/
  ),
  cli(
    'build --version 1.2.3.4.5',
    ['build', '--version', '1.2.3.4.5', '--out', 'x.mda'],
    /version "1\.2\.3\.4\.5" is not a Mendix version/
  ),
  cli(
    'build --version with a part over 2^31',
    ['build', '--version', '1.2.3.2147483648', '--out', 'x.mda'],
    /has a part larger than 2147483647/
  ),
  cli(
    'stage --package 1.2',
    ['stage', '-e', 'acceptance', '--package', '1.2'],
    'version "1.2" (package version) is not a four-part Mendix version such as 1.2.0.15'
  ),
  cli(
    'stage --package ../1.2.0.1',
    ['stage', '-e', 'acceptance', '--package', '../1.2.0.1'],
    'version "../1.2.0.1" (package version) is not a four-part Mendix version'
  ),
  cli(
    'stage --package of a version never published',
    ['stage', '-e', 'acceptance', '--package', '9.9.9.9'],
    /hello 9\.9\.9\.9 is not in the package repository .*; recent versions: 1\.2\.0\.1/
  ),
  cli(
    'packages download 1.x',
    ['packages', 'download', '1.x'],
    'version "1.x" (package version) is not a four-part Mendix version'
  ),
  cli(
    'packages download of a version never published',
    ['packages', 'download', '9.9.9.9'],
    /hello 9\.9\.9\.9 is not in the package repository/
  ),
  cli(
    'publish --version 1.2.0 (three parts)',
    ['publish', 'hello.mda', '--version', '1.2.0'],
    /hello\.mda is version 1\.2\.0\.1, not 1\.2\.0: drop --version, or build the package with --version 1\.2\.0/
  ),
  cli(
    'publish --version that disagrees with the package',
    ['publish', 'hello.mda', '--version', '1.2.0.7'],
    /hello\.mda is version 1\.2\.0\.1, not 1\.2\.0\.7/
  )
]

/** App names that would become paths, tags or URL segments. */
const appNames: CensusCase[] = [
  cli(
    'publish --app ../../../../tmp/x',
    ['publish', 'hello.mda', '--app', '../../../../tmp/x'],
    /app name "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x"/
  ),
  cli('publish --app /abs', ['publish', 'hello.mda', '--app', '/tmp/abs'], /app name "\/tmp\/abs"/),
  cli(
    'publish --app with a space',
    ['publish', 'hello.mda', '--app', 'hello world'],
    /app name "hello world"/
  ),
  cli('publish --app ..', ['publish', 'hello.mda', '--app', '..'], /app name "\.\."/),
  cli(
    'publish --app of another app',
    ['publish', 'hello.mda', '--app', 'other'],
    /hello\.mda was built for app "hello", but this publish is for app "other"/
  ),
  cli('build --app a/b', ['build', '--app', 'a/b', '--out', 'x.mda'], /app name "a\/b"/),
  cli(
    'build --app ""',
    ['build', '--app', '', '--out', 'x.mda'],
    /option --app is empty: give it a value or leave it out/
  ),
  cli('stage -e ""', ['stage', '-e', ''], /option --environment is empty/)
]

/** Files that are FIFOs, folders or missing where a regular file is read. */
const paths: CensusCase[] = [
  cli(
    'verify of a FIFO',
    ['verify', 'pipe.mda'],
    /archive \/.*\/pipe\.mda is a named pipe \(FIFO\), not a regular file/,
    { setup: fifo('pipe.mda') }
  ),
  cli(
    'inspect of a FIFO',
    ['inspect', 'pipe.mda'],
    /package \/.*\/pipe\.mda is a named pipe \(FIFO\), not a regular file/,
    { setup: fifo('pipe.mda') }
  ),
  cli(
    'publish of a FIFO',
    ['publish', 'pipe.mda'],
    /\/pipe\.mda is a named pipe \(FIFO\), not a regular file/,
    { setup: fifo('pipe.mda') }
  ),
  cli(
    'verify of a folder',
    ['verify', 'deployment'],
    /deployment is (a directory|not a regular file)/
  ),
  cli(
    'publish of a folder',
    ['publish', 'deployment'],
    /deployment is (a directory|not a regular file)/
  ),
  cli('verify of a missing file', ['verify', 'nothing.mda'], /nothing\.mda does not exist/),
  cli('publish of a missing file', ['publish', 'nothing.mda'], /nothing\.mda does not exist/),
  cli('inspect of a missing file', ['inspect', 'nothing.mda'], /nothing\.mda does not exist/),
  cli(
    '--config of a missing file',
    ['stage', '-e', 'test', '--config', 'nothing.yml'],
    /configuration \/.*\/nothing\.yml does not exist: create mxdeploy\.yml/
  ),
  cli(
    '--config of a folder',
    ['stage', '-e', 'test', '--config', 'deployment'],
    /configuration \/.*\/deployment is a directory; give the mxdeploy\.yml file/
  ),
  cli(
    '--config of a FIFO',
    ['stage', '-e', 'test', '--config', 'pipe.yml'],
    /configuration \/.*\/pipe\.yml is a named pipe \(FIFO\), not a regular file/,
    { setup: fifo('pipe.yml') }
  ),
  cli(
    '--config inside a file',
    ['stage', '-e', 'test', '--config', 'mxdeploy.yml/inner.yml'],
    /configuration \/.*\/mxdeploy\.yml\/inner\.yml does not exist/
  ),
  cli(
    '--totp-secrets of a missing file',
    [
      'stage',
      '-e',
      'production',
      '--otp',
      '123456',
      '--user',
      'ann',
      '--totp-secrets',
      'nothing.yml'
    ],
    'TOTP secrets file nothing.yml does not exist',
    {
      setup: async (w) =>
        void (await w.write(
          'mxdeploy.yml',
          'app: hello\nenvironments:\n  test: { target: { type: local, path: .mxdeploy/envs/test } }\n  production: { protection: { mfa: totp } }\n'
        ))
    }
  ),
  cli(
    'build --deployment-dir of a file',
    ['build', '--deployment-dir', 'mxdeploy.yml', '--out', 'x.mda'],
    /deployment folder \/.*\/mxdeploy\.yml is not a directory/
  ),
  cli(
    'build --out into a file',
    ['build', '--out', 'mxdeploy.yml/x.mda'],
    /output \/.*\/mxdeploy\.yml\/x\.mda can't be written: \/.*\/mxdeploy\.yml is a file, not a folder/
  ),
  cli(
    'build --out over a folder',
    ['build', '--out', 'deployment'],
    /output \/.*\/deployment is a directory: give a file name such as/
  ),
  cli(
    'packages download --out into a file',
    ['packages', 'download', '1.2.0.1', '--out', 'mxdeploy.yml/x.mda'],
    /output \/.*\/mxdeploy\.yml\/x\.mda can't be written: \/.*\/mxdeploy\.yml is a file, not a folder/
  ),
  cli(
    'trace --dir that is not a git checkout',
    ['trace', '--dir', 'deployment'],
    /\/deployment is not in a git repository: run in the checkout of the app, or pass --dir DIR/
  ),
  cli(
    '--state-dir that is a file',
    ['stage', '-e', 'acceptance', '--state-dir', 'mxdeploy.yml'],
    /cannot use the state folder \/.*\/mxdeploy\.yml: .* is a file, not a folder \(ENOTDIR\); give --state-dir a folder on a writable disk/
  )
]

export const cliArea: CensusArea = {
  area: 'cli',
  cases: [...flags, ...versions, ...appNames, ...paths]
}
