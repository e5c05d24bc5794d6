// Where a build's time goes, measured apart in this process on the same files (a secondary,
// in-process figure): reading them, CRC-32, deflate level 6 (one thread, then the thread pool
// as the packer uses it), and writing the compressed bytes.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import * as zlib from 'node:zlib'

const deflateRaw = promisify(zlib.deflateRaw)
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9

/** Seconds for each part of packing `corpus` (from bench/corpus.mjs), and the bytes written. */
export async function buildSplit(corpus) {
  let start = process.hrtime.bigint()
  const files = corpus.names.map((name) => ({
    name,
    data: readFileSync(join(corpus.folder, name))
  }))
  const read = seconds(start)

  start = process.hrtime.bigint()
  let crc = 0
  for (const { data } of files) crc ^= zlib.crc32(data)
  const crcTime = seconds(start)

  // Jars are stored (deflate would not shrink them), as the packer does.
  const compressible = files.filter(({ name }) => !name.endsWith('.jar'))
  start = process.hrtime.bigint()
  const deflated = compressible.map(({ data }) => zlib.deflateRawSync(data, { level: 6 }))
  const deflate = seconds(start)

  const threads = Number(process.env.UV_THREADPOOL_SIZE || 4)
  start = process.hrtime.bigint()
  let next = 0
  await Promise.all(
    Array.from({ length: threads }, async () => {
      while (next < compressible.length) await deflateRaw(compressible[next++].data, { level: 6 })
    })
  )
  const deflateParallel = seconds(start)

  const out = join(tmpdir(), `mxdeploy-bench-split-${process.pid}`)
  start = process.hrtime.bigint()
  const fd = openSync(out, 'w')
  let outBytes = 0
  for (const data of [
    ...deflated,
    ...files.filter(({ name }) => name.endsWith('.jar')).map((f) => f.data)
  ]) {
    outBytes += writeSync(fd, data)
  }
  closeSync(fd)
  const write = seconds(start)
  rmSync(out, { force: true })
  return {
    read,
    crc: crcTime,
    deflate,
    deflateParallel,
    threads,
    cores: availableParallelism(),
    write,
    outBytes,
    checksum: crc
  }
}
