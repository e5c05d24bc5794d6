// The one place the documentation's conventions are kept: who owns mxdeploy on GitHub, which
// ref of its actions the examples use, and the major version of each third-party action. The
// docs check (scripts/check-doc-blocks.mjs) holds every workflow and every document to them.

/** `owner/name` of mxdeploy's repository, as `uses:` lines name it. */
export const OWNER = 'mxdeploy/mxdeploy'

/** The ref the examples pin mxdeploy's actions and reusable workflow to: the current major tag. */
export const REF = 'v0'

/**
 * The current major of each third-party action the examples use (all run on Node 24). Dependabot
 * proposes new majors for .github/workflows; the examples in the docs follow from here.
 * @type {Record<string, string>}
 */
export const ACTIONS = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'actions/setup-java': 'v5',
  'actions/cache': 'v5',
  'actions/upload-artifact': 'v6',
  'actions/download-artifact': 'v7',
  'actions/upload-pages-artifact': 'v4',
  'actions/deploy-pages': 'v4',
  'actions/configure-pages': 'v5',
  'aws-actions/configure-aws-credentials': 'v5',
  'azure/login': 'v2',
  'azure/aks-set-context': 'v4'
}
