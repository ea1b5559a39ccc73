"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const regexp_1 = require("./regexp");
const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"];
class Layer {
    constructor(method, path, handler, options) {
        this.method = method;
        this.path = path;
        this.handler = handler;
        this.keys = [];
        this.regexp = (0, regexp_1.pathToRegexp)(path, this.keys, options);
        // Resolved lazily to avoid a require cycle with ./index.
        this.matcher = require("./index").regexpToFunction(this.regexp, this.keys, options);
    }
    matches(method, pathname) {
        if (this.method !== "all" && this.method !== method)
            return false;
        return this.matcher(pathname);
    }
}
class Router {
    constructor(options = {}) {
        this.options = Object.assign({ sensitive: false, strict: false }, options);
        this.stack = [];
        for (const method of METHODS) {
            this[method] = (path, handler) => this.route(method, path, handler);
        }
    }
    route(method, path, handler) {
        if (typeof handler !== "function") {
            throw new TypeError(`Router.${method}() requires a handler function`);
        }
        this.stack.push(new Layer(method, path, handler, this.options));
        return this;
    }
    all(path, handler) {
        return this.route("all", path, handler);
    }
    /**
     * Dispatch a Node.js request (anything with `method` and `url`) to the first matching layer.
     */
    handle(req, res, done) {
        const method = String(req.method || "GET").toLowerCase();
        const url = req.url || "/";
        const q = url.indexOf("?");
        const pathname = q === -1 ? url : url.slice(0, q);
        let idx = 0;
        const next = (err) => {
            if (err)
                return done(err);
            while (idx < this.stack.length) {
                const layer = this.stack[idx++];
                let result;
                try {
                    result = layer.matches(method, pathname);
                }
                catch (e) {
                    return done(e);
                }
                if (!result)
                    continue;
                req.params = result.params;
                try {
                    return layer.handler(req, res, next);
                }
                catch (e) {
                    return done(e);
                }
            }
            done();
        };
        next();
    }
    middleware() {
        return (req, res, next) => this.handle(req, res, next);
    }
}
exports.default = Router;
//# sourceMappingURL=router.js.map
