import { seededRandom } from '../retry.js'
import type { ProxiedRequest, ProxyFault } from './registry-proxy.js'

export interface FaultMix {
  /** The chance that a request gets a fault, 0–1. */
  rate: number
  /** Faults in all, at most. */
  limit: number
  /** Which requests may get one (default: every request). */
  on?: (request: ProxiedRequest) => boolean
}

export interface SeededFaults {
  fault: (request: ProxiedRequest, index: number) => ProxyFault | undefined
  /** The faults played so far: request index, `METHOD path`, fault. */
  played: { index: number; request: string; fault: ProxyFault }[]
}

/**
 * A reproducible mix of faults for the registry proxy: with the same seed and the same requests,
 * the same faults at the same points. Requests with a body may be cut while it is sent (the
 * registry then sees nothing) or answered 429 with Retry-After or 503; answers with a body may be
 * cut after a seeded number of bytes.
 */
export function seededFaults(seed: number, mix: FaultMix): SeededFaults {
  const random = seededRandom(seed)
  const played: SeededFaults['played'] = []
  const fault = (request: ProxiedRequest, index: number): ProxyFault | undefined => {
    const roll = random()
    const pick = random()
    const point = random()
    if (played.length >= mix.limit || roll >= mix.rate) return undefined
    if (mix.on && !mix.on(request)) return undefined
    const blobGet = request.method === 'GET' && /\/blobs\/sha256:/.test(request.path)
    const kinds: (() => ProxyFault)[] = [
      () => ({
        kind: 'answer',
        status: 429,
        headers: { 'Retry-After': String(1 + Math.floor(point * 5)) }
      }),
      () => ({ kind: 'answer', status: 503 })
    ]
    if (request.contentLength > 0) {
      kinds.push(() => ({
        kind: 'cut-request',
        afterBytes: Math.floor(point * request.contentLength)
      }))
    }
    if (blobGet)
      kinds.push(() => ({ kind: 'cut-response', afterBytes: Math.floor(point * (1 << 20)) }))
    const chosen = kinds[Math.floor(pick * kinds.length)]!()
    played.push({ index, request: `${request.method} ${request.path}`, fault: chosen })
    return chosen
  }
  return { fault, played }
}
