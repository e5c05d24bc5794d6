import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { runtimeStatus } from '../../../src/targets/m2ee/admin-api.js'
import { m2eeOutputFilter } from '../../../src/targets/m2ee/m2ee-output.js'
import { m2eeVariables, restartCommandLine } from '../../../src/targets/m2ee/restart.js'
import { readTeamConfig } from '../../../src/targets/m2ee/team-config.js'

const FILES = ['/srv/cloud/m2ee.yaml', '/srv/cloud/hello/.mxdeploy/m2ee.yaml'] as const

describe('the restart command line', () => {
  test('m2ee gets both -c files right after its name, team file first', () => {
    expect(restartCommandLine('m2ee --yolo restart', FILES)).toBe(
      "m2ee -c '/srv/cloud/m2ee.yaml' -c '/srv/cloud/hello/.mxdeploy/m2ee.yaml' --yolo restart"
    )
    expect(restartCommandLine('  /usr/local/bin/m2ee --yolo restart', FILES)).toBe(
      "  /usr/local/bin/m2ee -c '/srv/cloud/m2ee.yaml' -c '/srv/cloud/hello/.mxdeploy/m2ee.yaml' --yolo restart"
    )
  })

  test('a path with a quote or a space stays one argument', () => {
    expect(restartCommandLine('m2ee restart', ["/srv/it's here/m2ee.yaml", '/b c/x.yaml'])).toBe(
      "m2ee -c '/srv/it'\\''s here/m2ee.yaml' -c '/b c/x.yaml' restart"
    )
  })

  test('commands that choose their own files, or are not m2ee, run as written', () => {
    for (const command of [
      'm2ee -c /srv/cloud/m2ee.yaml --yolo restart',
      'm2ee $MXDEPLOY_M2EE_ARGS --yolo restart',
      'sudo -u hello m2ee --yolo restart',
      'systemctl restart mendix-hello',
      'm2ee-wrapper restart'
    ]) {
      expect(restartCommandLine(command, FILES)).toBe(command)
    }
  })

  test('a script gets the files as one argument list and one by one', () => {
    expect(m2eeVariables(FILES)).toEqual({
      MXDEPLOY_M2EE_ARGS: '-c /srv/cloud/m2ee.yaml -c /srv/cloud/hello/.mxdeploy/m2ee.yaml',
      MXDEPLOY_M2EE_CONFIG: '/srv/cloud/m2ee.yaml',
      MXDEPLOY_M2EE_SETTINGS: '/srv/cloud/hello/.mxdeploy/m2ee.yaml'
    })
  })
})

describe("m2ee's output", () => {
  // The shape m2ee 8.0.1 prints under Python 3 with stdout not a terminal (recorded from a run
  // of the real m2ee with stdout redirected; our paths and message).
  const BLOCK = `--- Logging error ---
Traceback (most recent call last):
  File "/usr/lib/python3.11/logging/__init__.py", line 1113, in emit
    stream.write(msg + self.terminator)
  File "<frozen codecs>", line 378, in write
TypeError: write() argument must be str, not bytes
Call stack:
  File "/usr/lib/python3/dist-packages/m2ee/config.py", line 56, in __init__
    logger.warning("Mendix Runtime not found for version %s. "
Message: 'Mendix Runtime not found for version 10.24.8.80126. It\\'s a "test".'
Arguments: ()`.split('\n')

  test('a Python 3 logging traceback becomes the line m2ee meant to print', () => {
    const filter = m2eeOutputFilter([])
    const kept = BLOCK.map((line) => filter.redact(line, 'stderr')).filter(Boolean)
    expect(kept).toEqual([
      `WARNING: Mendix Runtime not found for version 10.24.8.80126. It's a "test".`
    ])
  })

  test('an ERROR line right after a cut-off block is kept', () => {
    const filter = m2eeOutputFilter([])
    const lines = [...BLOCK.slice(0, 5), 'ERROR: Executing start did not succeed: result: 12']
    const kept = lines.map((line) => filter.redact(line, 'stderr')).filter(Boolean)
    expect(kept).toEqual(['ERROR: Executing start did not succeed: result: 12'])
    expect(filter.errors(kept)).toEqual(kept)
  })

  test('passwords m2ee prints and known secrets are hidden', () => {
    const filter = m2eeOutputFilter(['s3cret-admin'])
    expect(filter.redact(`INFO: Changing password for user MxAdmin to a'B"c!9`, 'stdout')).toBe(
      'INFO: Changing password for user MxAdmin to ***'
    )
    expect(filter.redact(`Message: "Changing password for user MxAdmin to a'B!9"`, 'stderr')).toBe(
      `Message: "Changing password for user MxAdmin to ***`
    )
    expect(filter.redact('ERROR: bad admin_pass s3cret-admin', 'stderr')).toBe(
      'ERROR: bad admin_pass ***'
    )
  })
})

