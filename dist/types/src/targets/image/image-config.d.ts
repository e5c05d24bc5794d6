/** What an image adds to the config of the image it builds on. */
export interface ConfigAdditions {
    /** RFC 3339: the package's build time, so the same package gives the same config. */
    created: string;
    /** Merged over the labels it inherits. */
    labels: Record<string, string>;
    /** Variables set (replacing inherited ones of the same name), in name order. */
    env?: Record<string, string>;
    /** The DiffID of the layer added, if one is. */
    diffId?: string;
    /** The history entry's `created_by`: what made this step. */
    createdBy: string;
}
/**
 * The config of an image built on another (image-spec config.md): its fields, unknown ones
 * included, with `created`, the labels, the variables, the layer's DiffID and a history entry
 * added. Depends only on its inputs, so the same inputs give the same config digest.
 */
export declare function composeConfig(base: Record<string, unknown>, add: ConfigAdditions): Record<string, unknown>;
/** The variables of a config's `config.Env`, by name (the first `=` separates name and value). */
export declare function configVariables(config: Record<string, unknown>): Record<string, string>;
/** The labels of a config's `config.Labels`. */
export declare function configLabels(config: Record<string, unknown>): Record<string, string>;
