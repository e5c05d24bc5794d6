// A git repository of N commits with mixed story references, made in one `git fast-import` run
// (seconds, where N `git commit` calls would take minutes) and kept under bench/.corpus/.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const GENERATOR = 2 // bump when the messages change, so an old corpus is made again

// Deterministic pseudo-random numbers (mulberry32): the same corpus on every machine.
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const VERBS = ['Fix', 'Add', 'Refactor', 'Update', 'Remove', 'Improve', 'Rename', 'Document']
const THINGS = [
  'login page',
  'order overview microflow',
  'customer entity validation',
  'REST call to the ERP',
  'scheduled event for invoices',
  'theme colours',
  'Java action for PDF export',
  'security roles',
  'data grid paging',
  'email template'
]
const NOISE = [
  'Encode as UTF-8 and hash with SHA-256 (see RFC-7231, ISO-8601).',
  'Patch for CVE-2024-1234 from upstream.',
  'Thanks @octocat for the review!',
  'Co-authored-by: Ada <ada@example.com>',
  'Version 1.2.3-beta.4 of the widget.',
  'Mendix 10.6 changed the default.'
]

function message(next, i) {
  const pick = (list) => list[Math.floor(next() * list.length)]
  const n = () => 1 + Math.floor(next() * 9999)
  const subject = `${pick(VERBS)} ${pick(THINGS)}`
  const kind = next()
  const lines = []
  if (kind < 0.35) lines.push(`MX-${n()}: ${subject}`)
  else if (kind < 0.45) lines.push(`${subject} (AB#${n()})`)
  else if (kind < 0.55) lines.push(`${subject}, fixes #${n()}`)
  else if (kind < 0.6) lines.push(`${subject} for acme/portal#${n()}`)
  else lines.push(subject)
  if (next() < 0.5) {
    lines.push(
      '',
      `${pick(NOISE)} ${'Some more explanation of the change. '.repeat(1 + Math.floor(next() * 3))}`
    )
  }
  if (kind >= 0.6 && kind < 0.8) {
    lines.push('', next() < 0.5 ? `Story: ${n()}` : `Related stories: SHOP-${n()}, SHOP-${n()}`)
  }
  if (i % 97 === 0) lines.push('', 'Ünïcödé — 日本語 🚀 and <b>html</b> | pipes')
  return `${lines.join('\n')}\n`
}

function* stream(count) {
  const next = random(42)
  let time = 1_600_000_000
  let mark = 0
  const commit = (ref, text, from, merge) => {
    mark++
    time += 60
    const data = Buffer.from(text, 'utf8')
    return (
      `commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> ${time} +0000\n` +
      `data ${data.length}\n${text}${from ? `from :${from}\n` : ''}${merge ? `merge :${merge}\n` : ''}\n`
    )
  }
  let head = 0
  let made = 0
  while (made < count) {
    // Every 100th commit is a merge of a one-commit side branch, as merged pull requests are.
    if (made % 100 === 99 && made + 2 <= count) {
      yield commit('refs/heads/side', message(next, made), head)
      const side = mark
      yield commit('refs/heads/main', `Merge pull request #${made} from acme/side\n`, head, side)
      head = mark
      made += 2
    } else {
      yield commit('refs/heads/main', message(next, made), head || undefined)
      head = mark
      made++
    }
  }
}

/** The corpus repository of `count` commits on main, made once and reused. */
export async function corpus(root, count) {
  const dir = join(root, `trace-${count}`)
  const stamp = join(dir, '.mxdeploy-bench')
  const want = JSON.stringify({ generator: GENERATOR, count })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env })
  const started = Date.now()
  await new Promise((done, fail) => {
    const child = spawn('git', ['fast-import', '--quiet'], {
      cwd: dir,
      env,
      stdio: ['pipe', 'inherit', 'inherit']
    })
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`git fast-import exited ${code}`))
    )
    const chunks = stream(count)
    const write = () => {
      for (let item = chunks.next(); !item.done; item = chunks.next()) {
        if (!child.stdin.write(item.value)) return void child.stdin.once('drain', write)
      }
      child.stdin.end()
    }
    write()
  })
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir, env })
  writeFileSync(stamp, want)
  process.stderr.write(`corpus: ${count} commits in ${dir} (${Date.now() - started} ms)\n`)
  return dir
}
