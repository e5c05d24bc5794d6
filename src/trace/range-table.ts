import type { TracedCommit, TracedStory } from './trace-range.js'

// Shared by every commit that names no story (100,000 empty arrays are not free).
const NONE: readonly string[] = Object.freeze([])

/**
 * The commits and stories of a traced range held column by column: strings and numbers in
 * arrays, and each story's commits as a chain of indexes, with no object per commit or per
 * story. A range of 100,000 commits held as objects spent more time in garbage collection than
 * in reading git's output; the objects are built only when a reader asks for them.
 */
export class RangeTable {
  private readonly shas: string[] = []
  private readonly subjects: string[] = []
  private readonly merges: boolean[] = []
  // Links of a commit to a story, in the order the commits name them: those of one commit are
  // consecutive, from firstLink[commit] to firstLink[commit + 1].
  private readonly firstLink: number[] = [0]
  private readonly linkStory: number[] = []
  private readonly linkCommit: number[] = []
  // The next link of the same story, -1 at its last; each story's first and last link.
  private readonly nextLink: number[] = []
  private readonly storyFirst: number[] = []
  private readonly storyLast: number[] = []
  private readonly storyIds: string[] = []
  private readonly trackers: string[] = []
  private readonly urls: (string | null)[] = []
  private readonly storyIndex = new Map<string, number>()

  /** Number of commits. */
  get commitCount(): number {
    return this.shas.length
  }

  /** Number of stories. */
  get storyCount(): number {
    return this.storyIds.length
  }

  /** Adds a commit (after the stories of the previous one): its index. */
  addCommit(sha: string, subject: string, merge: boolean): number {
    this.shas.push(sha)
    this.subjects.push(subject)
    this.merges.push(merge)
    this.firstLink.push(this.linkStory.length)
    return this.shas.length - 1
  }

  /**
   * Records that the newest commit names story `id` (once per commit). The first commit to name
   * a story gives its tracker; its link comes from the first that has one.
   */
  addStory(id: string, tracker: string, url: string | null): void {
    const commit = this.shas.length - 1
    const link = this.linkStory.length
    let story = this.storyIndex.get(id)
    if (story === undefined) {
      story = this.storyIds.length
      this.storyIndex.set(id, story)
      this.storyIds.push(id)
      this.trackers.push(tracker)
      this.urls.push(url)
      this.storyFirst.push(link)
    } else {
      this.nextLink[this.storyLast[story]!] = link
      if (this.urls[story] === null && url !== null) this.urls[story] = url
    }
    this.storyLast[story] = link
    this.linkStory.push(story)
    this.linkCommit.push(commit)
    this.nextLink.push(-1)
    this.firstLink[commit + 1] = this.linkStory.length
  }

  sha(commit: number): string {
    return this.shas[commit]!
  }

  subject(commit: number): string {
    return this.subjects[commit]!
  }

  merge(commit: number): boolean {
    return this.merges[commit]!
  }

  /** Whether the commit names any story. */
  hasStory(commit: number): boolean {
    return this.firstLink[commit + 1]! > this.firstLink[commit]!
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
    return this.storyFirst[story]!
  }

  /** The link after `link` of the same story, -1 after its last. */
  next(link: number): number {
    return this.nextLink[link]!
  }

  /** The commit of a link. */
  commitOf(link: number): number {
    return this.linkCommit[link]!
  }

  /** The commits as objects, newest first. */
  commits(): TracedCommit[] {
    const commits: TracedCommit[] = []
    for (let commit = 0; commit < this.shas.length; commit++) {
      const from = this.firstLink[commit]!
      const to = this.firstLink[commit + 1]!
      let stories = NONE
      if (to > from) {
        const ids: string[] = []
        for (let link = from; link < to; link++) ids.push(this.storyIds[this.linkStory[link]!]!)
        stories = ids
      }
      commits.push({
        sha: this.shas[commit]!,
        subject: this.subjects[commit]!,
        merge: this.merges[commit]!,
        stories
      })
    }
    return commits
  }

  /** The stories as objects, in order of first mention, each with its commits' SHAs. */
  stories(): TracedStory[] {
    return this.storyIds.map((id, story) => {
      const commits: string[] = []
      for (let link = this.storyFirst[story]!; link >= 0; link = this.nextLink[link]!) {
        commits.push(this.shas[this.linkCommit[link]!]!)
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
