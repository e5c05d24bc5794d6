import { randomBytes } from 'node:crypto'

const WORDS = ['mendix', 'widget', 'page', 'microflow', 'entity', 'domain', 'model', 'button']

/** Text that deflates well, like the web files of an app. */
export function text(bytes: number, seed = 0): Buffer {
  let out = ''
  for (let i = seed; out.length < bytes; i++) out += `${WORDS[i % WORDS.length]}-${i % 97} `
  return Buffer.from(out.slice(0, bytes), 'utf8')
}

/** Bytes that do not deflate at all, like a jar or an image. */
export function noise(bytes: number): Buffer {
  return randomBytes(bytes)
}
