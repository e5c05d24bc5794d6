/** One part of a multipart/form-data body (RFC 7578). */
export interface FormPart {
  name: string | undefined
  fileName: string | undefined
  contentType: string | undefined
  data: Buffer
}

function parameter(disposition: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}="([^"]*)"`, 'i').exec(disposition)
  return match?.[1]
}

/**
 * Parses a multipart/form-data body strictly: every part starts with the boundary line, has
 * headers ending in an empty line, and the body ends with the closing boundary. Throws on
 * anything else, so a malformed upload fails the test that sent it.
 */
export function parseMultipart(contentType: string | undefined, body: Buffer): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary) {
    throw new Error(`not multipart/form-data with a boundary: ${contentType}`)
  }
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const parts: FormPart[] = []
  let at = body.indexOf(delimiter)
  if (at !== 0) throw new Error('the body does not start with the boundary')
  for (;;) {
    at += delimiter.length
    if (body.subarray(at, at + 2).toString() === '--') {
      const rest = body.subarray(at + 2).toString()
      if (rest !== '\r\n' && rest !== '') throw new Error('data after the closing boundary')
      return parts
    }
    if (body.subarray(at, at + 2).toString() !== '\r\n') throw new Error('no CRLF after a boundary')
    at += 2
    const headerEnd = body.indexOf('\r\n\r\n', at)
    if (headerEnd < 0) throw new Error('a part has no end of headers')
    const headers = new Map<string, string>()
    for (const line of body.subarray(at, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':')
      if (colon > 0)
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4)
    if (next < 0) throw new Error('a part is not closed by the boundary')
    const disposition = headers.get('content-disposition') ?? ''
    if (!/^form-data\b/i.test(disposition)) throw new Error(`part is not form-data: ${disposition}`)
    parts.push({
      name: parameter(disposition, 'name'),
      fileName: parameter(disposition, 'filename'),
      contentType: headers.get('content-type'),
      data: body.subarray(headerEnd + 4, next)
    })
    at = next + 2
  }
}
