import { describe, expect, it } from 'vitest'
import { matchJobDeployment, namesJob, namesRun } from '../../src/activity/github-job-deployment.js'

const job = (run: number, id: number) => `https://github.com/o/r/actions/runs/${run}/job/${id}`

describe('which deployment GitHub made for this job', () => {
  it("knows the job's page in today's form and the older check-run form, and nothing else", () => {
    expect(namesJob(job(7, 42), '42')).toBe(true)
    expect(namesJob('https://github.com/o/r/runs/42/', '42')).toBe(true)
    expect(namesJob(job(7, 421), '42')).toBe(false)
    expect(namesJob('not a url', '42')).toBe(false)
    expect(namesJob(job(7, 42), '4.2')).toBe(false)
    expect(namesRun(job(7, 42), '7')).toBe(true)
    expect(namesRun('https://github.com/o/r/actions/runs/77', '7')).toBe(false)
  })

  it('takes the one linking to the job, even when others link to the run', () => {
    const candidates = [
      { id: 1, statusUrls: [job(7, 41)] },
      { id: 2, statusUrls: [job(7, 42)] }
    ]
    expect(matchJobDeployment(candidates, { runId: '7', checkRunId: '42' }).found).toEqual({
      id: 2,
      logUrl: job(7, 42),
      by: 'job'
    })
  })

  it('without the job, takes the one deployment linking to the run; two are ambiguous', () => {
    const one = [
      { id: 1, statusUrls: [job(6, 40)] },
      { id: 2, statusUrls: ['', job(7, 42)] }
    ]
    expect(matchJobDeployment(one, { runId: '7' }).found).toMatchObject({ id: 2, by: 'run' })
    const two = [...one, { id: 3, statusUrls: [job(7, 43)] }]
    expect(matchJobDeployment(two, { runId: '7' })).toEqual({
      found: undefined,
      reason: "2 deployments link to run 7, so which one is this job's is unknown"
    })
    expect(matchJobDeployment([], { runId: '7', checkRunId: '42' })).toEqual({
      found: undefined,
      reason: "no deployment's status links to job 42 or run 7"
    })
  })
})
