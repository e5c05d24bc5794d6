import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captureCli, type CapturedRun } from '../support/cli.js'
import { commits, git, newRepo } from './support/git-repo.js'

async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CapturedRun> {
  return captureCli(argv, cwd, env)
}

describe('mxdeploy trace', () => {
  let repo: ReturnType<typeof newRepo>
  let shas: string[]

  beforeAll(() => {
    repo = newRepo()
    shas = commits(repo.dir, [
      'Initial commit',
      'ABC-1: login page\n\nRelated stories: 12, 34',
      'Fix typo \u001b[2J in <b>docs</b>',
      'AB#9 and ABC-1 again'
    ])
  })
  afterAll(() => repo.cleanup())

  it('prints the stories of a range with their commits, and the commits without one, as JSON', async () => {
    const { code, stdout, stderr } = await cli(
      repo.dir,
      ['trace', '--from', shas[0]!, '--to', 'HEAD', '--json'],
      { GITHUB_REPOSITORY: 'acme/hello' }
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc).toMatchObject({
      from: shas[0],
      to: shas[3],
      firstDeployment: false,
      truncated: false,
      commits: 3,
      merges: 0
    })
    expect(doc.stories).toEqual([
      {
        id: 'AB#9',
        tracker: 'azure-boards',
        url: null,
        commits: [{ sha: shas[3], subject: 'AB#9 and ABC-1 again' }]
      },
      {
        id: 'ABC-1',
        tracker: 'jira',
        url: null,
        commits: [
          { sha: shas[3], subject: 'AB#9 and ABC-1 again' },
          { sha: shas[1], subject: 'ABC-1: login page' }
        ]
      },
      {
        id: '12',
        tracker: 'trailer',
        url: null,
        commits: [{ sha: shas[1], subject: 'ABC-1: login page' }]
      },
      {
        id: '34',
        tracker: 'trailer',
        url: null,
        commits: [{ sha: shas[1], subject: 'ABC-1: login page' }]
      }
    ])
    expect(doc.withoutStory).toEqual([
      { sha: shas[2], subject: 'Fix typo \u001b[2J in <b>docs</b>' }
    ])
  })

  it('prints readable text with terminal control characters removed', async () => {
    const { code, stdout } = await cli(repo.dir, ['trace', '--from', shas[0]!])
    expect(code).toBe(0)
    expect(stdout).not.toContain('\u001b')
    expect(stdout.split('\n')).toEqual([
      `${shas[0]!.slice(0, 12)}..${shas[3]!.slice(0, 12)}: 3 commits, 4 stories, 1 commits without a story`,
      'AB#9',
      `  ${shas[3]!.slice(0, 12)}  AB#9 and ABC-1 again`,
      'ABC-1',
      `  ${shas[3]!.slice(0, 12)}  AB#9 and ABC-1 again`,
      `  ${shas[1]!.slice(0, 12)}  ABC-1: login page`,
      '12',
      `  ${shas[1]!.slice(0, 12)}  ABC-1: login page`,
      '34',
      `  ${shas[1]!.slice(0, 12)}  ABC-1: login page`,
      'without a story:',
      `  ${shas[2]!.slice(0, 12)}  Fix typo [2J in <b>docs</b>`,
      ''
    ])
  })

  it('reads the whole history without --from, up to --limit, and says so', async () => {
    const { code, stdout } = await cli(repo.dir, ['trace', '--limit', '2', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      from: null,
      firstDeployment: true,
      truncated: true,
      limit: 2,
      commits: 2
    })
    const text = await cli(repo.dir, ['trace', '--limit', '2'])
    expect(text.stdout).toMatch(/\(first deployment: newest 2 commits only\)/)
    expect(text.stderr).toMatch(/first deployment: read the newest 2 commits of HEAD only/)
  })

  it('warns or fails for each commit without a story with --require-story', async () => {
    const warned = await cli(repo.dir, ['trace', '--from', shas[0]!, '--require-story', 'warn'])
    expect(warned.code).toBe(0)
    expect(warned.stderr).toContain(
      `warning: commit ${shas[2]!.slice(0, 12)} "Fix typo [2J in <b>docs</b>" names no user story`
    )
    const failed = await cli(repo.dir, [
      'trace',
      '--from',
      shas[0]!,
      '--require-story',
      'error',
      '--json'
    ])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(`error: commit ${shas[2]!.slice(0, 12)} "Fix typo`)
    expect(JSON.parse(failed.stdout).error.message).toBe(
      '1 of 3 commits name no user story (require-story: error)'
    )
    const bad = await cli(repo.dir, ['trace', '--require-story', 'strict'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--require-story "strict" must be one of: off, warn, error')
  })

  it('uses the patterns and require-story of the configuration', async () => {
    const config = join(repo.dir, 'trace.yml')
    writeFileSync(
      config,
      [
        'app: hello',
        'traceability:',
        '  require-story: error',
        '  patterns:',
        '    - { name: jira, url: "https://jira.example.com/browse/{id}" }',
        '    - { name: words, regex: "[Tt]ypo" }'
      ].join('\n')
    )
    const { code, stdout } = await cli(repo.dir, [
      'trace',
      '--from',
      shas[0]!,
      '--config',
      config,
      '--json'
    ])
    expect(code).toBe(0)
    const { stories } = JSON.parse(stdout) as { stories: { id: string; url: string | null }[] }
    expect(stories.map((s) => [s.id, s.url])).toEqual([
      ['ABC-1', 'https://jira.example.com/browse/ABC-1'],
      ['typo', null]
    ])
    // Without the pattern that catches "typo", require-story: error from the file fails the check.
    writeFileSync(config, 'app: hello\ntraceability:\n  require-story: error\n')
    const failed = await cli(repo.dir, ['trace', '--from', shas[0]!, '--config', config])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('1 of 3 commits name no user story')
  })

  it('exits 2 naming the pattern when a configured regex is invalid', async () => {
    const config = join(repo.dir, 'bad.yml')
    writeFileSync(
      config,
      'app: hello\ntraceability:\n  patterns:\n    - { name: mine, regex: "ABC-[0-9" }\n'
    )
    const { code, stderr } = await cli(repo.dir, ['trace', '--config', config])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /bad\.yml:4:5: traceability\.patterns\[0\] \("mine"\): regex "ABC-\[0-9" is not valid: .*Unterminated character class/
    )
  })

  it('exits 2 for a revision that does not exist, and for a shallow clone without the history', async () => {
    const missing = await cli(repo.dir, ['trace', '--from', 'v9.9', '--to', 'HEAD'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--from v9\.9 does not exist in the repository/)

    const clone = join(repo.dir, 'shallow')
    git(repo.dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone])
    const shallow = await cli(clone, ['trace', '--json'])
    expect(shallow.code).toBe(2)
    expect(JSON.parse(shallow.stdout).error).toMatchObject({ kind: 'configuration', exitCode: 2 })
    expect(shallow.stderr).toMatch(/this clone is shallow .*"fetch-depth: 0"/)
  })

  it('refuses a bad --limit', async () => {
    const { code, stderr } = await cli(repo.dir, ['trace', '--limit', '0'])
    expect(code).toBe(2)
    expect(stderr).toContain('--limit "0" must be a whole number of 1 or more')
  })
})
