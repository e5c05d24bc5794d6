/** An image's platform as image-index's `platform` and image config's fields name it. */
export interface Platform {
    os: string;
    architecture: string;
    variant?: string;
}
/** The platform an image is built for when nothing is said and the base offers several. */
export declare const DEFAULT_PLATFORM = "linux/amd64";
/** `os/architecture[/variant]`, as Docker's `--platform` writes it. */
export declare function platformText(platform: Platform): string;
/** Parses `os/architecture[/variant]`; `what` names the setting for the message. */
export declare function parsePlatform(text: string, what: string): Platform;
/**
 * Whether an image of `offered` serves `wanted`: same OS and architecture, and the same variant
 * when one is asked for (image-index: "the first matching entry SHOULD be used").
 */
export declare function platformMatches(wanted: Platform, offered: Platform): boolean;
/** A descriptor's `platform`, if it is one (BuildKit's attestations say `unknown/unknown`). */
export declare function descriptorPlatform(value: unknown): Platform | undefined;
