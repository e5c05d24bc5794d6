// A stand-in for the `m2ee` command of m2ee-tools 8.0.1 (src/m2ee.py, src/m2ee/core.py), put on
// PATH by the tests. It takes m2ee's arguments (-c FILE repeated, -y/--yolo, one command), reads
// the configuration with this suite's reproduction of m2ee's loader, and runs `restart`, `start`,
// `stop` and `status` the way m2ee.py does: it starts fake-runtime.ts detached (as m2ee starts the
// JVM), sends it the runtime configuration and `start`, and on a refused start logs the error,
// stops the process and still exits 0, as m2ee does. Its output has m2ee's form, `LEVEL: message`,
// with ERROR and CRITICAL on stderr and the rest on stdout; when stdout is not a terminal, lines
// below ERROR come out as the `--- Logging error ---` tracebacks m2ee prints under Python 3 (the
// shape recorded from a real m2ee run with stdout redirected). Every call is appended to
// <home>/calls.jsonl with its arguments, folder, MXDEPLOY_* variables and the -c files' text.
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { readControl } from './fake-control.js'
import { loadM2eeConfig, runtimeConfiguration } from './m2ee-config.js'

const home = process.env['FAKE_M2EE_HOME']!
const control = readControl(home)

function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  const body = [...text]
    .map((c) => {
      if (c === '\\' || c === quote) return `\\${c}`
      if (c === '\n') return '\\n'
      if (c === '\r') return '\\r'
      if (c === '\t') return '\\t'
      const code = c.codePointAt(0)!
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c
    })
    .join('')
  return `${quote}${body}${quote}`
}

function log(level: 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL', message: string): void {
  if (level === 'ERROR' || level === 'CRITICAL') {
    process.stderr.write(`${level}: ${message}\n`)
  } else if (process.stdout.isTTY) {
    process.stdout.write(`${level}: ${message}\n`)
  } else {
    process.stderr.write(
      [
        '--- Logging error ---',
        'Traceback (most recent call last):',
        '  File "/usr/lib/python3.11/logging/__init__.py", line 1113, in emit',
        '    stream.write(msg + self.terminator)',
        '  File "<frozen codecs>", line 378, in write',
        'TypeError: write() argument must be str, not bytes',
        'Call stack:',
        '  File "/usr/bin/m2ee", line 1042, in <module>',
        '    main()',
        '  File "/usr/lib/python3/dist-packages/m2ee/core.py", line 104, in stop',
        `    logger.${level.toLowerCase()}("${message.slice(0, 30)}"`,
        `Message: ${pyRepr(message)}`,
        'Arguments: ()',
        ''
      ].join('\n')
    )
  }
}

// m2ee's arguments (argparse in m2ee.py main()).
const files: string[] = []
let yolo = false
const words: string[] = []
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!
  if (arg === '-c') files.push(argv[++i]!)
  else if (arg === '-y' || arg === '--yolo') yolo = true
  else if (arg === '-v' || arg === '-q') continue
  else words.push(arg)
}
const text = (file: string): string | null => (existsSync(file) ? readFileSync(file, 'utf8') : null)
appendFileSync(
  join(home, 'calls.jsonl'),
  `${JSON.stringify({
    argv,
    cwd: process.cwd(),
    env: Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => k.startsWith('MXDEPLOY_') || k === 'RUNNER_TRACKING_ID'
      )
    ),
    files: Object.fromEntries(files.map((f) => [f, text(f)]))
  })}\n`
)

/** The mxdeploy process up the tree: the first node process above the shell that runs this. */
function mxdeployAncestor(): number | undefined {
  let pid = process.ppid
  while (pid > 1) {
    if (readlinkSync(`/proc/${pid}/exe`) === process.execPath) return pid
    pid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
  }
  return undefined
}
if (control.killMxdeploy) {
  const pid = mxdeployAncestor()
  if (pid) process.kill(pid, 'SIGKILL')
}
if (control.exit !== undefined) process.exit(control.exit)

