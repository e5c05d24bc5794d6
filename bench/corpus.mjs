// The benchmark's reference corpus: a Mendix deployment folder of about 15,000 files and 250 MB,
// generated from a seeded PRNG so every machine gets the same bytes. Cached under bench/.corpus.
import { createCipheriv, createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** Bump when the generator changes, so cached corpora are rebuilt. */
const GENERATOR = 'corpus-v1'

/** Small, fast, seeded PRNG (mulberry32): the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Log-normal size around `median` bytes, clamped. */
    size: (median, spread, min, max) => {
      const u = Math.max(next(), 1e-12)
      const v = next()
      const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
      return Math.round(Math.min(max, Math.max(min, median * Math.exp(spread * normal))))
    }
  }
}

/** Incompressible bytes (a jar's deflated content): AES-CTR keystream of a seed-derived key. */
function noise(seed, bytes) {
  const key = createHash('sha256').update(`noise:${seed}`).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  return cipher.update(Buffer.alloc(bytes))
}

const SYLLABLES = 'ka,mo,ri,te,lu,xa,pen,dor,vin,sel,qua,bre,tis,nor,gal,fex,zu,pla,com,mer'.split(
  ','
)

function vocabulary(random, count) {
  const words = new Set()
  while (words.size < count) {
    let word = ''
    const parts = 1 + random.int(3)
    for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES)
    words.add(word)
  }
  return [...words]
}

const camel = (words) => words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('')

/** Text of about `bytes` bytes: a template picked per line, filled with the app's vocabulary. */
function textFile(random, words, kind, bytes) {
  const w = () => random.pick(words)
  const id = () => camel([w(), w()])
  const n = () => random.int(1000)
  const lines = {
    js: [
      () => `function ${id()}(${id()}, ${id()}) { return ${id()}.${w()}(${n()}) }`,
      () => `const ${id()} = require("./${w()}/${w()}.js");`,
      () => `if (${id()} && ${id()}.${w()} !== null) { ${id()}.push({ ${w()}: ${n()} }) }`,
      () =>
        `export class ${camel([w(), w()]).replace(/^./, (c) => c.toUpperCase())} extends Widget {`,
      () => `  this.${id()} = mx.data.get({ guid: "${n()}${n()}", callback: ${id()} });`,
      () => `}, function(e) { console.error("${w()} ${w()} failed", e) });`
    ],
    css: [
      () => `.mx-${w()}-${w()} { margin: ${n() % 40}px ${n() % 20}px; color: #${n()}${n() % 10}; }`,
      () => `.${w()} > .${w()}:hover { background-color: rgba(0, 0, 0, 0.${n() % 10}); }`,
      () => `@media (max-width: ${n()}px) { .${w()} { display: none; } }`,
      () => `  font-family: "${w()}", sans-serif; font-size: ${n() % 30}px;`
    ],
    html: [
      () => `<div class="mx-${w()} ${w()}" data-mendix-id="${n()}">`,
      () => `  <span class="${w()}">${w()} ${w()} ${w()}</span>`,
      () => `<button type="button" class="btn mx-button ${w()}">${w()}</button>`,
      () => `</div>`,
      () => `<script src="${w()}/${w()}.js?${n()}"></script>`
    ],
    json: [
      () =>
        `  { "name": "${w()}.${id()}", "type": "${random.pick(['String', 'Integer', 'Boolean'])}", "value": ${n()} },`,
      () => `  "${id()}": { "caption": "${w()} ${w()}", "visible": ${random.next() < 0.5} },`,
      () => `  "${w()}": [${n()}, ${n()}, ${n()}],`
    ]
  }[kind]
  const out = []
  let length = 0
  while (length < bytes) {
    const line = random.pick(lines)()
    out.push(line)
    length += line.length + 1
  }
  return Buffer.from(out.join('\n').slice(0, bytes), 'utf8')
}

/** Binary-like model: fixed-layout records of small integers, GUIDs and names; about 3:1. */
function modelFile(random, words, bytes) {
  const buffer = Buffer.alloc(bytes)
  const guids = noise(`guids-${random.int(1 << 30)}`, (bytes / 64) * 16 + 16)
  let at = 0
  while (at + 64 <= bytes) {
    buffer.writeUInt32LE(random.int(64), at)
    buffer.writeUInt32LE(random.int(1 << 20), at + 4)
    guids.copy(buffer, at + 8, at / 4, at / 4 + 16)
    const name = Buffer.from(`${random.pick(words)}.${random.pick(words)}`)
    buffer.writeUInt16LE(name.length, at + 24)
    name.copy(buffer, at + 26, 0, Math.min(name.length, 38))
    at += 64
  }
  return buffer
}

