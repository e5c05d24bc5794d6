import { randomBytes } from 'node:crypto'

// bcrypt ($2b$) for htpasswd files, so the registry fixture needs neither apache2-utils nor a
// Python crypt module. Blowfish's initial P-array and S-boxes are the hexadecimal digits of pi's
// fraction (Schneier, 1993), computed here with Machin's formula instead of being pasted in.

const WORDS = 18 + 4 * 256

function piFractionWords(): Uint32Array {
  const digits = WORDS * 8 + 16
  const one = 1n << BigInt(digits * 4)
  const arctanInverse = (x: bigint): bigint => {
    let power = one / x
    let sum = power
    const square = x * x
    for (let k = 1n; power !== 0n; k++) {
      power /= square
      const term = power / (2n * k + 1n)
      sum = k % 2n === 1n ? sum - term : sum + term
    }
    return sum
  }
  const pi = 16n * arctanInverse(5n) - 4n * arctanInverse(239n)
  const hex = pi.toString(16).slice(1) // drop the leading 3
  const words = new Uint32Array(WORDS)
  for (let i = 0; i < WORDS; i++) words[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16)
  return words
}

let initial: Uint32Array | undefined

class Blowfish {
  readonly p: Uint32Array
  readonly s: Uint32Array

  constructor() {
    initial ??= piFractionWords()
    this.p = initial.slice(0, 18)
    this.s = initial.slice(18)
  }

  private f(x: number): number {
    const s = this.s
    const a = s[x >>> 24]!
    const b = s[256 + ((x >>> 16) & 0xff)]!
    const c = s[512 + ((x >>> 8) & 0xff)]!
    const d = s[768 + (x & 0xff)]!
    return (((((a + b) >>> 0) ^ c) >>> 0) + d) >>> 0
  }

  encipher(block: Uint32Array): void {
    let l = block[0]!
    let r = block[1]!
    l = (l ^ this.p[0]!) >>> 0
    for (let i = 1; i <= 16; i += 2) {
      r = (r ^ this.f(l) ^ this.p[i]!) >>> 0
      l = (l ^ this.f(r) ^ this.p[i + 1]!) >>> 0
    }
    block[0] = (r ^ this.p[17]!) >>> 0
    block[1] = l
  }

  expand(key: Uint8Array, salt: Uint8Array | undefined): void {
    const word = (data: Uint8Array, at: { i: number }): number => {
      let w = 0
      for (let n = 0; n < 4; n++) {
        w = ((w << 8) | data[at.i]!) >>> 0
        at.i = (at.i + 1) % data.length
      }
      return w
    }
    const keyAt = { i: 0 }
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i]! ^ word(key, keyAt)) >>> 0
    const saltAt = { i: 0 }
    const block = new Uint32Array(2)
    const fill = (target: Uint32Array): void => {
      for (let i = 0; i < target.length; i += 2) {
        if (salt) {
          block[0] = (block[0]! ^ word(salt, saltAt)) >>> 0
          block[1] = (block[1]! ^ word(salt, saltAt)) >>> 0
        }
        this.encipher(block)
        target[i] = block[0]!
        target[i + 1] = block[1]!
      }
    }
    fill(this.p)
    fill(this.s)
  }
}

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function encode(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!
    const b1 = bytes[i + 1]
    const b2 = bytes[i + 2]
    out += ALPHABET[b0 >> 2]
    out += ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]
    if (b1 === undefined) break
    out += ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]
    if (b2 === undefined) break
    out += ALPHABET[b2 & 63]
  }
  return out
}

function decode(text: string): Uint8Array {
  const bits: number[] = []
  for (const ch of text) bits.push(ALPHABET.indexOf(ch))
  const out: number[] = []
  for (let i = 0; i < bits.length; i += 4) {
    const [c0, c1, c2, c3] = [bits[i]!, bits[i + 1]!, bits[i + 2], bits[i + 3]]
    out.push(((c0 << 2) | (c1 >> 4)) & 0xff)
    if (c2 === undefined) break
    out.push(((c1 << 4) | (c2 >> 2)) & 0xff)
    if (c3 === undefined) break
    out.push(((c2 << 6) | c3) & 0xff)
  }
  return Uint8Array.from(out)
}

/** bcrypt of a password with a 22-character salt (bcrypt's base64), as `$2b$CC$…`. */
export function bcryptWithSalt(password: string, cost: number, salt22: string): string {
  const salt = decode(salt22).subarray(0, 16)
  const key = Buffer.concat([Buffer.from(password, 'utf8').subarray(0, 72), Buffer.from([0])])
  const bf = new Blowfish()
  bf.expand(key, salt)
  for (let round = 0; round < 2 ** cost; round++) {
    bf.expand(key, undefined)
    bf.expand(salt, undefined)
  }
  const text = Buffer.from('OrpheanBeholderScryDoubt')
  const words = new Uint32Array(6)
  for (let i = 0; i < 6; i++) words[i] = text.readUInt32BE(i * 4)
  const block = new Uint32Array(2)
  for (let n = 0; n < 64; n++) {
    for (let i = 0; i < 6; i += 2) {
      block[0] = words[i]!
      block[1] = words[i + 1]!
      bf.encipher(block)
      words[i] = block[0]!
      words[i + 1] = block[1]!
    }
  }
  const out = Buffer.alloc(24)
  for (let i = 0; i < 6; i++) out.writeUInt32BE(words[i]!, i * 4)
  const costText = String(cost).padStart(2, '0')
  return `$2b$${costText}$${encode(salt)}${encode(out.subarray(0, 23))}`
}

/** A fresh bcrypt hash; cost 4 (the minimum) keeps test registries quick. */
export function bcrypt(password: string, cost = 4): string {
  return bcryptWithSalt(password, cost, encode(randomBytes(16)))
}
