/**
 * The one bundle behind every action and the CLI. Entry points import what they need lazily,
 * so each action or command loads only its own code.
 */
export async function runAction(name: string): Promise<void> {
  const { runAction: run } = await import('./actions/dispatch.js')
  await run(name)
}

export async function runCli(argv: string[]): Promise<number> {
  const { runCli: run } = await import('./cli/main.js')
  return run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  })
}

export * from './library.js'
