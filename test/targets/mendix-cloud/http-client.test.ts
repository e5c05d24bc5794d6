import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { silentLogger } from '../../../src/log.js'
import { RetriesExhaustedError } from '../../../src/net/retry-policy.js'
import { MendixAccessError, MendixApiError } from '../../../src/targets/mendix-cloud/api-errors.js'
import {
  errorFields,
  MendixHttp,
  MendixNetworkError
} from '../../../src/targets/mendix-cloud/http-client.js'
import { isTransient } from '../../../src/targets/mendix-cloud/poll.js'
import { testPolicy } from '../../support/retry.js'

const servers: Server[] = []

async function serve(answer: (res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => answer(res))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

const auth = { kind: 'api-key', username: 'u@example.com', apiKey: 'secret-key' } as const
const http = new MendixHttp(auth)

describe('the Mendix HTTP client', () => {
  it('reads the error code and message of each documented body shape', () => {
    expect(errorFields({ errorCode: 'APP_NOT_FOUND', errorMessage: 'App not found' })).toEqual({
      code: 'APP_NOT_FOUND',
      detail: 'App not found'
    })
    expect(
      errorFields({
        error: {
          code: 404,
          message: 'Environment not found',
          'invalid-params': [{ name: '', reason: '' }]
        }
      })
    ).toEqual({ code: undefined, detail: 'Environment not found' })
    expect(errorFields('Service Unavailable')).toEqual({
      code: undefined,
      detail: 'Service Unavailable'
    })
    expect(errorFields(null)).toEqual({ code: undefined, detail: '' })
  })

  it('maps a documented code to an explained error, a 403 to the right that is missing', async () => {
    const url = await serve((res) => {
      res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          errorCode: 'DB_SYNC_FAILED',
          errorMessage: 'Cannot start app. Synchronization of database failed.'
        })
      )
    })
    const error = await http
      .send({ method: 'GET', url, what: 'starting Test' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MendixApiError)
    expect((error as Error).message).toBe(
      'starting Test failed with DB_SYNC_FAILED: Cannot start app. Synchronization of database failed. (synchronizing the database with the model failed: read the environment’s log in the Portal)'
    )

    const forbidden = await serve((res) => {
      res.writeHead(403, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ errorCode: 'NO_ACCESS', errorMessage: 'You do not have access' }))
    })
    const refused = await http
      .send({
        method: 'POST',
        url: forbidden,
        json: {},
        what: 'stopping Test',
        right: 'Transport Rights'
      })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(MendixAccessError)
    expect(refused).toBeInstanceOf(ConfigurationError)
    expect((refused as Error).message).toBe(
      'stopping Test was refused (403 NO_ACCESS: You do not have access): the Mendix user lacks Transport Rights and API Rights for this environment: ask the app’s Technical Contact to grant Transport Rights and API Rights on the app’s Environments → Permissions tab'
    )
  })

  it('a plain-text error keeps its text after the retries; the API key never appears', async () => {
    const url = await serve((res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' })
      res.end('Bad Gateway')
    })
    const retry = testPolicy({ maxAttempts: 2, random: () => 0.5 })
    const error = await new MendixHttp(auth, { retry })
      .send({ method: 'GET', url, what: 'reading app calc' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RetriesExhaustedError)
    expect((error as Error).message).toBe(
      'reading app calc failed 2 times over 0.5 s (reading app calc failed with Bad Gateway): Mendix Cloud is unavailable or limiting requests: try again later (its status is at https://status.mendix.com)'
    )
    expect((error as Error).message).not.toContain('secret-key')

    // Credentials written into the API URL never reach a message either.
    const withUser = new URL(url)
    withUser.username = 'deployer'
    withUser.password = 'hunter2'
    const lines: string[] = []
    const logged = await new MendixHttp(auth, {
      retry,
      log: { ...silentLogger, info: (line) => lines.push(line) }
    })
      .send({ method: 'GET', url: withUser.href, what: 'reading app calc' })
      .catch((e: unknown) => e)
    expect(lines).toHaveLength(1)
    for (const text of [(logged as Error).message, ...lines]) {
      expect(text).not.toContain('hunter2')
      expect(text).not.toContain('deployer')
    }
  })

  it('no answer in time, or no server, is a network error tried again; a POST is not sent twice', async () => {
    const retry = testPolicy({ maxAttempts: 2 })
    const client = new MendixHttp(auth, { retry })
    let received = 0
    const url = await serve(() => void received++)
    const slow = await client
      .send({ method: 'GET', url, what: 'reading app calc', timeoutMs: 50 })
      .catch((e: unknown) => e)
    expect(slow).toBeInstanceOf(RetriesExhaustedError)
    expect((slow as Error).message).toMatch(
      /^reading app calc failed 2 times over \d\.\d s \(reading app calc: 127\.0\.0\.1:\d+ did not answer within 0\.1 s\): /
    )
    // A wait polls through it.
    expect(isTransient(slow)).toBe(true)
    expect(received).toBe(2)

    received = 0
    const started = await client
      .send({ method: 'POST', url, json: {}, what: 'starting Test', timeoutMs: 50 })
      .catch((e: unknown) => e)
    expect(started).toBeInstanceOf(MendixNetworkError)
    expect(received).toBe(1)

    const closed = await serve(() => undefined)
    const server = servers.pop()!
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    const refused = await client
      .send({ method: 'POST', url: closed, json: {}, what: 'starting Test' })
      .catch((e: unknown) => e)
    // Refused: nothing reached Mendix, so even a POST is tried again.
    expect(refused).toBeInstanceOf(RetriesExhaustedError)
    expect((refused as Error).message).toMatch(
      /^starting Test failed 2 times over \d\.\d s \(starting Test: cannot reach 127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
  })
})
