import { describe, expect, it } from 'vitest'
import { plainInterval, progressFor } from '../../src/progress/choose.js'
import { PlainProgress } from '../../src/progress/plain-progress.js'
import { silentProgress, withProgress } from '../../src/progress/progress.js'
import { formatBytes, formatSeconds, progressText } from '../../src/progress/progress-text.js'
import { RateMeter } from '../../src/progress/rate.js'
import { controlSequencesAllowed } from '../../src/progress/terminal.js'
import { TerminalProgress } from '../../src/progress/terminal-progress.js'
import { manualClock } from '../support/progress.js'

const MB = 1_000_000
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/

function capture(tty = false, columns?: number) {
  let text = ''
  return {
    stream: { write: (t: string) => (text += t), isTTY: tty, ...(columns ? { columns } : {}) },
    text: () => text
  }
}

describe('progress text', () => {
  it('says what, how much of how much, the rate and the time left', () => {
    expect(
      progressText({ label: 'uploading a.mda', done: 123.4 * MB, total: 370 * MB, rate: 45.6 * MB })
    ).toBe('uploading a.mda  123 MB of 370 MB (33%), 45.6 MB/s, 5 s left')
    expect(progressText({ label: 'x', done: 5 * MB, total: undefined, rate: undefined })).toBe(
      'x  5.00 MB'
    )
    expect(progressText({ label: 'x', done: 10, total: 10, rate: 100 })).toBe(
      'x  10 B of 10 B (100%), 100 B/s'
    )
    expect(progressText({ label: 'a\u001b[2Jb\rc', done: 0, total: 0, rate: undefined })).toBe(
      'a[2Jbc  0 B'
    )
  })

  it('bytes and durations as people read them', () => {
    expect([999, 1000, 12_345, 123_456_789, 4e12].map(formatBytes)).toEqual([
      '999 B',
      '1.00 kB',
      '12.3 kB',
      '123 MB',
      '4.00 TB'
    ])
    expect([0.4, 59, 60, 125, 3600, 3725].map(formatSeconds)).toEqual([
      '0 s',
      '59 s',
      '1 min',
      '2 min 5 s',
      '1 h',
      '1 h 2 min'
    ])
  })

  it('the rate follows the last seconds, and starts again when the count goes back', () => {
    const meter = new RateMeter()
    meter.add(0, 0)
    expect(meter.rate()).toBeUndefined()
    meter.add(1000, 10 * MB)
    expect(meter.rate()).toBe(10 * MB)
    for (let t = 2000; t <= 10_000; t += 1000) meter.add(t, 10 * MB + (t - 1000) * 1000)
    // The first second's burst has left the window.
    expect(meter.rate()).toBe(1 * MB)
    meter.add(11_000, 0) // a resumed upload
    expect(meter.rate()).toBeUndefined()
  })
})

describe('plain progress (Actions, pipes, NO_COLOR)', () => {
  it('writes a line every ten seconds while the work lasts, and one when it ends', () => {
    const clock = manualClock()
    const lines: string[] = []
    const task = new PlainProgress((l) => lines.push(l), clock).start('packing a.mda', 100 * MB)
    for (let i = 1; i <= 25; i++) {
      clock.tick(1000)
      task.update(i * 4 * MB)
    }
    task.end()
    task.end()
    expect(lines).toEqual([
      'packing a.mda  40.0 MB of 100 MB (40%), 4.00 MB/s, 15 s left',
      'packing a.mda  80.0 MB of 100 MB (80%), 4.00 MB/s, 5 s left',
      'packing a.mda  100 MB of 100 MB (100%), 4.00 MB/s'
    ])
    for (const line of lines) expect(line).not.toMatch(CONTROL)
  })

  it('work that ends within ten seconds writes nothing', () => {
    const clock = manualClock()
    const lines: string[] = []
    const task = new PlainProgress((l) => lines.push(l), clock).start('x', 10)
    clock.tick(9_999)
    task.advance(10)
    task.end()
    expect(lines).toEqual([])
  })
})

