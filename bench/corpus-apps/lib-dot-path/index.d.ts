export function get<T = unknown>(obj: object, path: string | string[], fallback?: T): T;
export function set<T extends object>(obj: T, path: string | string[], value: unknown): T;
export function del(obj: object, path: string | string[]): boolean;
