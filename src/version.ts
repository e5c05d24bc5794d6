/** mxdeploy's own version, recorded in every package it builds. Kept equal to package.json's. */
export const MXDEPLOY_VERSION = '0.1.0'

export const BUILDER = `mxdeploy ${MXDEPLOY_VERSION}`
