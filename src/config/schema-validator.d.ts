import type { ErrorObject } from 'ajv'

/** mxdeploy.yml's JSON Schema, compiled by scripts/schema-validator.mjs (Ajv standalone code). */
declare const validate: {
  (value: unknown): boolean
  /** The errors of the last call that returned false. */
  errors?: ErrorObject[] | null
}
export default validate
export { validate }
