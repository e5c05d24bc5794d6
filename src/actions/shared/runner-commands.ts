import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { redactCredentials } from '../../redact.js'
import { errorMessage } from '../../errors.js'

// What an action does before it knows its inputs are good: read them, set an output's default,
// mask a secret, fail the step. These follow the runner's documented contract exactly as
// @actions/core writes it, so that a step with a wrong input fails without loading
// @actions/core, whose OIDC client pulls in an HTTP stack (a megabyte of code, half the start).

/** An input as the runner passes it (INPUT_<NAME>), trimmed, '' when not given: core.getInput. */
export function readInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

// Data of a workflow command: %, CR and LF escaped, as the runner reads it back.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Sets a step output: a GITHUB_OUTPUT file command, or the older ::set-output line. */
export function setOutputEarly(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT']
  if (!file) {
    process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Masks a secret in the job log from here on. */
export function maskSecret(value: string): void {
  if (value) process.stdout.write(`::add-mask::${escapeData(value)}${EOL}`)
}

/** Fails the step with what went wrong, credentials in URIs redacted (core.setFailed). */
export function failStep(error: unknown): void {
  process.exitCode = 1
  process.stdout.write(`::error::${escapeData(redactCredentials(errorMessage(error)))}${EOL}`)
}
