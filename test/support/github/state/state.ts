import { RepoState } from './repo.js'
import type { AssetRecord, ReleaseRecord, UserRecord } from './records.js'

export type { UserRecord } from './records.js'

/** Everything the stand-in knows: users and repositories, all in memory. */
export class StandInState {
  private lastId = 1000
  private readonly users = new Map<string, UserRecord>()
  private readonly repos = new Map<string, RepoState>()

  /** A fresh id, unique across every kind of object (GitHub's ids are per kind; ours never clash). */
  nextId(): number {
    return ++this.lastId
  }

  /** The user with this login, created on first mention; `[bot]` logins are bots. */
  user(login: string): UserRecord {
    let user = this.users.get(login.toLowerCase())
    if (!user) {
      user = { login, id: this.nextId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' }
      this.users.set(login.toLowerCase(), user)
    }
    return user
  }

  userById(id: number): UserRecord | undefined {
    return [...this.users.values()].find((user) => user.id === id)
  }

  /** Adds a repository (`owner/name`) with one commit on its default branch. */
  addRepo(
    fullName: string,
    options: { defaultBranch?: string; private?: boolean } = {}
  ): RepoState {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`repository '${fullName}' is not owner/name`)
    const repo = new RepoState(this, this.user(owner), name, options)
    this.repos.set(fullName.toLowerCase(), repo)
    return repo
  }

  /** A release asset by id, in whichever repository holds it. */
  findAsset(
    id: number
  ): { repo: RepoState; release: ReleaseRecord; asset: AssetRecord } | undefined {
    for (const repo of this.repos.values()) {
      for (const release of repo.releases) {
        const asset = release.assets.find((a) => a.id === id)
        if (asset) return { repo, release, asset }
      }
    }
    return undefined
  }

  /** The repository, or undefined (GitHub then answers 404). */
  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }
}
