import { connect, createServer, type Socket } from 'node:net'

export interface CuttingProxy {
  port: number
  /** Whether the cut has happened. */
  readonly cut: boolean
  stop(): Promise<void>
}

/**
 * A TCP proxy to 127.0.0.1:`target` that resets the connection (RST) once `cutAfter` bytes have
 * gone from clients to the target, as a dropped network does mid-upload. It cuts once; later
 * connections pass through.
 */
export async function startCuttingProxy(target: number, cutAfter: number): Promise<CuttingProxy> {
  let sent = 0
  let cut = false
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    const close = (): void => {
      client.destroy()
      upstream.destroy()
    }
    client.on('data', (chunk: Buffer) => {
      if (cut) {
        upstream.write(chunk)
        return
      }
      sent += chunk.length
      if (sent >= cutAfter) {
        cut = true
        upstream.write(chunk.subarray(0, chunk.length - (sent - cutAfter)))
        client.resetAndDestroy()
        upstream.destroy()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => client.write(chunk))
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('proxy has no port')
  return {
    port: address.port,
    get cut() {
      return cut
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