describe("the runtime's admin API", () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  async function answering(status: number, body: string): Promise<number> {
    server = createServer((req, res) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(body)
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    return (server.address() as { port: number }).port
  }

  test('a refusal of the password, an error result and a non-JSON answer are problems', async () => {
    let port = await answering(200, '{"result": -4, "message": "not allowed"}')
    expect(await runtimeStatus({ port, pass: 'x' })).toEqual({
      problem: 'runtime_status did not succeed: result -4, message: "not allowed"'
    })
    server!.close()
    port = await answering(500, 'boom')
    expect((await runtimeStatus({ port, pass: 'x' })).problem).toBe(
      'the admin API answered HTTP 500: boom'
    )
    server!.close()
    port = await answering(200, '<html>')
    expect((await runtimeStatus({ port, pass: 'x' })).problem).toContain('other than JSON')
  })

  test('nothing listening is a process that does not run', async () => {
    const port = await answering(200, '{}')
    server!.close()
    await new Promise((resolve) => server!.on('close', resolve))
    expect((await runtimeStatus({ port, pass: 'x' })).problem).toBe(
      `nothing listens on the admin port ${port}: the application process is not running`
    )
  })
})

describe("the team's m2ee.yaml", () => {
  async function team(text: string): Promise<{ file: string; appBase: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-team-'))
    const appBase = join(dir, 'app')
    await mkdir(appBase)
    const file = join(dir, 'm2ee.yaml')
    await writeFile(file, text.replaceAll('@APP_BASE@', appBase))
    return { file, appBase }
  }
  const read = ({ file, appBase }: { file: string; appBase: string }) =>
    readTeamConfig({ file, appBase, fragment: join(appBase, '.mxdeploy', 'm2ee.yaml') })

  test('is read as PyYAML reads it: admin_pass as Python would make it text', async () => {
    const config = await read(
      await team('m2ee:\n app_base: @APP_BASE@\n admin_port: "9000"\n admin_pass: yes\n')
    )
    expect(config).toMatchObject({ adminPort: 9000, adminPass: 'True' })
    expect(config.modelUploadPath).toMatch(/app\/data\/model-upload$/)
  })

  test('an include m2ee cannot read is a warning, and its settings do not count', async () => {
    const config = await read(
      await team(
        'm2ee:\n app_base: @APP_BASE@\n admin_port: 9000\n admin_pass: pw\ninclude: [/nowhere/x.yaml]\n'
      )
    )
    expect(config.warnings).toEqual([expect.stringContaining('/nowhere/x.yaml (included by ')])
  })

  test('a later include sets admin_pass and model_upload_path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-team-'))
    await writeFile(
      join(dir, 'secret.yaml'),
      'm2ee:\n admin_pass: from-include\n model_upload_path: /srv/up\n'
    )
    const config = await read(
      await team(
        `m2ee:\n app_base: @APP_BASE@\n admin_port: 9000\n admin_pass: pw\ninclude:\n - ${join(dir, 'secret.yaml')}\n`
      )
    )
    expect(config).toMatchObject({ adminPass: 'from-include', modelUploadPath: '/srv/up' })
  })

  test.each([
    ['not YAML', 'm2ee: [\n', 'cannot be read'],
    ['not a mapping', '- a\n', 'is not a YAML mapping'],
    ['without app_base', 'm2ee:\n admin_port: 9000\n admin_pass: pw\n', 'has no m2ee.app_base'],
    [
      'with a port that is not one',
      'm2ee:\n app_base: @APP_BASE@\n admin_port: http\n admin_pass: pw\n',
      'm2ee.admin_port is "http", not a TCP port number'
    ],
    [
      'with mxruntime as text',
      'm2ee:\n app_base: @APP_BASE@\n admin_port: 9000\n admin_pass: pw\nmxruntime: none\n',
      "mxruntime is not a mapping, so m2ee would skip mxdeploy's settings file"
    ]
  ])('refuses one %s', async (_, text, message) => {
    const files = await team(text)
    await expect(read(files)).rejects.toThrow(ConfigurationError)
    await expect(read(files)).rejects.toThrow(message)
  })
})
