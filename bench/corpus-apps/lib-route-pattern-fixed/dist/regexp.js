"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pathToRegexp = exports.tokensToRegexp = exports.escapeString = void 0;
const tokens_1 = require("./tokens");
/**
 * Escape a regular expression string.
 */
function escapeString(str) {
    return str.replace(/([.+*?=^!:${}()[\]|/\\])/g, "\\$1");
}
exports.escapeString = escapeString;
/**
 * Get the flags for a regexp from the options.
 */
function flags(options) {
    return options && options.sensitive ? "" : "i";
}
/**
 * Expose a function for taking tokens and returning a RegExp.
 */
function tokensToRegexp(tokens, keys, options = {}) {
    const { strict = false, start = true, end = true, encode = (x) => x, delimiter = tokens_1.DEFAULT_DELIMITER, endsWith = "", } = options;
    const endsWithRe = `[${escapeString(endsWith)}]|$`;
    const delimiterRe = `[${escapeString(delimiter)}]`;
    let route = start ? "^" : "";
    for (const token of tokens) {
        if (typeof token === "string") {
            route += escapeString(encode(token));
        }
        else {
            const prefix = escapeString(encode(token.prefix));
            const suffix = escapeString(encode(token.suffix));
            if (keys)
                keys.push(token);
            if (prefix || suffix) {
                if (token.modifier === "+" || token.modifier === "*") {
                    const mod = token.modifier === "*" ? "?" : "";
                    route += `(?:${prefix}((?:${token.pattern})(?:${suffix}${prefix}(?:${token.pattern}))*)${suffix})${mod}`;
                }
                else {
                    route += `(?:${prefix}(${token.pattern})${suffix})${token.modifier}`;
                }
            }
            else {
                if (token.modifier === "+" || token.modifier === "*") {
                    throw new TypeError(`Can not repeat "${token.name}" without a prefix and suffix`);
                }
                route += `(${token.pattern})${token.modifier}`;
            }
        }
    }
    if (end) {
        if (!strict)
            route += `${delimiterRe}?`;
        route += !options.endsWith ? "$" : `(?=${endsWithRe})`;
    }
    else {
        const endToken = tokens[tokens.length - 1];
        const isEndDelimited = typeof endToken === "string"
            ? delimiterRe.indexOf(endToken[endToken.length - 1]) > -1
            : endToken === undefined;
        if (!strict) {
            route += `(?:${delimiterRe}(?=${endsWithRe}))?`;
        }
        if (!isEndDelimited) {
            route += `(?=${delimiterRe}|${endsWithRe})`;
        }
    }
    return new RegExp(route, flags(options));
}
exports.tokensToRegexp = tokensToRegexp;
/**
 * Normalize the given path string, returning a regular expression.
 */
function pathToRegexp(path, keys, options) {
    if (path instanceof RegExp)
        return path;
    if (Array.isArray(path)) {
        const parts = path.map((p) => pathToRegexp(p, keys, options).source);
        return new RegExp(`(?:${parts.join("|")})`, flags(options));
    }
    return tokensToRegexp((0, tokens_1.parse)(path, options), keys, options);
}
exports.pathToRegexp = pathToRegexp;
//# sourceMappingURL=regexp.js.map
