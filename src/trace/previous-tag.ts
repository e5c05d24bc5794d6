import { execFile } from 'node:child_process'

/** A package release tag found in the checkout. */
export interface PackageTag {
  name: string
  commit: string
}

/** Tags such as `hello-v1.2.0.15`: what the github-release repository tags each package with. */
export function packageTagPattern(app: string): string {
  return `refs/tags/${app}-v*`
}

/**
 * The newest (by version) package tag `<app>-v*` in the history of `commit` that is not on
 * `commit` itself, or null: the previous package when the repository is github-release and the
 * checkout holds its tags (actions/checkout with fetch-depth: 0). Null, too, outside a checkout.
 */
export function previousPackageTag(
  dir: string,
  app: string,
  commit: string
): Promise<PackageTag | null> {
  const args = [
    'for-each-ref',
    `--merged=${commit}`,
    '--sort=-v:refname',
    '--format=%(refname:strip=2) %(objectname) %(*objectname)',
    packageTagPattern(app)
  ]
  return new Promise((done) => {
    execFile('git', args, { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
      if (error) return done(null)
      for (const line of stdout.split('\n')) {
        const [name, object, peeled] = line.split(' ')
        const target = peeled || object
        if (name && target && target !== commit) return done({ name, commit: target })
      }
      done(null)
    })
  })
}
