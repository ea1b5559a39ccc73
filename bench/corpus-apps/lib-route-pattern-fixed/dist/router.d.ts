type Handler = (req: any, res: any, next: (err?: unknown) => void) => unknown;
export default class Router {
    constructor(options?: { sensitive?: boolean; strict?: boolean });
    route(method: string, path: string, handler: Handler): this;
    all(path: string, handler: Handler): this;
    get(path: string, handler: Handler): this;
    post(path: string, handler: Handler): this;
    handle(req: any, res: any, done: (err?: unknown) => void): void;
    middleware(): Handler;
}
export {};
