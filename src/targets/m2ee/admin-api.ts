import { request } from 'node:http'
import { errnoCode, errorMessage } from '../../errors.js'

/** Where the runtime's admin API listens and the password m2ee-tools sends it. */
export interface AdminApi {
  port: number
  pass: string
  /** Per request; m2ee's own `status` waits 3 s. */
  timeoutMs?: number
}

/** What the runtime answered to `runtime_status`, or why it could not be asked. */
export type RuntimeStatus =
  { status: string; problem?: undefined } | { status?: undefined; problem: string }

/**
 * Asks the runtime for its status the way `m2ee status` does (m2ee-tools client.py): a JSON POST
 * `{"action": "runtime_status", "params": {}}` to http://127.0.0.1:admin_port/ with the admin
 * password base64-encoded in X-M2EE-Authentication; the answer is
 * `{"result": 0, "feedback": {"status": "running"}}`. A refused connection is a runtime that does
 * not run (m2ee says "The application process is not running").
 */
export function runtimeStatus(api: AdminApi): Promise<RuntimeStatus> {
  const body = JSON.stringify({ action: 'runtime_status', params: {} })
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: api.port,
        method: 'POST',
        path: '/',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-M2EE-Authentication': Buffer.from(api.pass, 'utf8').toString('base64')
        },
        timeout: api.timeoutMs ?? 10_000
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', (error) => resolve({ problem: errorMessage(error) }))
        res.on('end', () => resolve(readAnswer(res.statusCode ?? 0, Buffer.concat(chunks))))
      }
    )
    req.on('timeout', () => {
      req.destroy()
      resolve({
        problem: `the admin API on port ${api.port} did not answer within ${Math.round((api.timeoutMs ?? 10_000) / 1000)} s`
      })
    })
    req.on('error', (error) => {
      resolve({
        problem:
          errnoCode(error) === 'ECONNREFUSED'
            ? `nothing listens on the admin port ${api.port}: the application process is not running`
            : `the admin API on port ${api.port} failed: ${errorMessage(error)}`
      })
    })
    req.end(body)
  })
}

function readAnswer(status: number, raw: Buffer): RuntimeStatus {
  const text = raw.toString('utf8')
  if (status !== 200) {
    const hint =
      status === 401 || status === 403 ? ' (is admin_pass the one the runtime started with?)' : ''
    return {
      problem: `the admin API answered HTTP ${status}${hint}: ${text.slice(0, 300)}`
    }
  }
  let answer: {
    result?: unknown
    feedback?: { status?: unknown }
    message?: unknown
    cause?: unknown
  }
  try {
    answer = JSON.parse(text) as typeof answer
  } catch {
    return {
      problem: `the admin API answered with something other than JSON: ${text.slice(0, 300)}`
    }
  }
  if (answer.result !== 0) {
    const cause = answer.cause ? `, caused by: ${JSON.stringify(answer.cause)}` : ''
    return {
      problem: `runtime_status did not succeed: result ${String(answer.result)}, message: ${JSON.stringify(answer.message)}${cause}`
    }
  }
  const runtime = answer.feedback?.status
  if (typeof runtime !== 'string') {
    return { problem: `runtime_status answered without a status: ${text.slice(0, 300)}` }
  }
  return { status: runtime }
}
