import type { OutputStream } from '../progress/terminal.js'

/**
 * A JSON document that a command hands over in pieces, for documents too large to build as one
 * string (the trace of 100,000 commits is 20 MB): the CLI writes the pieces as they come.
 * A piece is text, or UTF-8 bytes that end with a whole character. The pieces joined must
 * equal `JSON.stringify(document, null, 2)`.
 */
export class JsonChunks {
  constructor(readonly chunks: () => Iterable<string | Uint8Array>) {}
}

// Pieces are gathered into writes of about this many characters: one write per commit would
// cost more than the pieces themselves.
const BATCH = 64 * 1024

/** Writes the pieces of `document` to `out`, in batches, ending with a line feed. */
export function writeJsonChunks(document: JsonChunks, out: OutputStream): void {
  let pending = ''
  for (const chunk of document.chunks()) {
    if (typeof chunk !== 'string') {
      if (pending !== '') out.write(pending)
      pending = ''
      out.write(chunk)
      continue
    }
    pending += chunk
    if (pending.length >= BATCH) {
      out.write(pending)
      pending = ''
    }
  }
  out.write(`${pending}\n`)
}
