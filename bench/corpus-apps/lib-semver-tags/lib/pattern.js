/** Numeric identifier: `0` or no leading zero. */
const NUM = '(0|[1-9]\\d*)';

/**
 * `MAJOR.MINOR.PATCH`, an optional `-prerelease` of dot-separated identifiers and optional
 * `+build` metadata.
 */
export const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}` +
  '(?:-((?:[0-9A-Za-z-]+\\.?)*))?' +
  '(?:\\+([0-9A-Za-z.-]+))?$',
);

/** A purely numeric prerelease identifier. */
export const NUMERIC_ID = /^\d+$/;
