import { afterEach, describe, expect, it, vi } from 'vitest'
import { getInputs } from '../../src/actions/stage/inputs.js'
import { ConfigurationError } from '../../src/errors.js'

function inputs(values: Record<string, string>): void {
  const all = { environment: 'test', 'github-token': 'ghs_x', redeploy: 'false', rollback: 'false' }
  for (const [name, value] of Object.entries({ ...all, ...values })) {
    vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value)
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("the stage action's check-run-id input", () => {
  it('is the job check run ID, or nothing where GitHub gives none (GHES)', () => {
    inputs({ 'check-run-id': '51725241954' })
    expect(getInputs().checkRunId).toBe('51725241954')
    inputs({ 'check-run-id': '' })
    expect(getInputs().checkRunId).toBeUndefined()
  })

  it('refuses anything but digits, naming the input and its default', () => {
    inputs({ 'check-run-id': '${{ job.check_run_id }}' })
    expect(() => getInputs()).toThrow(ConfigurationError)
    expect(() => getInputs()).toThrow(
      "input check-run-id is '${{ job.check_run_id }}', not a number: leave it at its default (job.check_run_id)"
    )
  })
})
