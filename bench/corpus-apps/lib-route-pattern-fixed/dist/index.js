"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Router = exports.match = exports.regexpToFunction = exports.pathToRegexp = exports.tokensToRegexp = exports.parse = void 0;
const tokens_1 = require("./tokens");
Object.defineProperty(exports, "parse", { enumerable: true, get: function () { return tokens_1.parse; } });
const regexp_1 = require("./regexp");
Object.defineProperty(exports, "tokensToRegexp", { enumerable: true, get: function () { return regexp_1.tokensToRegexp; } });
Object.defineProperty(exports, "pathToRegexp", { enumerable: true, get: function () { return regexp_1.pathToRegexp; } });
const router_1 = __importDefault(require("./router"));
exports.Router = router_1.default;
function decodeParam(value) {
    try {
        return decodeURIComponent(value);
    }
    catch (_a) {
        throw Object.assign(new URIError(`Failed to decode param "${value}"`), { status: 400 });
    }
}
/**
 * Create a path match function from `path-to-regexp` output.
 */
function regexpToFunction(re, keys, options = {}) {
    const { decode = decodeParam } = options;
    return function (pathname) {
        const m = re.exec(pathname);
        if (!m)
            return false;
        const { 0: path, index } = m;
        const params = Object.create(null);
        for (let i = 1; i < m.length; i++) {
            if (m[i] === undefined)
                continue;
            const key = keys[i - 1];
            if (key.modifier === "*" || key.modifier === "+") {
                params[key.name] = m[i].split(key.prefix + key.suffix).map((value) => decode(value, key));
            }
            else {
                params[key.name] = decode(m[i], key);
            }
        }
        return { path, index, params };
    };
}
exports.regexpToFunction = regexpToFunction;
/**
 * Create path match function from a path pattern such as `/users/:id`.
 */
function match(str, options) {
    const keys = [];
    const re = (0, regexp_1.pathToRegexp)(str, keys, options);
    return regexpToFunction(re, keys, options);
}
exports.match = match;
//# sourceMappingURL=index.js.map
