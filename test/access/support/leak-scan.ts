/**
 * Collects the secrets and codes a suite uses and finds them in text mxdeploy wrote. Codes are
 * matched as 6-digit numbers standing alone, so a code inside a longer number (an ID, a hash)
 * does not count, while `code=492039` or `"492039"` does.
 */
export class LeakScan {
  private readonly secrets = new Map<string, string>()
  private readonly codes = new Map<string, string>()
  readonly findings: string[] = []
  /** How many texts were scanned, so that a suite can show the scan really ran. */
  scanned = 0

  /** A secret, in the forms it may leak in: as written, upper and lower case, without spaces. */
  secret(label: string, value: string): void {
    for (const form of [
      value,
      value.toUpperCase(),
      value.toLowerCase(),
      value.replace(/\s+/g, '')
    ]) {
      if (form.length >= 8) this.secrets.set(form, label)
    }
  }

  code(label: string, value: string): void {
    this.codes.set(value.replace(/\s+/g, ''), label)
  }

  /** Records every secret and code found in `text` (from `where`); returns what was found. */
  scan(where: string, text: string): string[] {
    this.scanned++
    const found: string[] = []
    for (const [value, label] of this.secrets) {
      if (text.includes(value)) found.push(`${label} in ${where}`)
    }
    for (const [value, label] of this.codes) {
      if (new RegExp(`(?<!\\d)${value}(?!\\d)`).test(text)) found.push(`${label} in ${where}`)
    }
    this.findings.push(...found)
    return found
  }
}
