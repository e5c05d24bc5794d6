/**
 * A Blob whose bytes are counted as they are read. fetch (undici) reads a Blob body through its
 * stream(), anew for every attempt, so an upload's progress follows the bytes actually sent, and
 * a retry counts from zero again. It is a real Blob over the one it wraps (which Node composes
 * without copying: a file-backed Blob is still streamed from disk): Node 24's fetch sends an
 * object that only looks like a Blob as the text "[object Blob]", where Node 20's streamed it.
 */
export class CountingBlob extends Blob {
  constructor(
    blob: Blob,
    private readonly onRead: (bytesSoFar: number) => void
  ) {
    super([blob], { type: blob.type })
  }

  override stream(): ReadableStream<Uint8Array> {
    let read = 0
    const onRead = this.onRead
    return super.stream().pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.byteLength
          onRead(read)
          controller.enqueue(chunk)
        }
      })
    )
  }
}
