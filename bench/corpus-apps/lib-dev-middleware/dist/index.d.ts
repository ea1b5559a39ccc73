/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'http';
export interface OutputFileSystem {
    statSync(path: string): {
        isFile(): boolean;
        isDirectory(): boolean;
        size: number;
    };
    createReadStream(path: string, options?: {
        start?: number;
        end?: number;
    }): NodeJS.ReadableStream;
    join?: (...paths: string[]) => string;
}
export interface Options {
    /** Public path the bundle is served under; defaults to the compiler's `output.publicPath`. */
    publicPath?: string;
    /** Methods served; others fall through to `next()`. Default `['GET', 'HEAD']`. */
    methods?: string[];
    /** Extra response headers. */
    headers?: Record<string, string> | (() => Record<string, string>);
    /** File served for a directory. Default `index.html`; `false` disables. */
    index?: string | boolean;
    /** Keep the build in memory (memfs) instead of writing it to `output.path`. Default `false`. */
    memoryFs?: boolean;
    /** Use this file system for the build output. */
    outputFileSystem?: OutputFileSystem;
}
export type NextFunction = (err?: unknown) => void;
export interface DevMiddleware {
    (req: IncomingMessage, res: ServerResponse, next: NextFunction): void;
    waitUntilValid(callback?: (stats?: unknown) => void): void;
    invalidate(callback?: (stats?: unknown) => void): void;
    close(callback?: (err?: Error | null) => void): void;
    context: unknown;
}
export declare function devMiddleware(compiler: unknown, options?: Options): DevMiddleware;
export default devMiddleware;
