// The one list of the system packages the tests run. scripts/test-tools.mjs installs the missing
// ones from it (before `npm test`, in .ci/run and in the CI workflow), so a package added here is
// installed everywhere, and nowhere else names one.

/**
 * A Debian (and Ubuntu) package the tests need.
 * @typedef {object} SystemPackage
 * @property {string} name the package apt-get installs
 * @property {string[]} programs any one of these on the PATH shows it is there (or something
 *   that does its job, as Google Chrome does Chromium's)
 * @property {string} why what the tests use it for, said before it is installed
 */

/** @type {readonly SystemPackage[]} */
export const SYSTEM_PACKAGES = [
  {
    name: 'git',
    programs: ['git'],
    why: 'the build and trace tests make real repositories and read their commits and tags'
  },
  {
    name: 'zip',
    programs: ['zip'],
    why: "Info-ZIP's zip makes the archives the MDA reader must accept"
  },
  {
    name: 'unzip',
    programs: ['unzip'],
    why: "Info-ZIP's unzip tests and reads back the MDAs and archives mxdeploy writes"
  },
  {
    name: 'python3',
    programs: ['python3'],
    why: "Python's zipfile, a second reader of the archives mxdeploy writes"
  },
  {
    name: 'sqlite3',
    programs: ['sqlite3'],
    why: 'makes and reads the .mpr project files (SQLite) that the Mendix version comes from'
  },
  {
    name: 'docker-registry',
    programs: ['docker-registry'],
    why: 'the OCI registry on loopback that the OCI repository and image tests push to'
  },
  {
    name: 'skopeo',
    programs: ['skopeo'],
    why: "builds the image tests' base image and inspects the images mxdeploy pushes"
  },
  {
    name: 'umoci',
    programs: ['umoci'],
    why: 'unpacks the images mxdeploy builds, to check their layers'
  },
  {
    name: 'oathtool',
    programs: ['oathtool'],
    why: 'an independent TOTP generator the two-factor tests check codes against'
  },
  {
    name: 'cmark-gfm',
    programs: ['cmark-gfm'],
    why: "GitHub's markdown renderer, for the escaping tests of summaries and comments"
  },
  {
    name: 'openssl',
    programs: ['openssl'],
    why: 'makes the test CA and certificates of the Kubernetes and registry token stand-ins'
  },
  {
    name: 'bsdutils',
    programs: ['script'],
    why: 'script(1) runs the CLI on a pseudo-terminal for the progress tests'
  },
  {
    // Where the kubectl on the PATH is another package's (Google Cloud SDK's owns
    // /usr/bin/kubectl, and dpkg will not install this one over it), scripts/test-tools.mjs
    // unpacks Debian's for the tests alone (scripts/debian-kubectl.mjs).
    name: 'kubernetes-client',
    programs: ['kubectl'],
    why: "Debian's kubectl reads back what the Kubernetes tests applied to the stand-in API server"
  },
  {
    // GitHub's Ubuntu runners come with Google Chrome, and Ubuntu's chromium package is only a
    // wrapper that installs the snap, so any of these will do.
    name: 'chromium',
    programs: ['chromium', 'chromium-browser', 'google-chrome'],
    why: "the dashboard's browser tests drive it with playwright-core"
  }
]

/**
 * The packages none of whose programs is on the PATH.
 * @param {(program: string) => boolean} onPath
 * @param {readonly SystemPackage[]} [packages]
 * @returns {SystemPackage[]}
 */
export function missingPackages(onPath, packages = SYSTEM_PACKAGES) {
  return packages.filter((pkg) => !pkg.programs.some(onPath))
}

/**
 * One line per package: its name and why the tests need it.
 * @param {readonly SystemPackage[]} packages
 * @returns {string[]}
 */
export function explain(packages) {
  return packages.map((pkg) => `  ${pkg.name}: ${pkg.why}`)
}
