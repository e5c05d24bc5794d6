import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FakeArtifactService } from '../support/artifacts/artifact-service.js'
import {
  MONOLITH_ARTIFACT,
  REQUESTS,
  RESPONSES,
  type MessageSchema
} from '../support/artifacts/twirp-schema.js'

const GENERATED = new URL(
  '../../node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js',
  import.meta.url
)
const SERVICE = 'twirp/github.actions.results.api.v1.ArtifactService'

interface FieldInfo {
  name: string
  kind: 'scalar' | 'message' | 'enum' | 'map'
  T: number | (() => { typeName: string })
  repeat?: number
}

const SCALARS: Record<number, string> = { 9: 'string', 5: 'int32', 3: 'int64', 8: 'bool' }

/** A generated protobuf-ts message type as the fake's schema table spells it. */
function describeGenerated(type: { fields: readonly FieldInfo[] }): Record<string, string> {
  return Object.fromEntries(
    type.fields.map((f) => {
      if (f.kind === 'scalar') return [f.name, SCALARS[f.T as number] ?? `scalar ${String(f.T)}`]
      const name = (f.T as () => { typeName: string })().typeName
      return [f.name, f.repeat ? `${name.split('.').pop()}[]` : name]
    })
  )
}

let fake: FakeArtifactService
beforeAll(async () => {
  fake = await FakeArtifactService.start()
})
afterAll(async () => {
  await fake.close()
})

describe('the fake follows the client it stands in for', () => {
  test("its message table is the one @actions/artifact's generated client speaks", async () => {
    const generated = (await import(GENERATED.href)) as Record<string, { fields: FieldInfo[] }>
    const table: Array<[string, MessageSchema]> = [
      ...Object.entries(REQUESTS).map(([m, s]): [string, MessageSchema] => [`${m}Request`, s]),
      ...Object.entries(RESPONSES).map(([m, s]): [string, MessageSchema] => [`${m}Response`, s]),
      ['ListArtifactsResponse_MonolithArtifact', MONOLITH_ARTIFACT]
    ]
    for (const [message, schema] of table) {
      expect(describeGenerated(generated[message]!), message).toEqual(schema)
    }
  })
})

describe('the fake refuses what breaks the contract, and records it', () => {
  async function twirp(
    method: string,
    body: unknown,
    init: { headers?: Record<string, string>; verb?: string; env?: NodeJS.ProcessEnv } = {}
  ): Promise<{ status: number; body: any }> {
    const env = init.env ?? fake.jobEnv(fake.newRun())
    const response = await fetch(`${fake.origin}/${SERVICE}/${method}`, {
      method: init.verb ?? 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}`,
        ...init.headers
      },
      ...(init.verb === 'GET' ? {} : { body: JSON.stringify(body) })
    })
    return { status: response.status, body: (await response.json()) as never }
  }

  test('Twirp: verb, content type, route, auth, fields and IDs', async () => {
    const cases: Array<
      [() => Promise<{ status: number; body: { code: string } }>, number, string, RegExp]
    > = [
      [() => twirp('ListArtifacts', {}, { verb: 'GET' }), 404, 'bad_route', /only POST/],
      [
        () => twirp('ListArtifacts', {}, { headers: { 'Content-Type': 'text/plain' } }),
        404,
        'bad_route',
        /Content-Type/
      ],
      [() => twirp('UploadArtifact', {}), 404, 'bad_route', /no handler/],
      [
        () => twirp('ListArtifacts', {}, { headers: { Authorization: '' } }),
        401,
        'unauthenticated',
        /no Authorization/
      ],
      [
        () =>
          twirp('ListArtifacts', {
            workflow_run_backend_id: 'a',
            workflow_job_run_backend_id: 'b',
            page: 2
          }),
        400,
        'malformed',
        /unknown field "page"/
      ],
      [
        () =>
          twirp('FinalizeArtifact', {
            workflow_run_backend_id: 'a',
            workflow_job_run_backend_id: 'b',
            name: 'n',
            size: 'ten'
          }),
        400,
        'malformed',
        /field "size" is not a valid int64/
      ],
      [() => twirp('GetSignedArtifactURL', { name: 'n' }), 400, 'invalid_argument', /required/],
      [
        () =>
          twirp('ListArtifacts', {
            workflow_run_backend_id: 'another-run',
            workflow_job_run_backend_id: 'b'
          }),
        403,
        'permission_denied',
        /not another-run/
      ]
    ]
    for (const [call, status, code, violation] of cases) {
      const before = fake.violations.length
      const result = await call()
      expect(result.status, code).toBe(status)
      expect(result.body.code).toBe(code)
      expect(fake.violations.slice(before).join('\n')).toMatch(violation)
    }
    fake.violations.length = 0
  })

  test('storage: a forged signature, a missing x-ms-version, an unknown block, an unused operation', async () => {
    const before = fake.violations.length
    const blob = `${fake.origin}/devstoreaccount1/actions-results/r/workflow-job-run-j/artifacts/a.zip`
    const forged = await fetch(
      `${blob}?sv=1&st=x&se=2999-01-01T00:00:00Z&sr=b&sp=cw&sig=AAAA&comp=block&blockid=QQ==`,
      { method: 'PUT', headers: { 'x-ms-version': '2026-10-06' }, body: 'x' }
    )
    expect(forged.status).toBe(403)
    expect(forged.headers.get('x-ms-error-code')).toBe('AuthenticationFailed')
    expect(await forged.text()).toMatch(
      /<Error><Code>AuthenticationFailed<\/Code><Message>Signature did not match/
    )
    const single = await fetch(blob, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'x'
    })
    expect(single.status).toBe(405)

    // With a real signed URL from CreateArtifact.
    const run = fake.newRun()
    const env = fake.jobEnv(run)
    const [, jobId] = /Actions\.Results:[^:]+:([^"\s]+)"/.exec(
      Buffer.from(env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString()
    )!
    const created = await twirp(
      'CreateArtifact',
      {
        workflow_run_backend_id: run.runId,
        workflow_job_run_backend_id: jobId,
        name: 'contract',
        version: 7
      },
      { env }
    )
    expect(created.status).toBe(200)
    const signed = created.body.signed_upload_url as string
    const noVersion = await fetch(`${signed}&comp=block&blockid=QQ==`, { method: 'PUT', body: 'x' })
    expect(noVersion.status).toBe(400)
    const unknownBlock = await fetch(`${signed}&comp=blocklist`, {
      method: 'PUT',
      headers: { 'x-ms-version': '2026-10-06', 'Content-Type': 'application/xml' },
      body: '<?xml version="1.0" encoding="UTF-8"?><BlockList><Latest>QQ==</Latest></BlockList>'
    })
    expect(unknownBlock.status).toBe(400)
    expect(unknownBlock.headers.get('x-ms-error-code')).toBe('InvalidBlockList')
    expect(fake.violations.slice(before)).toEqual([
      expect.stringMatching(/PUT .*a\.zip: AuthenticationFailed: Signature did not match/),
      expect.stringMatching(
        /PUT .*a\.zip: UnsupportedHttpVerb: PUT blob is not an operation @actions\/artifact 6 makes/
      ),
      expect.stringMatching(/MissingRequiredHeader: x-ms-version is required/),
      expect.stringMatching(/InvalidBlockList: .*block QQ== \(Latest\) was not uploaded/)
    ])
    await fetch(`${fake.origin}/elsewhere`)
    expect(fake.violations.at(-1)).toMatch(/GET \/elsewhere: no such endpoint/)
    fake.violations.length = 0
  })
})
