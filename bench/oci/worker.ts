// One mxdeploy operation in its own process, so /usr/bin/time measures its peak RSS alone:
//   node worker.js publish URI FILE SHA256 SIZE
//   node worker.js download URI APP VERSION DEST
// Prints {"ms": …} with the time of the operation itself (without Node's start-up).
import { OciRepository } from '../../src/repository/oci/oci-repository.js'

const [command, uri, ...args] = process.argv.slice(2)
if (!uri) throw new Error('usage: worker.js publish|download URI …')
const repository = new OciRepository(uri, { env: process.env })
const started = performance.now()
if (command === 'publish') {
  const [file, sha256, size] = args as [string, string, string]
  const { created } = await repository.publish({
    file,
    record: {
      app: 'bench',
      version: '1.0.0.1',
      sha256,
      size: Number(size),
      runtimeVersion: '10.18.3.58900',
      modelVersion: '1.0.0.1',
      commit: null,
      branch: null,
      createdAt: new Date().toISOString(),
      createdBy: 'bench',
      stories: []
    }
  })
  if (!created) throw new Error('the package was already there: the run measured nothing')
} else if (command === 'download') {
  const [app, version, dest] = args as [string, string, string]
  await repository.download(app, version, dest)
} else {
  throw new Error(`unknown command ${command}`)
}
console.log(JSON.stringify({ ms: performance.now() - started }))
