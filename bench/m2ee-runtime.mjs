// The least of a Mendix runtime's admin API that `mxdeploy stage` to an m2ee target asks for:
// the runtime_status that `m2ee status` sends (m2ee-tools src/m2ee/client.py): POST
// http://127.0.0.1:<admin_port>/ with a JSON body {"action", "params"} and the admin password
// base64-encoded in X-M2EE-Authentication; the answer {"result": 0, "feedback": {...}}. It
// answers as a runtime that already runs, so the bench times mxdeploy's work and no JVM start.
// The same request and answer shapes as test/support/m2ee/fake-runtime.ts, which the tests use.
//
//   node bench/m2ee-runtime.mjs PASSWORD     (prints the port it listens on, on loopback)
import { createServer } from 'node:http'

const password = process.argv[2] ?? ''

function act(action) {
  if (action === 'runtime_status') return { result: 0, feedback: { status: 'running' } }
  if (action === 'echo') return { result: 0, feedback: { echo: 'pong' } }
  return { result: -5, message: `action ${action} not found` }
}

const server = createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    const send = (code, body) => {
      res.writeHead(code, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.method !== 'POST' || req.url !== '/') return send(404, { error: 'POST / only' })
    const auth = Buffer.from(String(req.headers['x-m2ee-authentication'] ?? ''), 'base64')
    if (auth.toString('utf8') !== password) {
      return send(200, { result: -4, message: 'not allowed: bad X-M2EE-Authentication' })
    }
    let body
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return send(200, { result: -6, message: 'cannot read request' })
    }
    send(200, act(body?.action))
  })
})
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`))
// Ends with the bench that started it, even when the bench is killed.
process.stdin.resume()
process.stdin.on('end', () => process.exit(0))
