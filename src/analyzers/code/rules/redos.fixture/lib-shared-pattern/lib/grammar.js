// One place for the marker grammar, shared by the scanners.
export const MARKER = /<<((?:[a-z]+,?)*)>>/g;
export const MARKER_SAFE = /<<([a-z]+(?:,[a-z]+)*)>>/g;
