/**
 * A Blob whose bytes are counted as they are read. fetch (undici) takes any Blob-like object (one
 * with stream(), size, type and the tag "Blob") as a request body and reads it through stream(),
 * anew for every attempt, so an upload's progress follows the bytes actually sent, and a retry
 * counts from zero again. The file-backed Blob it wraps is still streamed from disk.
 */
export class CountingBlob {
  readonly [Symbol.toStringTag] = 'Blob'

  constructor(
    private readonly blob: Blob,
    private readonly onRead: (bytesSoFar: number) => void
  ) {}

  get size(): number {
    return this.blob.size
  }

  get type(): string {
    return this.blob.type
  }

  stream(): ReadableStream<Uint8Array> {
    let read = 0
    const onRead = this.onRead
    return this.blob.stream().pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.byteLength
          onRead(read)
          controller.enqueue(chunk)
        }
      })
    )
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.blob.arrayBuffer()
  }

  text(): Promise<string> {
    return this.blob.text()
  }

  slice(start?: number, end?: number, contentType?: string): Blob {
    return this.blob.slice(start, end, contentType)
  }
}
