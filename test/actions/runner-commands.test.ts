import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { getBooleanInput, getOptionalInput } from '../../src/actions/shared/inputs.js'
import {
  failStep,
  maskSecret,
  readInput,
  setOutputEarly
} from '../../src/actions/shared/runner-commands.js'
import { parseKeyValueFile } from '../support/runner/file-commands.js'
import { parseWorkflowCommands } from '../support/runner/workflow-commands.js'

// The commands an action writes before it loads @actions/core must read back, through the
// runner's own parsing, exactly as @actions/core's do.
describe('workflow commands written before @actions/core loads', () => {
  let dir: string
  let stdout: string[]
  const saved = { ...process.env }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mxdeploy-runner-commands-'))
    stdout = []
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      stdout.push(String(text))
      return true
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
    rmSync(dir, { recursive: true, force: true })
  })

  test('inputs are read as core.getInput reads them: INPUT_<NAME>, spaces as _, trimmed', () => {
    process.env['INPUT_DEPLOYMENT-DIR'] = '  deployment \n'
    process.env['INPUT_MY_INPUT'] = 'x'
    expect(readInput('deployment-dir')).toBe(core.getInput('deployment-dir'))
    expect(readInput('deployment-dir')).toBe('deployment')
    expect(readInput('my input')).toBe(core.getInput('my input'))
    expect(readInput('absent')).toBe('')
    expect(getOptionalInput('absent')).toBeUndefined()
  })

  test('booleans are as strict as core.getBooleanInput, and a bad one is a configuration error', () => {
    for (const value of ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']) {
      process.env['INPUT_FLAG'] = value
      expect(getBooleanInput('flag')).toBe(core.getBooleanInput('flag'))
    }
    for (const value of ['', 'yes', 'tRUE', '1']) {
      process.env['INPUT_FLAG'] = value
      expect(() => core.getBooleanInput('flag')).toThrow()
      expect(() => getBooleanInput('flag')).toThrow(`input flag is "${value}"; use true or false`)
    }
  })

  test('an output reads back from GITHUB_OUTPUT as core.setOutput writes it', () => {
    const ours = join(dir, 'ours')
    const theirs = join(dir, 'theirs')
    const value = 'multi\nline %0A value'
    // The runner makes the file before the step starts.
    writeFileSync(ours, '')
    writeFileSync(theirs, '')
    process.env['GITHUB_OUTPUT'] = ours
    setOutputEarly('artifact-id', '')
    setOutputEarly('text', value)
    process.env['GITHUB_OUTPUT'] = theirs
    core.setOutput('artifact-id', '')
    core.setOutput('text', value)
    const read = (file: string) => parseKeyValueFile(readFileSync(file, 'utf8'))
    expect(read(ours)).toEqual(read(theirs))
    expect(read(ours)).toEqual({ 'artifact-id': '', text: value })
  })

  test('without GITHUB_OUTPUT, the ::set-output line is the one core writes', () => {
    delete process.env['GITHUB_OUTPUT']
    setOutputEarly('sha256', 'a%b\nc')
    const ours = stdout.splice(0).join('')
    core.setOutput('sha256', 'a%b\nc')
    expect(ours).toBe(stdout.splice(0).join(''))
  })

  test('a failure is the ::error:: line and exit code of core.setFailed, credentials redacted', () => {
    failStep(new Error('cannot reach https://ada:s3cret@example.com/x\n100% sure'))
    const ours = stdout.splice(0).join('')
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    core.setFailed('cannot reach https://ada:***@example.com/x\n100% sure')
    expect(ours).toBe(stdout.splice(0).join(''))
    expect(process.exitCode).toBe(1)
    expect(parseWorkflowCommands(ours).commands).toMatchObject([
      { name: 'error', data: 'cannot reach https://ada:***@example.com/x\n100% sure' }
    ])
    failStep('not an Error')
    expect(stdout.join('')).toContain('::error::not an Error')
  })

  test('a secret is masked with the line core.setSecret writes; an empty one is not', () => {
    maskSecret('to%ken\n')
    maskSecret('')
    const ours = stdout.splice(0).join('')
    core.setSecret('to%ken\n')
    expect(ours).toBe(stdout.splice(0).join(''))
  })
})
