import { ByteKeyIndex } from './byte-key-index.js'
import { ByteColumn, IntColumn, dataViewOf } from './columns.js'
import type { TracedCommit, TracedStory } from './trace-range.js'

// Shared by every commit that names no story (100,000 empty arrays are not free).
const NONE: readonly string[] = Object.freeze([])

const MERGE = 1
// The subject is printable ASCII without a quote or backslash: JSON holds it as it is.
const PLAIN = 2

/** See `RangeTable.texts`: commit `c`'s SHA is `shas[shaAt[c], shaAt[c + 1])`. */
export interface CommitTexts {
  /** The bytes as DataViews, for `copyWords`. */
  shas: DataView
  shaAt: Int32Array
  subjects: DataView
  subjectAt: Int32Array
}

/**
 * The commits and stories of a traced range held column by column: numbers in typed arrays, SHAs
 * and subjects as bytes, and each story's commits as a chain of indexes, with no object per
 * commit or per story. A range of 100,000 commits held as objects spent more time in garbage
 * collection than in reading git's output; the objects are built only when a reader asks for
 * them, and `trace --json` copies SHAs and subjects to its output as bytes.
 */
export class RangeTable {
  private readonly shaBytes = new ByteColumn()
  private readonly subjectBytes = new ByteColumn()
  // Where each commit's SHA and subject start; one more entry than commits, for the last's end.
  private readonly shaAt = new IntColumn()
  private readonly subjectAt = new IntColumn()
  private readonly flags = new IntColumn()
  // Links of a commit to a story, in the order the commits name them: those of one commit are
  // consecutive, from firstLink[commit] to firstLink[commit + 1].
  private readonly firstLink = new IntColumn()
  private readonly linkStory = new IntColumn()
  private readonly linkCommit = new IntColumn()
  // The next link of the same story, -1 at its last; each story's first and last link.
  private readonly nextLink = new IntColumn()
  private readonly storyFirst = new IntColumn()
  private readonly storyLast = new IntColumn()
  private readonly storyIds: string[] = []
  private readonly trackers: string[] = []
  private readonly urls: (string | null)[] = []
  // Story numbers by ID, as UTF-8; and a buffer to encode IDs given as text.
  private readonly storyIndex = new ByteKeyIndex()
  private idBytes = Buffer.allocUnsafe(256)
  // The buffer the last commit was read from, and it as a DataView.
  private source: Uint8Array | undefined
  private sourceWords: DataView = new DataView(new ArrayBuffer(0))

  constructor() {
    this.shaAt.push(0)
    this.subjectAt.push(0)
    this.firstLink.push(0)
  }

  /** Number of commits. */
  get commitCount(): number {
    return this.flags.length
  }

  /** Number of stories. */
  get storyCount(): number {
    return this.storyIds.length
  }

  /** Adds a commit (after the stories of the previous one): its index. */
  addCommit(sha: string, subject: string, merge: boolean): number {
    this.shaBytes.appendText(sha)
    this.subjectBytes.appendText(subject)
    return this.added(merge)
  }

  /**
   * Adds a commit whose SHA and subject are the UTF-8 bytes `bytes[sha, shaEnd)` and
   * `bytes[subject, subjectEnd)`, as read from git: its index. The bytes are copied.
   */
  addCommitBytes(
    bytes: Uint8Array,
    sha: number,
    shaEnd: number,
    subject: number,
    subjectEnd: number,
    merge: boolean
  ): number {
    // Commits come from a few large buffers (git's output as read): one DataView for each.
    if (bytes !== this.source) {
      this.source = bytes
      this.sourceWords = dataViewOf(bytes)
    }
    this.shaBytes.appendWords(this.sourceWords, sha, shaEnd)
    this.subjectBytes.appendWords(this.sourceWords, subject, subjectEnd)
    return this.added(merge)
  }

  private added(merge: boolean): number {
    const commit = this.flags.length
    const from = this.subjectAt.get(commit)
    const to = this.subjectBytes.length
    this.shaAt.push(this.shaBytes.length)
    this.subjectAt.push(to)
    this.flags.push((merge ? MERGE : 0) | (this.subjectBytes.isPlain(from, to) ? PLAIN : 0))
    this.firstLink.push(this.linkStory.length)
    return commit
  }

  /**
   * Records that the newest commit names story `id` (once per commit). The first commit to name
   * a story gives its tracker; its link comes from the first that has one. IDs are told apart
   * as UTF-8 (a lone surrogate, which text read as UTF-8 never holds, is U+FFFD there).
   */
  addStory(id: string, tracker: string, url: string | null): void {
    if (id.length * 3 > this.idBytes.length) this.idBytes = Buffer.allocUnsafe(id.length * 3)
    const length = this.idBytes.write(id, 0, 'utf8')
    const story = this.addStoryBytes(this.idBytes, 0, length, tracker, id)
    if (url !== null) this.setUrl(story, url)
  }

