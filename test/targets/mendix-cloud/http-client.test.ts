import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { MendixAccessError, MendixApiError } from '../../../src/targets/mendix-cloud/api-errors.js'
import {
  errorFields,
  MendixHttp,
  MendixNetworkError
} from '../../../src/targets/mendix-cloud/http-client.js'

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

const http = new MendixHttp({ kind: 'api-key', username: 'u@example.com', apiKey: 'secret-key' })

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

  it('a plain-text error keeps its text; the API key never appears', async () => {
    const url = await serve((res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' })
      res.end('Bad Gateway')
    })
    const error = await http
      .send({ method: 'GET', url, what: 'reading app calc' })
      .catch((e: unknown) => e)
    expect((error as Error).message).toBe('reading app calc failed with Bad Gateway')
    expect((error as Error).message).not.toContain('secret-key')
  })

  it('no answer in time, or no server, is a network error worth another try', async () => {
    const url = await serve(() => undefined)
    const slow = await http
      .send({ method: 'GET', url, what: 'reading app calc', timeoutMs: 50 })
      .catch((e: unknown) => e)
    expect(slow).toBeInstanceOf(MendixNetworkError)
    expect((slow as Error).message).toMatch(
      /^reading app calc: 127\.0\.0\.1:\d+ did not answer within 0\.1 s$/
    )

    const closed = await serve(() => undefined)
    const server = servers.pop()!
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    const refused = await http
      .send({ method: 'GET', url: closed, what: 'reading app calc' })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(MendixNetworkError)
    expect((refused as Error).message).toMatch(
      /^reading app calc: cannot reach 127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
  })
})
