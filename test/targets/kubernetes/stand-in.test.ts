import { request } from 'node:https'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KubernetesStandIn } from '../../support/kubernetes/api-server.js'
import { kubectl } from '../../support/kubernetes/kubectl.js'
import { statuses } from '../../support/kubernetes/status.js'
import { useTempDirs } from '../../zip/support/temp-dir.js'

const tempDir = useTempDirs()
let standIn: KubernetesStandIn
let kubeconfig: string

beforeEach(async () => {
  standIn = await KubernetesStandIn.start()
  standIn.operator.mode = 'asleep'
  kubeconfig = await standIn.writeKubeconfig(join(await tempDir(), 'kubeconfig'))
})
afterEach(async () => {
  await standIn.close()
})

const APP = (name: string, spec: string): string =>
  `apiVersion: privatecloud.mendix.com/v1alpha1\nkind: MendixApp\nmetadata:\n  name: ${name}\nspec:\n${spec.replace(/^/gm, '  ')}\n`

const apply = (manifest: string, ...flags: string[]) =>
  kubectl(
    kubeconfig,
    ['apply', '--server-side', '--validate=false', '-n', 'mendix', ...flags, '-f', '-'],
    manifest
  )

/** One raw request to the stand-in, trusting its CA. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = ''
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${standIn.url}${path}`,
      { method, ca: standIn.ca, headers: { Authorization: `Bearer ${standIn.token}`, ...headers } },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const PATH = '/apis/privatecloud.mendix.com/v1alpha1/namespaces/mendix/mendixapps'

describe('the stand-in API server, held to Debian kubectl', () => {
  it('answers kubectl get, apply and the NotFound, Invalid, Conflict and Unauthorized errors as a cluster does', async () => {
    const empty = await kubectl(kubeconfig, ['get', 'mendixapps', '-n', 'mendix', '-o', 'json'])
    expect(JSON.parse(empty.stdout).items).toEqual([])

    const created = await apply(
      APP('by-hand', 'sourceURL: https://files.example.com/a.mda\nreplicas: 1'),
      '--field-manager=ops'
    )
    expect(created.stdout).toBe('mendixapp.privatecloud.mendix.com/by-hand serverside-applied\n')
    const table = await kubectl(kubeconfig, ['get', 'mendixapps', '-n', 'mendix'])
    expect(table.stdout).toMatch(/^NAME\s+AGE\nby-hand\s+\d+s\n$/)

    const missing = await kubectl(kubeconfig, ['get', 'mendixapp', 'nope', '-n', 'mendix'])
    expect(missing.stderr).toBe(
      'Error from server (NotFound): mendixapps.privatecloud.mendix.com "nope" not found\n'
    )

    const invalid = await apply(
      APP('invalid', 'sourceURL: ftp://files.example.com/a.mda\nreplicas: -1')
    )
    expect(invalid.stderr).toContain('The MendixApp "invalid" is invalid:')
    expect(invalid.stderr).toContain(
      'spec.replicas: Invalid value: -1: spec.replicas in body must be >= 0'
    )
    expect(invalid.stderr).toContain(
      'spec.sourceURL: Invalid value: "ftp://files.example.com/a.mda"'
    )

    const conflict = await apply(
      APP('by-hand', 'sourceURL: https://files.example.com/a.mda\nreplicas: 3'),
      '--field-manager=other'
    )
    expect(conflict.stderr).toMatch(
      /^error: Apply failed with 1 conflict: conflict with "ops": \.spec\.replicas\n/
    )
    const forced = await apply(
      APP('by-hand', 'sourceURL: https://files.example.com/a.mda\nreplicas: 3'),
      '--field-manager=other',
      '--force-conflicts'
    )
    expect(forced.code).toBe(0)
    const managers = (standIn.app('mendix', 'by-hand')!['metadata'] as any).managedFields
    expect(managers.map((m: any) => [m.manager, Object.keys(m.fieldsV1['f:spec']).sort()])).toEqual(
      [
        ['ops', ['f:sourceURL']],
        ['other', ['f:replicas', 'f:sourceURL']]
      ]
    )

    await standIn.writeKubeconfig(kubeconfig, { token: 'wrong' })
    const refused = await kubectl(kubeconfig, ['get', 'mendixapps', '-n', 'mendix'])
    expect(refused.stderr).toContain('error: You must be logged in to the server (Unauthorized)')
  })

  it('fails, as asked, with the Status kubectl prints', async () => {
    standIn.fault({ path: new RegExp(`^${PATH}$`), kind: 'status', reply: statuses.unavailable() })
    const run = await kubectl(kubeconfig, ['get', 'mendixapps', '-n', 'mendix'])
    expect(run.stderr).toContain(
      'Error from server (ServiceUnavailable): the server is currently unable to handle the request'
    )
  })
})

describe('the stand-in checks every apply', () => {
  const body = JSON.stringify({
    apiVersion: 'privatecloud.mendix.com/v1alpha1',
    kind: 'MendixApp',
    metadata: { name: 'x' },
    spec: { sourceURL: 'https://files.example.com/a.mda' }
  })

  it('wants a field manager, a known patch type, and the name of the URL', async () => {
    const noManager = await raw(
      'PATCH',
      `${PATH}/x`,
      { 'Content-Type': 'application/apply-patch+yaml' },
      body
    )
    expect(noManager).toMatchObject({
      status: 422,
      body: { reason: 'Invalid', details: { causes: [{ field: 'fieldManager' }] } }
    })
    const strategic = await raw(
      'PATCH',
      `${PATH}/x?fieldManager=t`,
      { 'Content-Type': 'application/strategic-merge-patch+json' },
      body
    )
    expect(strategic).toMatchObject({ status: 415, body: { reason: 'UnsupportedMediaType' } })
    const otherName = await raw(
      'PATCH',
      `${PATH}/y?fieldManager=t`,
      { 'Content-Type': 'application/apply-patch+yaml' },
      body
    )
    expect(otherName.body.message).toBe(
      'the name of the object (x) does not match the name on the URL (y)'
    )
    const managed = await raw(
      'PATCH',
      `${PATH}/x?fieldManager=t`,
      { 'Content-Type': 'application/apply-patch+yaml' },
      JSON.stringify({ ...JSON.parse(body), metadata: { name: 'x', managedFields: [] } })
    )
    expect(managed.body.message).toBe('metadata.managedFields must be nil')
    const unknownField = await raw(
      'PATCH',
      `${PATH}/x?fieldManager=t`,
      { 'Content-Type': 'application/apply-patch+yaml' },
      JSON.stringify({
        ...JSON.parse(body),
        spec: { sourceURL: 'https://a.example.com/a.mda', sourceUrl: 'typo' }
      })
    )
    expect(unknownField.body.details.causes).toEqual([
      expect.objectContaining({ reason: 'FieldValueNotSupported', field: 'spec.sourceUrl' })
    ])
  })

  it('lists page by page with continue', async () => {
    for (const name of ['a', 'b', 'c']) {
      standIn.put('MendixApp', 'mendix', {
        metadata: { name },
        spec: { sourceURL: 'https://f.example.com/a.mda' }
      })
    }
    const first = await raw('GET', `${PATH}?limit=2`, {})
    expect(first.body.items.map((i: any) => i.metadata.name)).toEqual(['a', 'b'])
    const second = await raw('GET', `${PATH}?limit=2&continue=${first.body.metadata.continue}`, {})
    expect(second.body.items.map((i: any) => i.metadata.name)).toEqual(['c'])
    expect(second.body.metadata.continue).toBeUndefined()
  })
})
