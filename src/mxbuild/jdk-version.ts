import { compareVersions } from '../mda/version.js'

/** A JDK major version, and the rule that chose it, for people to check. */
export interface JavaChoice {
  major: number
  rule: string
}

/**
 * The JDK Mendix's Cloud Foundry buildpack gives a Mendix version: Java 8 before Mendix 8; from
 * Mendix 8 the app's own setting (metadata.json's JavaVersion: 17 or 21), else 11. A .mpr does
 * not show the setting without MxBuild, so the rule is reported with it.
 */
export function javaFor(mendixVersion: string, javaVersion?: number): JavaChoice {
  if (compareVersions(mendixVersion.replace(/-.*$/, ''), '8') < 0) {
    return { major: 8, rule: 'Mendix 7 and earlier run on Java 8' }
  }
  if (javaVersion === 17 || javaVersion === 21) {
    return { major: javaVersion, rule: "the app's Java version setting" }
  }
  return {
    major: 11,
    rule: "Java 11 unless the app's settings choose 17 or 21 (Mendix 9.24 and later); the built package's metadata.json says which (JavaVersion)"
  }
}
