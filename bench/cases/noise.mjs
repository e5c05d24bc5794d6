import { createCipheriv, createHash } from 'node:crypto'

/** Incompressible bytes (a jar's deflated content), the same on every machine: AES-CTR keystream. */
export function incompressible(seed, bytes) {
  const key = createHash('sha256').update(`noise:${seed}`).digest()
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(bytes))
}
