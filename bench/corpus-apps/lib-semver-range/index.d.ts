export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
  build: string[];
  version: string;
}

export declare const MAX_LENGTH: number;
export declare function parse(version: string): SemVer | null;
export declare function valid(version: string): string | null;
export declare function compare(a: string | SemVer, b: string | SemVer): -1 | 0 | 1;

export declare class Comparator {
  constructor(operator: '' | '=' | '<' | '<=' | '>' | '>=', version: string | null);
  operator: string;
  semver: SemVer | null;
  value: string;
  test(version: string | SemVer): boolean;
}

export declare class Range {
  constructor(range: string | Range);
  raw: string;
  range: string;
  set: Comparator[][];
  test(version: string | SemVer): boolean;
}

export declare function validRange(range: string): string | null;
export declare function satisfies(version: string, range: string): boolean;
export declare function maxSatisfying(versions: string[], range: string): string | null;
