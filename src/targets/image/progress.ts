import type { Logger } from '../../log.js'
import type { BlobArrival } from '../../repository/oci/blob-copy.js'

function mib(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`
}

/**
 * Every progress line of an image build, in one place, so they can move to a progress API
 * without touching the build.
 */
export class ImageProgress {
  constructor(private readonly log: Logger) {}

  base(name: string, digest: string, platforms: string[]): void {
    this.log.info(`base image ${name} is ${digest} (${platforms.join(', ')})`)
  }

  reused(reference: string): void {
    this.log.info(`image ${reference} already holds this package on this base; not built again`)
  }

  layer(files: number, size: number, digest: string): void {
    this.log.info(`app layer: ${files} files under /opt/mendix/build, ${mib(size)} (${digest})`)
  }

  blob(arrival: BlobArrival, digest: string, size: number, from: string): void {
    if (arrival === 'present') return
    const how = arrival === 'mounted' ? `mounted from ${from}` : `copied from ${from}`
    this.log.info(`base layer ${digest.slice(0, 19)} (${mib(size)}) ${how}`)
  }

  uploading(size: number): void {
    this.log.info(`uploading the app layer (${mib(size)})`)
  }

  pushed(reference: string): void {
    this.log.info(`pushed ${reference}`)
  }
}
