import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { editMetadata } from '../../support/example-app.js'
import type { CensusArea, CensusCase, CensusWorkspace } from '../support/census-case.js'

// Deployment folders `build` cannot make a package of, or a package verify and publish would
// refuse: it exits 2, names the file and the rule, and writes no package.

const METADATA = 'deployment/model/metadata.json'
const BUILD = ['build', '--build-number', '7', '--out', 'out/hello.mda']

function folder(
  name: string,
  setup: (w: CensusWorkspace) => Promise<unknown>,
  message: string | RegExp | ((w: CensusWorkspace) => string | RegExp)
): CensusCase {
  return { name, setup: async (w) => void (await setup(w)), args: BUILD, exit: 2, message }
}

const metadata = (edit: (doc: Record<string, any>) => void) => (w: CensusWorkspace) =>
  editMetadata(w.dir, edit)

export const deploymentFolderArea: CensusArea = {
  area: 'deployment folder',
  cases: [
    folder(
      'the folder is missing',
      (w) => rm(w.path('deployment'), { recursive: true }),
      /deployment folder \/.*\/deployment does not exist: give the folder MxBuild or Studio Pro made/
    ),
    folder(
      'no model/metadata.json',
      (w) => rm(w.path(METADATA)),
      /\/deployment is not a Mendix deployment folder: an MDA needs model\/metadata\.json/
    ),
    folder(
      'metadata.json is a folder',
      async (w) => {
        await rm(w.path(METADATA))
        await mkdir(w.path(METADATA))
      },
      /\/deployment is not a Mendix deployment folder: an MDA needs model\/metadata\.json/
    ),
    folder(
      'metadata.json is empty',
      (w) => w.write(METADATA, ''),
      /model\/metadata\.json is not valid JSON/
    ),
    folder(
      'metadata.json is not JSON',
      (w) => w.write(METADATA, '{ "RuntimeVersion": "10.24.8.80126", }'),
      /model\/metadata\.json is not valid JSON \(.*\); it must be the metadata\.json that MxBuild writes/
    ),
    folder(
      'metadata.json is a list',
      (w) => w.write(METADATA, '[]'),
      /model\/metadata\.json must hold a JSON object, as MxBuild writes it/
    ),
    folder(
      'no RuntimeVersion',
      metadata((doc) => delete doc['RuntimeVersion']),
      /model\/metadata\.json has no valid "RuntimeVersion" \(such as "10\.24\.8\.80126" or "7\.15\.1"\)/
    ),
    folder(
      'RuntimeVersion "latest"',
      metadata((doc) => (doc['RuntimeVersion'] = 'latest')),
      /has no valid "RuntimeVersion"/
    ),
    folder(
      'RuntimeVersion a number',
      metadata((doc) => (doc['RuntimeVersion'] = 10)),
      /has no valid "RuntimeVersion"/
    ),
    folder(
      'Constants not a list',
      metadata((doc) => (doc['Constants'] = { 'Hello.ApiUrl': 'x' })),
      /model\/metadata\.json: "Constants" must be a list of objects with a "Name", as MxBuild writes it/
    ),
    folder(
      'a constant without a Name',
      metadata((doc) => doc['Constants'].push({ Type: 'String', DefaultValue: '' })),
      /model\/metadata\.json: Constants\[5\] has no "Name"; rebuild the deployment package/
    ),
    folder(
      'a duplicate constant',
      metadata((doc) => doc['Constants'].push({ ...doc['Constants'][0] })),
      /model\/metadata\.json: constant Hello\.GreetingText is listed twice/
    ),
    folder(
      'ScheduledEvents not a list',
      metadata((doc) => (doc['ScheduledEvents'] = 'Hello.SyncCustomers')),
      /model\/metadata\.json: "ScheduledEvents" must be a list of objects with a "Name"/
    ),
    folder(
      'a scheduled event without a Name',
      metadata((doc) => doc['ScheduledEvents'].push({ Description: 'x' })),
      /model\/metadata\.json: ScheduledEvents\[2\] has no "Name"/
    ),
    folder(
      'a file name with a backslash',
      (w) => w.write('deployment/web/js\\evil.js', 'x'),
      /can't be packaged: verify and publish would refuse the package \(1 problem\):\n {2}- web\/js\\evil\.js has a backslash in its name \(ZIP paths use "\/"\)/
    ),
    folder(
      'a file name that is not UTF-8',
      (w) => writeFile(Buffer.from(`${w.path('deployment/web')}/\xff.js`, 'latin1'), 'x'),
      /deployment\/web\/\xff\.js has a name that is not UTF-8 \(bytes ff2e6a73\): a package's names are UTF-8; rename the file/
    ),
    folder(
      'a link to a file outside the folder',
      (w) => symlink('/etc/hostname', w.path('deployment/web/hostname')),
      /deployment\/web\/hostname is a link to \/etc\/hostname, outside the deployment folder: copy the file in instead/
    ),
    folder(
      'a link to a folder outside the folder',
      (w) => symlink('/etc', w.path('deployment/web/etc')),
      /deployment\/web\/etc is a link to \/etc, outside the deployment folder/
    ),
    folder(
      'a link that leads nowhere',
      (w) => symlink('missing.js', w.path('deployment/web/dangling.js')),
      /deployment\/web\/dangling\.js is a broken link/
    ),
    folder(
      'a link in a loop',
      (w) => symlink('loop.js', w.path('deployment/web/loop.js')),
      /deployment\/web\/loop\.js is a link that leads back to itself \(a loop of links\)/
    )
  ]
}
