import { isScalar, visit, type Document } from 'yaml'

/** A key given again in the same mapping, and where (its offset in the text). */
export interface DuplicateKey {
  key: string
  offset: number
}

/**
 * Keys given twice in one mapping. The YAML library's own check (uniqueKeys) compares each key
 * with every key before it, which made a file with 200,000 environments take minutes; a set per
 * mapping does the same in one pass.
 */
export function duplicateKeys(document: Document): DuplicateKey[] {
  const found: DuplicateKey[] = []
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        if (!isScalar(key)) continue
        if (seen.has(key.value)) found.push({ key: String(key.value), offset: key.range?.[0] ?? 0 })
        else seen.add(key.value)
      }
    }
  })
  return found
}
