export interface GlobOptions {
    dot?: boolean;
    nocase?: boolean;
    nobrace?: boolean;
    maxExpansions?: number;
    maxLength?: number;
    matchBase?: boolean;
}
export declare function braceExpand(pattern: string, options?: GlobOptions): string[];
export declare function makeRe(pattern: string, options?: GlobOptions): RegExp;
export declare function isMatch(path: string, pattern: string | string[], options?: GlobOptions): boolean;
export declare function filter(pattern: string | string[], options?: GlobOptions): (path: string) => boolean;
export declare function hasMagic(pattern: string, options?: GlobOptions): boolean;
export declare function escape(text: string): string;
export default isMatch;
