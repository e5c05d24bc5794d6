import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { noise, text } from '../../zip/support/content.js'

export const RUNTIME_VERSION = '10.24.8.80126'

/**
 * A metadata.json in the shape MxBuild 10.24 writes (test/fixtures/mendix/mx10.24 follows the
 * public file; see its README): key order, roles keyed by ID, request handlers with their flags.
 */
export function metadataDocument(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RuntimeVersion: RUNTIME_VERSION,
    ProjectID: '3c8d0a7e-5f0b-4c2e-9a51-7d2f3e1b6a90',
    ProjectName: 'Hello',
    ModelVersion: '1.0.0.0',
    Description: '',
    AdminUser: 'MxAdmin',
    AdminRole: '8dd52bfa-6d7e-453b-b506-303c0a3d9567',
    JavaVersion: 21,
    Roles: {
      '8dd52bfa-6d7e-453b-b506-303c0a3d9567': {
        Name: 'Administrator',
        ManageableRoles: ['8dd52bfa-6d7e-453b-b506-303c0a3d9567']
      }
    },
    Constants: [
      {
        Name: 'Hello.ApiUrl',
        Type: 'String',
        Description: 'Base URL of the API',
        DefaultValue: 'http://localhost:8090/api'
      },
      { Name: 'Hello.MaxRetries', Type: 'Integer', Description: 'Retries', DefaultValue: '3' }
    ],
    ScheduledEvents: [{ Name: 'Hello.Nightly', Description: 'Cleans up at night' }],
    Languages: ['en_US'],
    RequestHandlers: [{ Name: '/api/', DefaultEnabled: true, MatchExactly: false }],
    ...overrides
  }
}

/** Files of a small deployment folder, by path inside it; data/, log/, run/, tmp/ included. */
export function deploymentFiles(): Map<string, Buffer> {
  return new Map([
    ['model/metadata.json', Buffer.from(JSON.stringify(metadataDocument(), null, 2))],
    ['model/model.mdp', text(40_000, 7)],
    ['model/bundles/hello-javaactions.jar', noise(3000)],
    ['model/resources/widgets.json', text(900, 2)],
    ['web/index.html', text(2000, 1)],
    ['web/js/app.js', text(12_000, 5)],
    ['web/img/logo.png', noise(700)],
    ['data/database/hsqldb.script', text(500)],
    ['data/files/upload.bin', noise(100)],
    ['log/m2ee.log', text(300)],
    ['run/pid', Buffer.from('1234\n')],
    ['tmp/scratch.txt', text(100)]
  ])
}

/** Writes a deployment folder; files given as null are left out. */
export async function makeDeploymentFolder(
  dir: string,
  files: Map<string, Buffer | null> = deploymentFiles()
): Promise<string> {
  for (const [name, data] of files) {
    if (data === null) continue
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), data)
  }
  return dir
}
