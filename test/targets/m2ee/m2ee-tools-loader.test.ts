import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { renderFragment } from '../../../src/targets/m2ee/fragment.js'
import { toRuntimeSettings } from '../../../src/targets/runtime-settings.js'
import { loadM2eeConfig, runtimeConfiguration } from '../../support/m2ee/m2ee-config.js'

// Opt-in: runs m2ee-tools' own configuration loader (src/m2ee/config.py and core.py's
// send_runtime_config) against this suite's reproduction of it and against mxdeploy's file.
// m2ee-tools is not in any package registry and its code is not part of this project, so this
// runs only when MXDEPLOY_M2EE_TOOLS names a checkout of github.com/mendix/m2ee-tools, with a
// python3 (MXDEPLOY_PYTHON, default python3) that has PyYAML and requests. CI skips it.

const CHECKOUT = process.env['MXDEPLOY_M2EE_TOOLS']
const PYTHON = process.env['MXDEPLOY_PYTHON'] ?? 'python3'
const usable =
  CHECKOUT !== undefined &&
  existsSync(join(CHECKOUT, 'src', 'm2ee', 'config.py')) &&
  spawnSync(PYTHON, ['-c', 'import yaml, requests']).status === 0

// Our driver, not m2ee's code: it calls m2ee's functions and prints what they return as JSON.
const DRIVER = `
import json, logging, sys, types
sys.path.insert(0, sys.argv[1] + '/src')
from m2ee.config import read_yaml_files, M2EEConfig
from m2ee.core import M2EE
skipped = []
class Catch(logging.Handler):
    def emit(self, record):
        text = record.getMessage()
        if text.startswith('Error reading configuration file '):
            skipped.append(text[len('Error reading configuration file '):].split(':')[0])
logging.getLogger().addHandler(Catch())
request = json.load(sys.stdin)
out = []
for case in request['loads']:
    del skipped[:]
    config, _ = read_yaml_files(case)
    out.append({'config': config, 'skipped': list(skipped)})
sent = []
for case in request['runtime']:
    captured = {}
    client = types.SimpleNamespace(update_configuration=lambda c: captured.update(c))
    M2EE.send_runtime_config(types.SimpleNamespace(config=M2EEConfig(case), client=client))
    sent.append(captured)
print(json.dumps({'loads': out, 'runtime': sent}, default=str))
`

interface Result {
  loads: { config: Record<string, unknown>; skipped: string[] }[]
  runtime: Record<string, unknown>[]
}

function runM2eeLoader(loads: string[][], runtime: string[][]): Result {
  const text = execFileSync(PYTHON, ['-c', DRIVER, CHECKOUT!], {
    input: JSON.stringify({ loads, runtime }),
    encoding: 'utf8'
  })
  return JSON.parse(text) as Result
}