describe('terminal progress', () => {
  it('redraws one line in place at most every 100 ms, and ends it with a newline', () => {
    const clock = manualClock()
    const out = capture(true, 80)
    const task = new TerminalProgress(out.stream, clock).start('uploading a.mda', 10 * MB)
    task.update(1 * MB) // drawn: the first update
    clock.tick(50)
    task.update(2 * MB) // not drawn: too soon
    clock.tick(950)
    task.update(5 * MB)
    task.end()
    expect(out.text().split('\r').slice(1)).toEqual([
      'uploading a.mda  1.00 MB of 10.0 MB (10%)\u001b[K',
      'uploading a.mda  5.00 MB of 10.0 MB (50%), 4.00 MB/s, 1 s left\u001b[K',
      'uploading a.mda  5.00 MB of 10.0 MB (50%), 4.00 MB/s, 1 s left\u001b[K\n'
    ])
  })

  it('log lines go above the progress line, which is drawn again; long lines are cut to the width', () => {
    const clock = manualClock()
    const out = capture(true, 30)
    const terminal = new TerminalProgress(out.stream, clock)
    const task = terminal.start('downloading hello 1.2.0.15 from the repository', 100)
    task.update(50)
    terminal.printLine('retrying in 2 s')
    task.end()
    expect(out.text()).toBe(
      '\rdownloading hello 1.2.0.15 f…\u001b[K' +
        '\r\u001b[Kretrying in 2 s\n' +
        '\rdownloading hello 1.2.0.15 f…\u001b[K' +
        '\rdownloading hello 1.2.0.15 f…\u001b[K\n'
    )
  })

  it('a terminal that does not tell its width is taken as 80 columns; no update, no line', () => {
    const out = capture(true)
    const terminal = new TerminalProgress({ ...out.stream, columns: 0 }, manualClock())
    terminal.start('nothing happened').end()
    expect(out.text()).toBe('')
    const task = terminal.start('x'.repeat(100))
    task.update(1)
    task.end()
    expect(out.text()).toBe(`\r${'x'.repeat(78)}…\u001b[K\r${'x'.repeat(78)}…\u001b[K\n`)
  })
})

describe('progressFor', () => {
  const tty = { write: () => true, isTTY: true }
  const pipe = { write: () => true }

  it('a terminal gets the updating line; Actions, pipes, NO_COLOR and TERM=dumb plain lines', () => {
    expect(progressFor(tty, {}).reporter).toBeInstanceOf(TerminalProgress)
    expect(progressFor(tty, { NO_COLOR: '' }).reporter).toBeInstanceOf(TerminalProgress)
    for (const [stream, env] of [
      [tty, { GITHUB_ACTIONS: 'true' }],
      [pipe, {}],
      [tty, { NO_COLOR: '1' }],
      [tty, { TERM: 'dumb' }]
    ] as const) {
      expect(progressFor(stream, env).reporter).toBeInstanceOf(PlainProgress)
    }
    expect(progressFor(tty, {}, { quiet: true }).reporter).toBe(silentProgress)
    expect(controlSequencesAllowed(pipe, {})).toBe(false)
  })

  it('plain lines come every MXDEPLOY_PROGRESS_SECONDS, else every ten seconds', () => {
    expect(plainInterval({})).toBe(10_000)
    expect(plainInterval({ MXDEPLOY_PROGRESS_SECONDS: '2.5' })).toBe(2500)
    expect(plainInterval({ MXDEPLOY_PROGRESS_SECONDS: 'soon' })).toBe(10_000)
  })

  it('a task ends when its work fails too', async () => {
    const out = capture(true)
    const { reporter } = progressFor(out.stream, {})
    await expect(
      withProgress(reporter, 'x', 10, (task) => {
        task.update(5)
        return Promise.reject(new Error('lost'))
      })
    ).rejects.toThrow('lost')
    expect(out.text().endsWith('\n')).toBe(true)
  })
})
