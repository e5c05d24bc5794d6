import type { KubernetesTargetConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import type { Cluster } from './cluster.js'

/**
 * The documented secret store (Mendix docs: "Configuring a Secret Store with the Secrets Store CSI
 * Driver"): a SecretProviderClass and a ServiceAccount, both named like the MendixApp and
 * annotated for it, the class mapping keys such as `mx-const-Module.Constant` (on Azure Key
 * Vault `mx-const-Module-Constant`) from an external store.
 */
const PROVIDER_CLASS = { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass' }
const CLASS_ANNOTATION = 'privatecloud.mendix.com/environment-class'
const ACCOUNT_ANNOTATION = 'privatecloud.mendix.com/environment-account'
const DOCS = 'see docs/kubernetes.md, "Secret constants"'

interface Annotated {
  metadata?: { annotations?: Record<string, string> }
  spec?: { parameters?: unknown }
}

/**
 * Checks, before anything is applied, that the secret store the operator reads `secret-constants`
 * from is in place and names each of them. mxdeploy never sees or writes the values.
 */
export async function checkSecretStore(
  cluster: Cluster,
  config: KubernetesTargetConfig,
  environment: string
): Promise<void> {
  if (config.secretConstants.length === 0) return
  const where = `namespace ${config.namespace}`
  const providerClass = await cluster.read<Annotated>({
    ...PROVIDER_CLASS,
    name: config.name
  })
  if (!providerClass) {
    throw new ConfigurationError(
      `environment ${environment} reads ${config.secretConstants.join(', ')} from the secret store, but ${where} has no SecretProviderClass ${config.name} (the operator reads the one named like the MendixApp): create it with the keys ${config.secretConstants.map((name) => `mx-const-${name}`).join(', ')}; ${DOCS}`
    )
  }
  if (providerClass.metadata?.annotations?.[CLASS_ANNOTATION] !== 'true') {
    throw new ConfigurationError(
      `SecretProviderClass ${config.name} in ${where} lacks the annotation ${CLASS_ANNOTATION}: "true", without which the operator does not use it; ${DOCS}`
    )
  }
  const parameters = JSON.stringify(providerClass.spec?.parameters ?? {})
  const missing = config.secretConstants.filter(
    (name) =>
      !parameters.includes(`mx-const-${name}`) &&
      !parameters.includes(`mx-const-${name.replace('.', '-')}`)
  )
  if (missing.length > 0) {
    throw new ConfigurationError(
      `SecretProviderClass ${config.name} in ${where} maps no ${missing.map((name) => `mx-const-${name}`).join(', ')}, so the operator would not find ${missing.length === 1 ? 'that constant' : 'those constants'}: add ${missing.length === 1 ? 'it' : 'them'} to its objects; ${DOCS}`
    )
  }
  const account = await cluster.read<Annotated>({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    name: config.name
  })
  if (account?.metadata?.annotations?.[ACCOUNT_ANNOTATION] !== 'true') {
    throw new ConfigurationError(
      `${where} ${account ? `has ServiceAccount ${config.name} without the annotation ${ACCOUNT_ANNOTATION}: "true"` : `has no ServiceAccount ${config.name}`}, which the operator runs the app with to read the secret store; ${DOCS}`
    )
  }
}
