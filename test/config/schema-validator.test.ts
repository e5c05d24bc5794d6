import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import schema from '../../schema/mxdeploy.schema.json' with { type: 'json' }
import validate from '../../src/config/schema-validator.js'
import { VALIDATOR_FILE, validatorSource } from '../../scripts/schema-validator.mjs'

describe('the compiled mxdeploy.yml schema', () => {
  it('is what the schema compiles to now (npm run schema:validator after changing it)', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(validatorSource())
  })

  it('finds what Ajv compiling the schema at run time finds, errors and all', () => {
    const compiled = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema)
    const documents: unknown[] = [
      { app: 'hello', environments: { test: { target: { type: 'local', path: 'envs/test' } } } },
      { app: '', environments: [] },
      { app: 'hello', unknown: 1, environments: { test: { target: { type: 'nowhere' } } } },
      { app: 'hello', repository: 7, build: { version: 'one' } },
      // A string measured in characters, not UTF-16 units: one emoji is one character.
      { app: '🚀', environments: { '🚀': { target: { type: 'local', path: '' } } } }
    ]
    expect(documents.filter((document) => !compiled(document))).toHaveLength(4)
    for (const document of documents) {
      const expected = compiled(document)
      expect(validate(document)).toBe(expected)
      const strip = (errors: typeof compiled.errors) =>
        (errors ?? []).map(({ instancePath, keyword, params, message }) => ({
          instancePath,
          keyword,
          params,
          message
        }))
      expect(strip(validate.errors)).toEqual(strip(compiled.errors))
    }
  })
})