if (files.length === 0) {
  log(
    'CRITICAL',
    'No configuration present. Please put a m2ee.yaml configuration file at the default location ~/.m2ee/m2ee.yaml or specify an alternate configuration file using the -c option.'
  )
  process.exit(1)
}
const loaded = loadM2eeConfig(files, (file) => readFileSync(file, 'utf8'))
for (const warning of loaded.warnings) log('WARNING', warning)
const m2ee = (loaded.config['m2ee'] ?? {}) as Record<string, unknown>
for (const option of ['app_base', 'admin_port', 'admin_pass']) {
  if (!m2ee[option]) {
    log('CRITICAL', `Option ${option} in configuration section m2ee is not defined!`)
    process.exit(1)
  }
}
const appBase = String(m2ee['app_base'])
const port = Number(m2ee['admin_port'])
const pass = String(m2ee['admin_pass'])
const pidfile = typeof m2ee['pidfile'] === 'string' ? m2ee['pidfile'] : join(home, 'm2ee.pid')
const metadataFile = join(appBase, 'model', 'metadata.json')
const metadata = existsSync(metadataFile)
  ? (JSON.parse(readFileSync(metadataFile, 'utf8')) as {
      RuntimeVersion?: string
      Constants?: { Name: string; DefaultValue: string }[]
    })
  : {}

function admin(
  action: string,
  params: Record<string, unknown> = {}
): Promise<Record<string, any> | undefined> {
  const body = JSON.stringify({ action, params })
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        headers: {
          'Content-Type': 'application/json',
          'X-M2EE-Authentication': Buffer.from(pass).toString('base64')
        }
      },
      (res) => {
        let data = ''
        res.on('data', (c: Buffer) => (data += c.toString()))
        res.on('end', () => resolve(JSON.parse(data) as Record<string, any>))
      }
    )
    req.on('error', () => resolve(undefined))
    req.end(body)
  })
}

function alive(): number | undefined {
  if (!existsSync(pidfile)) return undefined
  const pid = Number(readFileSync(pidfile, 'utf8'))
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}

async function stop(): Promise<void> {
  const pid = alive()
  if (!pid || !(await admin('echo', { echo: 'ping' }))) {
    log('INFO', 'Nothing to stop, the application process is not running.')
    return
  }
  log('INFO', 'Waiting for the application to shutdown...')
  await admin('shutdown')
  while (alive()) await sleep(20)
  log('INFO', 'The application has been stopped successfully.')
}

async function start(): Promise<void> {
  const version = metadata.RuntimeVersion
  if (!version || !existsSync(join(appBase, 'runtimes', version))) {
    log(
      'ERROR',
      'The application cannot be started because no application model is present, or because of other previous errors., errno: 0x1'
    )
    process.exit(1)
  }
  log('INFO', 'Trying to start the MxRuntime...')
  const runtime = spawn(
    process.execPath,
    [
      ...process.execArgv,
      new URL('./fake-runtime.ts', import.meta.url).pathname,
      String(port),
      pass,
      home
    ],
    { detached: true, stdio: 'ignore' }
  )
  runtime.unref()
  writeFileSync(pidfile, String(runtime.pid))
  while (!(await admin('echo', { echo: 'ping' }))) await sleep(20)
  const constants = Object.fromEntries(
    (metadata.Constants ?? []).map((c) => [c.Name, c.DefaultValue])
  )
  const config = {
    ...runtimeConfiguration(loaded.config, constants),
    BasePath: appBase,
    DTAPMode: 'P'
  }
  await admin('update_configuration', config)
  for (;;) {
    const answer = (await admin('start'))!
    if (answer['result'] === 0) {
      log('INFO', 'The MxRuntime is fully started now.')
      return
    }
    const cause = answer['cause'] ? `, caused by: ${answer['cause']}` : ''
    log(
      'ERROR',
      `Executing start did not succeed: result: ${answer['result']}, message: ${answer['message']}${cause}`
    )
    if (answer['result'] === 2 && yolo) {
      await admin('execute_ddl_commands')
      continue
    }
    if (answer['result'] === 5 && yolo) {
      for (const user of answer['feedback']['users'] as string[]) {
        log('INFO', `Changing password for user ${user} to Xq7!pR2'w"zL9#mK`)
        await admin('update_admin_user', { username: user, password: 'x' })
      }
      continue
    }
    if (answer['result'] === 4) {
      log(
        'ERROR',
        "You'll have to add the constant definitions to the configuration in the MicroflowConstants section."
      )
    }
    await stop()
    return
  }
}

const command = words.join(' ')
if (command === 'restart') {
  await stop()
  await start()
} else if (command === 'start') {
  await start()
} else if (command === 'stop') {
  await stop()
} else if (command === 'status') {
  const answer = await admin('runtime_status')
  if (!answer) log('INFO', 'The application process is not running.')
  else
    log(
      'INFO',
      `The application process is running, the MxRuntime has status: ${answer['feedback']['status']}`
    )
} else {
  log('ERROR', `fake m2ee does not know the command ${JSON.stringify(command)}`)
  process.exit(1)
}
