export type Key = string | number | symbol;
export type Path = string | number | symbol | Key[];
export interface PathOptions {
    separator?: string;
}
export interface SetOptions extends PathOptions {
    merge?: boolean;
}
export declare function toPath(path: Path, options?: PathOptions): Key[];
export declare function set<T extends object>(target: T, path: Path, value: unknown, options?: SetOptions): T;
export declare function get<V = unknown>(target: unknown, path: Path, fallback?: V, options?: PathOptions): V;
export declare function has(target: unknown, path: Path, options?: PathOptions): boolean;
export declare function unset(target: unknown, path: Path, options?: PathOptions): boolean;
export declare function expand(flat: Record<string, unknown>, options?: SetOptions): Record<string, unknown>;
declare const _default: {
    set: typeof set;
    get: typeof get;
    has: typeof has;
    unset: typeof unset;
    toPath: typeof toPath;
    expand: typeof expand;
};
export default _default;
