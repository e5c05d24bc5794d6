/** The configuration file a command reads when --config is not given, in the current folder. */
export declare const CONFIG_FILE = "mxdeploy.yml";