  /**
   * Records that the newest commit names the story whose ID is the UTF-8 bytes
   * `bytes[from, to)` (once per commit): the story's number. A new story takes `tracker`, no
   * link (see `setUrl`), and `id` as its ID's text, else the bytes decoded.
   */
  addStoryBytes(bytes: Buffer, from: number, to: number, tracker: string, id?: string): number {
    const commit = this.flags.length - 1
    const link = this.linkStory.length
    const known = this.storyIds.length
    const story = this.storyIndex.add(bytes, from, to)
    if (story === known) {
      this.storyIds.push(id ?? bytes.toString('utf8', from, to))
      this.trackers.push(tracker)
      this.urls.push(null)
      this.storyFirst.push(link)
      this.storyLast.push(link)
    } else {
      this.nextLink.set(this.storyLast.get(story), link)
      this.storyLast.set(story, link)
    }
    this.linkStory.push(story)
    this.linkCommit.push(commit)
    this.nextLink.push(-1)
    this.firstLink.set(commit + 1, this.linkStory.length)
    return story
  }

  /** Gives a story that has no link yet its link. */
  setUrl(story: number, url: string): void {
    this.urls[story] ??= url
  }

  sha(commit: number): string {
    return this.shaBytes.text(this.shaAt.get(commit), this.shaAt.get(commit + 1), 'latin1')
  }

  subject(commit: number): string {
    return this.subjectBytes.text(
      this.subjectAt.get(commit),
      this.subjectAt.get(commit + 1),
      'utf8'
    )
  }

  /** Whether the subject is printable ASCII with nothing JSON escapes: its bytes are its JSON. */
  plainSubject(commit: number): boolean {
    return (this.flags.get(commit) & PLAIN) !== 0
  }

  /**
   * The SHAs and subjects as bytes, and where each commit's start (one more entry than commits),
   * for writers of huge documents that copy them (trace --json) without a call per piece.
   * Views of the table: valid until it changes.
   */
  texts(): CommitTexts {
    return {
      shas: this.shaBytes.viewWords(),
      shaAt: this.shaAt.view(),
      subjects: this.subjectBytes.viewWords(),
      subjectAt: this.subjectAt.view()
    }
  }

  merge(commit: number): boolean {
    return (this.flags.get(commit) & MERGE) !== 0
  }

  /** Whether the commit names any story. */
  hasStory(commit: number): boolean {
    return this.firstLink.get(commit + 1) > this.firstLink.get(commit)
  }

  storyId(story: number): string {
    return this.storyIds[story]!
  }

  tracker(story: number): string {
    return this.trackers[story]!
  }

  url(story: number): string | null {
    return this.urls[story]!
  }

  /** The first link of a story: with `next` and `commitOf`, its commits newest first. */
  firstLinkOf(story: number): number {
    return this.storyFirst.get(story)
  }

  /** The link after `link` of the same story, -1 after its last. */
  next(link: number): number {
    return this.nextLink.get(link)
  }

  /** The commit of a link. */
  commitOf(link: number): number {
    return this.linkCommit.get(link)
  }

  /** The commits as objects, newest first. */
  commits(): TracedCommit[] {
    const commits: TracedCommit[] = []
    for (let commit = 0; commit < this.commitCount; commit++) {
      const from = this.firstLink.get(commit)
      const to = this.firstLink.get(commit + 1)
      let stories = NONE
      if (to > from) {
        const ids: string[] = []
        for (let link = from; link < to; link++) ids.push(this.storyIds[this.linkStory.get(link)]!)
        stories = ids
      }
      commits.push({
        sha: this.sha(commit),
        subject: this.subject(commit),
        merge: this.merge(commit),
        stories
      })
    }
    return commits
  }

  /** The stories as objects, in order of first mention, each with its commits' SHAs. */
  stories(): TracedStory[] {
    return this.storyIds.map((id, story) => {
      const commits: string[] = []
      for (let link = this.storyFirst.get(story); link >= 0; link = this.nextLink.get(link)) {
        commits.push(this.sha(this.linkCommit.get(link)))
      }
      return { id, tracker: this.trackers[story]!, url: this.urls[story]!, commits }
    })
  }

  /** A table of commits and stories given as objects (a trace made without one). */
  static of(commits: readonly TracedCommit[], stories: readonly TracedStory[]): RangeTable {
    const table = new RangeTable()
    const byId = new Map(stories.map((story) => [story.id, story]))
    for (const commit of commits) {
      table.addCommit(commit.sha, commit.subject, commit.merge)
      for (const id of commit.stories) {
        const story = byId.get(id)
        table.addStory(id, story?.tracker ?? '', story?.url ?? null)
      }
    }
    return table
  }
}
