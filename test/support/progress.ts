import type { ProgressReporter } from '../../src/progress/progress.js'

export interface RecordedTask {
  label: string
  total: number | undefined
  /** Every value of `done`, in order. */
  values: number[]
  ended: boolean
}

/** A reporter that keeps every task and every value it was told, for assertions. */
export function recordingProgress(): { reporter: ProgressReporter; tasks: RecordedTask[] } {
  const tasks: RecordedTask[] = []
  const reporter: ProgressReporter = {
    start(label, total) {
      const task: RecordedTask = { label, total, values: [], ended: false }
      tasks.push(task)
      let done = 0
      return {
        update: (value) => task.values.push((done = value)),
        advance: (bytes) => task.values.push((done += bytes)),
        end: () => {
          task.ended = true
        }
      }
    }
  }
  return { reporter, tasks }
}

/** A clock that moves only when the test moves it. */
export function manualClock(start = 1_000_000): { now: () => number; tick: (ms: number) => void } {
  let time = start
  return { now: () => time, tick: (ms) => (time += ms) }
}
