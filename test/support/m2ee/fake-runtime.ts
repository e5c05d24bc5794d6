// A stand-in for the Mendix runtime's admin API as m2ee-tools speaks to it (m2ee-tools 8.0.1
// src/m2ee/client.py): POST http://127.0.0.1:<admin_port>/ with a JSON body {"action", "params"}
// and the admin password base64-encoded in X-M2EE-Authentication; the answer is JSON
// {"result": 0, "feedback": {...}} on success, or a non-zero result with "message" and "cause".
// The start result codes are client_errno.py's. Started detached by fake-m2ee.ts, as m2ee starts
// the JVM; it writes the configuration it was sent to <home>/runtime-config.json.
//
//   node --import tsx fake-runtime.ts PORT PASSWORD HOME
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { readControl } from './fake-control.js'

const [port, password, home] = process.argv.slice(2) as [string, string, string]
const control = readControl(home)
let status = 'created'
let startCalls = 0
let statusPolls = 0

type Answer = {
  result: number
  feedback?: Record<string, unknown>
  message?: string
  cause?: string
}

function act(action: string, params: Record<string, unknown>): Answer {
  switch (action) {
    case 'echo':
      return { result: 0, feedback: { echo: 'pong' } }
    case 'runtime_status':
      if (status === 'running' && statusPolls++ < (control.startingPolls ?? 0)) {
        return { result: 0, feedback: { status: 'starting' } }
      }
      return { result: 0, feedback: { status } }
    case 'update_configuration':
      writeFileSync(join(home, 'runtime-config.json'), JSON.stringify(params, null, 2))
      return { result: 0 }
    case 'update_appcontainer_configuration':
    case 'create_log_subscriber':
    case 'start_logging':
    case 'add_mime_type':
    case 'execute_ddl_commands':
    case 'update_admin_user':
      return { result: 0, feedback: {} }
    case 'start': {
      startCalls++
      const start = control.start ?? 'ok'
      if (start === 'no-database-first' && startCalls === 1) {
        return { result: 2, message: 'Database does not exist', feedback: {} }
      }
      if (start === 'admin-1-first' && startCalls === 1) {
        return {
          result: 5,
          message: 'Admin user with password 1',
          feedback: { users: ['MxAdmin'] }
        }
      }
      if (typeof start === 'object') return { ...start, feedback: {} }
      status = 'running'
      return { result: 0, feedback: {} }
    }
    default:
      return { result: -5, message: `action ${action} not found` }
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const send = (code: number, body: unknown): void => {
      res.writeHead(code, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.method !== 'POST' || req.url !== '/') return send(404, { error: 'POST / only' })
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return send(200, { result: -2, message: 'content type must be application/json' })
    }
    const auth = Buffer.from(String(req.headers['x-m2ee-authentication'] ?? ''), 'base64')
    if (auth.toString('utf8') !== password) {
      return send(200, { result: -4, message: 'not allowed: bad X-M2EE-Authentication' })
    }
    let body: { action?: unknown; params?: unknown }
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body
    } catch {
      return send(200, { result: -6, message: 'cannot read request' })
    }
    if (
      typeof body.action !== 'string' ||
      typeof body.params !== 'object' ||
      body.params === null
    ) {
      return send(200, { result: -1, message: 'request must have action and params' })
    }
    if (body.action === 'shutdown') {
      send(200, { result: 0 })
      server.close()
      setImmediate(() => process.exit(0))
      return
    }
    send(200, act(body.action, body.params as Record<string, unknown>))
  })
})
server.listen(Number(port), '127.0.0.1')
