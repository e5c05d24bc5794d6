import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A certificate authority and a server certificate for 127.0.0.1 it signed, as PEM. */
export interface TestTls {
  ca: string
  cert: string
  key: string
}

async function make(): Promise<TestTls> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-k8s-tls-'))
  const at = (name: string): string => join(dir, name)
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  try {
    await run('openssl', [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      at('ca.key'),
      '-out',
      at('ca.crt'),
      '-days',
      '2',
      '-subj',
      '/CN=mxdeploy test cluster CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign'
    ])
    await run('openssl', [
      'req',
      ...ec,
      '-keyout',
      at('server.key'),
      '-out',
      at('server.csr'),
      '-subj',
      '/CN=127.0.0.1'
    ])
    // Go's TLS (kubectl) checks the subjectAltName, never the CN.
    await writeFile(
      at('ext.cnf'),
      'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n'
    )
    await run('openssl', [
      'x509',
      '-req',
      '-in',
      at('server.csr'),
      '-CA',
      at('ca.crt'),
      '-CAkey',
      at('ca.key'),
      '-CAcreateserial',
      '-out',
      at('server.crt'),
      '-days',
      '2',
      '-extfile',
      at('ext.cnf')
    ])
    const [ca, cert, key] = await Promise.all(
      ['ca.crt', 'server.crt', 'server.key'].map((name) => readFile(at(name), 'utf8'))
    )
    return { ca: ca!, cert: cert!, key: key! }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

let made: Promise<TestTls> | undefined

/** The test CA and server certificate, made once per test file with openssl. */
export function testTls(): Promise<TestTls> {
  made ??= make()
  return made
}
