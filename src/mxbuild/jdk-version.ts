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

/**
 * The JDK to run MxBuild of a Mendix version with, for a .mpr whose Java setting is unknown:
 * Studio Pro installs JDK 21 from Mendix 10.11 on (mendix/docs, refguide/installation/install.md),
 * and every 10.11+ package seen in public projects says JavaVersion 21; a newer JDK compiles an
 * app set to 11 or 17 as well. Before 10.11 the buildpack's rule holds (8, else 11).
 */
export function mxbuildJavaFor(mendixVersion: string): JavaChoice {
  if (compareVersions(mendixVersion.replace(/-.*$/, ''), '10.11') >= 0) {
    return {
      major: 21,
      rule: 'Studio Pro installs JDK 21 from Mendix 10.11 on; it also builds apps set to Java 11 or 17'
    }
  }
  return javaFor(mendixVersion)
}
