#!/usr/bin/env node
// The mxdeploy CLI: runs the same bundle as the actions (dist/main).
import { runCli } from '../dist/main/index.js'

process.exitCode = await runCli(process.argv.slice(2))
