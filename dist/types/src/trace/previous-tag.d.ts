/** A package release tag found in the checkout. */
export interface PackageTag {
    name: string;
    commit: string;
}
/** Tags such as `hello-v1.2.0.15`: what the github-release repository tags each package with. */
export declare function packageTagPattern(app: string): string;
/**
 * The newest (by version) package tag `<app>-v*` in the history of `commit` that is not on
 * `commit` itself, or null: the previous package when the repository is github-release and the
 * checkout holds its tags (actions/checkout with fetch-depth: 0). Null, too, outside a checkout.
 */
export declare function previousPackageTag(dir: string, app: string, commit: string): Promise<PackageTag | null>;
