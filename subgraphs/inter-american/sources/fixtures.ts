/** A file of test/fixtures, for a replay mount. */
export const fixture = (path: string) => new URL(`../../../test/fixtures/${path}`, import.meta.url);
