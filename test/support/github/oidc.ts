import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'

/** What a token says about the job; defaults come from the stand-in's run context. */
export interface OidcContext {
  repository: string
  repositoryId: number
  repositoryOwnerId: number
  ref: string
  sha: string
  actor: string
  actorId: number
  runId: number
  runNumber: number
  runAttempt: number
  eventName: string
  workflowPath: string
  /** The job's environment; none (null) for jobs without one. */
  environment: string | null
}

export interface TokenOptions {
  environment?: string | null
  actor?: string
  ref?: string
  sha?: string
  eventName?: string
  /** Already expired (exp 10 minutes ago), for negative tests. */
  expired?: boolean
  /** Signed by a key the JWKS does not hold (same `kid`), for negative tests. */
  wrongKey?: boolean
  /** Claims to add or override last. */
  claims?: Record<string, unknown>
}

interface KeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
  kid: string
}

// RSA key generation takes tens of milliseconds: once per process is enough.
let issuerKey: KeyPair | undefined
let strangerKey: KeyPair | undefined

/** The issuer's key pair, made on first use: most tests never ask for a token. */
function issuer(): KeyPair {
  issuerKey ??= keyPair()
  return issuerKey
}

function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const n = String(publicKey.export({ format: 'jwk' }).n)
  return { privateKey, publicKey, kid: createHash('sha256').update(n).digest('hex').slice(0, 40) }
}

/**
 * GitHub Actions' OIDC provider: the runner's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)
 * and the issuer's discovery document and JWKS, signing RS256 JWTs with GitHub's claims.
 */
export class OidcIssuer {
  readonly issuer: string
  readonly requestUrl: string
  readonly requestToken = `oidc-request-${randomUUID()}`
  private options: TokenOptions = {}

  constructor(
    server: string,
    private readonly context: OidcContext
  ) {
    // GHES's issuer layout: https://HOST/_services/token.
    this.issuer = `${server}/_services/token`
    this.requestUrl = `${server}/_services/pipelines/idtoken?api-version=2.0`
  }

  /** Sets what the next tokens from the endpoint say (replacing earlier settings). */
  configure(options: TokenOptions): void {
    this.options = { ...options }
  }

  /** A signed token for `audience` (default `https://github.com/<owner>`, as GitHub's). */
  mint(audience?: string, options: TokenOptions = this.options): string {
    const key = options.wrongKey ? (strangerKey ??= keyPair()) : issuer()
    const header = { typ: 'JWT', alg: 'RS256', kid: issuer().kid }
    const payload = { ...this.claims(audience, options), ...options.claims }
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`
    const signature = sign('sha256', Buffer.from(signingInput), key.privateKey)
    return `${signingInput}.${signature.toString('base64url')}`
  }

  /** The claims GitHub puts in an Actions ID token. */
  claims(audience: string | undefined, options: TokenOptions = this.options) {
    const c = this.context
    const [owner] = c.repository.split('/')
    const environment = options.environment === undefined ? c.environment : options.environment
    const ref = options.ref ?? c.ref
    const eventName = options.eventName ?? c.eventName
    const now = Math.floor(Date.now() / 1000)
    const iat = options.expired ? now - 900 : now
    const workflowRef = `${c.repository}/${c.workflowPath}@${ref}`
    const sub = environment
      ? `repo:${c.repository}:environment:${environment}`
      : eventName === 'pull_request'
        ? `repo:${c.repository}:pull_request`
        : `repo:${c.repository}:ref:${ref}`
    return {
      jti: randomUUID(),
      sub,
      aud: audience ?? `https://github.com/${owner}`,
      ref,
      sha: options.sha ?? c.sha,
      repository: c.repository,
      repository_owner: owner,
      repository_owner_id: String(c.repositoryOwnerId),
      repository_id: String(c.repositoryId),
      repository_visibility: 'private',
      run_id: String(c.runId),
      run_number: String(c.runNumber),
      run_attempt: String(c.runAttempt),
      runner_environment: 'github-hosted',
      actor: options.actor ?? c.actor,
      actor_id: String(c.actorId),
      workflow: c.workflowPath.replace(/^.*\//, ''),
      workflow_ref: workflowRef,
      workflow_sha: options.sha ?? c.sha,
      job_workflow_ref: workflowRef,
      job_workflow_sha: options.sha ?? c.sha,
      head_ref: '',
      base_ref: '',
      event_name: eventName,
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: 'false',
      ...(environment ? { environment } : {}),
      iss: this.issuer,
      nbf: iat,
      iat,
      exp: iat + 300
    }
  }

  /** `/.well-known/openid-configuration`. */
  discovery() {
    return {
      issuer: this.issuer,
      jwks_uri: `${this.issuer}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: Object.keys(this.claims(undefined, {})).concat('aud'),
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid']
    }
  }

  /** The JWKS with the issuer's public key. */
  jwks() {
    const key = issuer()
    const { n, e } = key.publicKey.export({ format: 'jwk' })
    return { keys: [{ kty: 'RSA', alg: 'RS256', use: 'sig', kid: key.kid, n, e }] }
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}
