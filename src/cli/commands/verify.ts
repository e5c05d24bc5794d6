import { resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { verifyPackage } from '../../mda/verify.js'
import type { Command } from '../command.js'

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    "Check every entry's CRC-32 and refuse unsafe or broken packages: absolute or '..' paths, backslashes, links, duplicates, encryption, zip bombs, truncation; and the .sha256 beside it.",
  usage: 'verify FILE [--json]',
  positionals: ['FILE'],
  options: {},
  async run(context) {
    const [file] = context.positionals
    if (!file) throw new ConfigurationError('give the package to verify: mxdeploy verify FILE')
    const result = await verifyPackage(resolve(context.io.cwd, file))
    return {
      json: {
        path: result.path,
        ok: true,
        entries: result.entries,
        sha256: result.sha256,
        runtimeVersion: result.metadata.runtimeVersion
      },
      text: `${file}: OK (${result.entries} entries, sha256 ${result.sha256})`
    }
  }
}
