/** `scheme://user:password@` in any text: a URI that carries credentials. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/:@]*):([^\s/@]+)@/gi

/**
 * Text with the password of every `scheme://user:password@host` replaced by `***`, so a
 * repository or API URI a user wrote with credentials never reaches a log, a message or a record.
 */
export function redactCredentials(text: string): string {
  return text.replace(USERINFO, (_, scheme: string, user: string) => `${scheme}${user}:***@`)
}

/** Whether a URI carries credentials in its userinfo part (`user:password@`, or `token@`). */
export function hasUserinfo(uri: string): boolean {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(uri)
  return match !== null && match[1]!.includes('@')
}
