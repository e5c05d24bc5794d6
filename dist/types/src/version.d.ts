/** mxdeploy's own version, recorded in every package it builds. Kept equal to package.json's. */
export declare const MXDEPLOY_VERSION = "0.1.0";
export declare const BUILDER = "mxdeploy 0.1.0";
