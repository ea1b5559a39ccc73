"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escape = exports.hasMagic = exports.filter = exports.isMatch = exports.makeRe = exports.braceExpand = void 0;
const options_1 = require("./options");
const braces_1 = require("./braces");
const compile_1 = require("./compile");
const cache = new Map();
const CACHE_MAX = 500;
/**
 * Expands `{a,b}` lists and `{1..3}` ranges.
 */
function braceExpand(pattern, options = {}) {
    const o = (0, options_1.normalizeOptions)(options);
    if (o.nobrace)
        return [pattern];
    return (0, braces_1.braceExpand)(String(pattern), o);
}
exports.braceExpand = braceExpand;
/**
 * One anchored RegExp for a glob (braces expanded into alternatives). Compiled patterns are
 * cached by pattern and options.
 *
 * @example makeRe('src/**\/*.{js,ts}').test('src/a/b.ts') // true
 */
function makeRe(pattern, options = {}) {
    const o = (0, options_1.normalizeOptions)(options);
    const key = `${pattern}\u0000${o.dot ? 1 : 0}${o.nocase ? 1 : 0}${o.nobrace ? 1 : 0}${o.matchBase ? 1 : 0}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    let glob = String(pattern);
    if (glob.length > o.maxLength)
        throw new RangeError(`globlet: pattern longer than ${o.maxLength} characters`);
    if (o.matchBase && !glob.includes("/"))
        glob = `**/${glob}`;
    const alternatives = (o.nobrace ? [glob] : (0, braces_1.braceExpand)(glob, o)).map((g) => (0, compile_1.compileOne)(g, o));
    const re = new RegExp(`^(?:${alternatives.join("|")})$`, o.nocase ? "i" : "");
    if (cache.size >= CACHE_MAX)
        cache.delete(cache.keys().next().value);
    cache.set(key, re);
    return re;
}
exports.makeRe = makeRe;
/**
 * Whether a path (with `/` separators; `\` is converted on Windows) matches one of the patterns.
 * Patterns starting with `!` exclude.
 */
function isMatch(path, pattern, options = {}) {
    const file = process.platform === "win32" ? String(path).replace(/\\/g, "/") : String(path);
    const patterns = Array.isArray(pattern) ? pattern : [pattern];
    let matched = false;
    for (const p of patterns) {
        if (p.startsWith("!")) {
            if (makeRe(p.slice(1), options).test(file))
                return false;
        }
        else if (!matched && makeRe(p, options).test(file)) {
            matched = true;
        }
    }
    return matched;
}
exports.isMatch = isMatch;
/**
 * A predicate for `Array.prototype.filter`.
 */
function filter(pattern, options = {}) {
    return (path) => isMatch(path, pattern, options);
}
exports.filter = filter;
/**
 * Whether a pattern has any glob syntax (so callers can take a literal path fast path).
 */
function hasMagic(pattern, options = {}) {
    const o = (0, options_1.normalizeOptions)(options);
    if (/[*?[]/.test(pattern))
        return true;
    if (o.nobrace)
        return false;
    const set = /\{([^{}]*)\}/.exec(pattern);
    return !!set && (set[1].includes(",") || set[1].includes(".."));
}
exports.hasMagic = hasMagic;
/**
 * Escapes glob syntax so a literal file name can be matched.
 */
function escape(text) {
    return String(text).replace(/[*?[\]{}\\!]/g, "\\$&");
}
exports.escape = escape;
exports.default = isMatch;
//# sourceMappingURL=index.js.map