describe.skipIf(!usable)("m2ee-tools' own loader (MXDEPLOY_M2EE_TOOLS)", () => {
  test('merges the -c files as the reproduction does, and sends the runtime what mxdeploy wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-m2ee-tools-'))
    const appBase = join(dir, 'app')
    for (const sub of [
      'model',
      'web',
      'data/model-upload',
      'data/database',
      'data/tmp',
      'runtimes'
    ])
      await mkdir(join(appBase, sub), { recursive: true })
    const metadata = readFileSync(
      new URL('../../../examples/hello/deployment/model/metadata.json', import.meta.url)
    )
    await writeFile(join(appBase, 'model', 'metadata.json'), metadata)
    const team = readFileSync(new URL('./fixtures/m2ee.yaml', import.meta.url), 'utf8')
      .replaceAll('@APP_BASE@', appBase)
      .replaceAll('@ADMIN_PORT@', '9000')
    const files: Record<string, string> = {
      'team.yaml': team,
      'specified.yaml': renderFragment(
        toRuntimeSettings({
          constants: { 'Hello.ApiUrl': 'https://api.example.com', 'Hello.MaxRetries': '5' },
          scheduledEvents: { 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true }
        }),
        { app: 'hello', version: '1.2.0.3', environment: 'production', usage: 'm2ee -c …' }
      ),
      'all.yaml': renderFragment(
        toRuntimeSettings({
          constants: { 'M.Date': '2024-01-01', 'M.Yes': 'yes', 'M.Odd': 'a: "b"\n\u2028\u0085' },
          scheduledEvents: { 'Hello.CleanupOldGreetings': true, 'Hello.SyncCustomers': true }
        }),
        { app: 'hello', version: '1.2.0.3', environment: 'production', usage: 'm2ee -c …' }
      ),
      'nothing.yaml': renderFragment(
        { MicroflowConstants: {} },
        { app: 'hello', version: '1.2.0.3', environment: 'production', usage: 'm2ee -c …' }
      ),
      'null-runtime.yaml': 'mxruntime:\n',
      'list.yaml': 'mxruntime:\n MyScheduledEvents: [Shop.Nightly]\n',
      'text.yaml': 'mxruntime:\n MyScheduledEvents: "B.y,C.z"\n',
      'text-team.yaml': 'mxruntime:\n MyScheduledEvents: A.x\n',
      'empty-list.yaml': 'mxruntime:\n MyScheduledEvents: []\n',
      'null.yaml': 'mxruntime:\n MyScheduledEvents:\n MicroflowConstants:\n',
      'scalar-runtime.yaml': 'mxruntime: x\n',
      'broken.yaml': 'mxruntime: [unclosed\n',
      'top-list.yaml': '- a\n- b\n',
      'include.yaml': `include: [${join(dir, 'text.yaml')}]\n`
    }
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
    const at = (...names: string[]) => names.map((name) => join(dir, name))
    const loads = [
      at('team.yaml', 'specified.yaml'),
      at('team.yaml', 'all.yaml'),
      at('team.yaml', 'nothing.yaml'),
      at('team.yaml', 'null-runtime.yaml'),
      at('specified.yaml', 'team.yaml'),
      at('team.yaml', 'list.yaml'),
      at('team.yaml', 'text.yaml'),
      at('text-team.yaml', 'list.yaml'),
      at('team.yaml', 'empty-list.yaml'),
      at('team.yaml', 'null.yaml'),
      at('null.yaml', 'specified.yaml'),
      at('scalar-runtime.yaml', 'specified.yaml'),
      at('team.yaml', 'broken.yaml'),
      at('team.yaml', 'top-list.yaml'),
      at('team.yaml', 'missing.yaml'),
      at('include.yaml', 'team.yaml', 'list.yaml'),
      at('team.yaml')
    ]
    const runtime = [at('team.yaml', 'specified.yaml'), at('team.yaml', 'all.yaml')]
    const real = runM2eeLoader(loads, runtime)

    // The reproduction agrees with m2ee on every case: merged result and skipped files.
    loads.forEach((files, i) => {
      const ours = loadM2eeConfig(files, (file) => readFileSync(file, 'utf8'))
      const skipped = files.filter((file) => !ours.read.includes(file))
      expect({ config: JSON.parse(JSON.stringify(ours.config)), skipped }, files.join(' ')).toEqual(
        real.loads[i]
      )
    })

    // What m2ee sends the runtime from the team's file and mxdeploy's.
    const model = Object.fromEntries(
      (
        JSON.parse(metadata.toString('utf8')) as {
          Constants: { Name: string; DefaultValue: string }[]
        }
      ).Constants.map((c) => [c.Name, c.DefaultValue])
    )
    const [specified, all] = real.runtime
    expect(specified).toMatchObject({
      ScheduledEventExecution: 'SPECIFIED',
      MyScheduledEvents: 'Hello.SyncCustomers',
      MicroflowConstants: {
        ...model,
        'Hello.ApiUrl': 'https://api.example.com',
        'Hello.MaxRetries': '5',
        // Not set by mxdeploy: the team's value.
        'Hello.GreetingText': "Welcome to the team's server"
      },
      DTAPMode: 'P',
      BasePath: appBase
    })
    expect(specified!['MicroflowConstants']).not.toHaveProperty('Legacy.RemovedSetting')
    expect(all).toMatchObject({ ScheduledEventExecution: 'ALL' })
    const reproduced = runtimeConfiguration(
      loadM2eeConfig(runtime[0]!, (file) => readFileSync(file, 'utf8')).config,
      model
    )
    expect(specified!['MicroflowConstants']).toEqual(reproduced['MicroflowConstants'])
    expect(specified!['MyScheduledEvents']).toEqual(reproduced['MyScheduledEvents'])
    // A file of mxdeploy's without constants or events of its own changes nothing; an empty
    // mxruntime: would wipe the team's section.
    expect(real.loads[2]!.config).toEqual(real.loads.at(-1)!.config)
    expect(real.loads[3]!.config['mxruntime']).toBeNull()
    // Every value arrives as the text mxdeploy wrote.
    const sentAll = real.loads[1]!.config['mxruntime'] as Record<string, Record<string, string>>
    expect(sentAll['MicroflowConstants']).toMatchObject({
      'M.Date': '2024-01-01',
      'M.Yes': 'yes',
      'M.Odd': 'a: "b"\n\u2028\u0085'
    })
  })
})
