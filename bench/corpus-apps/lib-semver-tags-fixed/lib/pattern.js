/** Numeric identifier: `0` or no leading zero. */
const NUM = '(0|[1-9]\\d*)';

/**
 * `MAJOR.MINOR.PATCH`, an optional `-prerelease` of dot-separated identifiers and optional
 * `+build` metadata. Each identifier is followed by a mandatory dot before the next one, so
 * there is exactly one way to match a prerelease (linear time).
 */
export const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}` +
  '(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?' +
  '(?:\\+([0-9A-Za-z.-]+))?$',
);

/** Longest tag accepted by parseTag() (semver itself suggests 256). */
export const MAX_LENGTH = 256;

/** A purely numeric prerelease identifier. */
export const NUMERIC_ID = /^\d+$/;
