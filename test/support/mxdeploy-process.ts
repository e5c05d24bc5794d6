// The CLI as a process of its own from the TypeScript sources, for tests that must run it where
// the test runner cannot be (a mount namespace): bin/mxdeploy.js runs the built bundle instead.
import { runCli } from '../../src/main.js'

process.exitCode = await runCli(process.argv.slice(2))