const FOLDERS = ['pages', 'widgets', 'layouts', 'snippets', 'theme', 'mxclientsystem', 'resources']

/** The plan of the corpus: names and sizes, before any byte is made. */
function plan(seed) {
  const random = prng(seed)
  const words = vocabulary(random, 1500)
  const files = []
  files.push({ name: 'model/model.mdp', kind: 'model', size: 40 << 20 })
  for (let i = 0; i < 150; i++) {
    const size = random.size(250 << 10, 1.1, 8 << 10, 6 << 20)
    files.push({
      name: `model/bundles/${words[i]}-${1 + random.int(9)}.${random.int(20)}.jar`,
      kind: 'jar',
      size
    })
  }
  const kinds = ['js', 'js', 'js', 'css', 'html', 'json']
  for (let i = 0; files.length < 15_000; i++) {
    const kind = kinds[i % kinds.length]
    const sub = random.next() < 0.5 ? `/${words[100 + random.int(8)]}` : ''
    const folder = `web/${random.pick(FOLDERS)}/${words[random.int(30)]}${sub}`
    const size = random.size(4500, 1.25, 200, 2 << 20)
    files.push({ name: `${folder}/${words[i % words.length]}-${i}.${kind}`, kind, size })
  }
  return { random, words, files }
}

/**
 * Makes the corpus under `root` (`root/deployment` is the deployment folder) unless it is there
 * already, and returns its files and total size.
 */
export async function ensureCorpus(root, seed = 20240517) {
  const folder = join(root, 'deployment')
  const stamp = join(root, `${GENERATOR}-${seed}.done`)
  const { random, words, files } = plan(seed)
  if (!existsSync(stamp)) {
    await rm(root, { recursive: true, force: true })
    for (const file of files) {
      const path = join(folder, file.name)
      await mkdir(dirname(path), { recursive: true })
      const data =
        file.kind === 'jar'
          ? noise(file.name, file.size)
          : file.kind === 'model'
            ? modelFile(random, words, file.size)
            : textFile(random, words, file.kind, file.size)
      await writeFile(path, data)
    }
    // The key order and shapes MxBuild 10.24 writes (test/fixtures/mendix/mx10.24).
    const metadata = {
      RuntimeVersion: '10.24.8.80126',
      ProjectID: '00000000-0000-4000-8000-000000000015',
      ProjectName: 'BenchApp',
      ModelVersion: 'unversioned',
      Description: '',
      AdminUser: 'MxAdmin',
      AdminRole: '8dd52bfa-6d7e-453b-b506-303c0a3d9567',
      JavaVersion: 21,
      Roles: { '8dd52bfa-6d7e-453b-b506-303c0a3d9567': { Name: 'Administrator' } },
      Constants: Array.from({ length: 40 }, (_, i) => ({
        Name: `Bench.Constant${i}`,
        Type: 'String',
        Description: `constant ${i}`,
        DefaultValue: `value-${i}`
      })),
      ScheduledEvents: [{ Name: 'Bench.Nightly', Description: 'nightly' }],
      Languages: ['en_US'],
      RequestHandlers: [{ Name: '/api/', DefaultEnabled: true, MatchExactly: false }]
    }
    await writeFile(join(folder, 'model/metadata.json'), JSON.stringify(metadata, null, 2))
    await writeFile(stamp, `${GENERATOR} ${seed}\n`)
  }
  const bytes = files.reduce((sum, file) => sum + file.size, 0)
  return { folder, names: [...files.map((f) => f.name), 'model/metadata.json'], bytes }
}

/**
 * A deployment folder of at least `minBytes`: the corpus (hard links, no copies) plus large
 * incompressible bundles. For inspecting a package far larger than its central directory.
 */
export async function ensureLargeFolder(root, corpus, minBytes) {
  const folder = join(root, 'large')
  const stamp = join(root, `${GENERATOR}-large-${minBytes}.done`)
  if (!existsSync(stamp)) {
    await rm(folder, { recursive: true, force: true })
    for (const name of corpus.names) {
      const target = join(folder, name)
      await mkdir(dirname(target), { recursive: true })
      await link(join(corpus.folder, name), target)
    }
    const piece = 256 << 20
    for (let i = 0, total = corpus.bytes; total < minBytes; i++, total += piece) {
      await writeFile(join(folder, `model/bundles/large-${i}.jar`), noise(`large-${i}`, piece))
    }
    await writeFile(stamp, `${relative(root, folder)}\n`)
  }
  return folder
}

/** The corpus's metadata, for checking what inspect reports. */
export async function corpusMetadata(folder) {
  return JSON.parse(await readFile(join(folder, 'model/metadata.json'), 'utf8'))
}
