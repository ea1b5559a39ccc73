"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.braceExpand = exports.expandRange = void 0;
/**
 * An innermost `{…}` set: no braces inside, so nesting is handled by expanding the innermost set
 * first. A single character class under one quantifier: linear time (3.0.1 used
 * `/\{((?:[^{}]+,?)+)\}/`, whose nested quantifiers backtrack exponentially on an unclosed `{`).
 */
const BRACE_LIST = /\{([^{}]*)\}/;
/** A `{1..10}` / `{a..e}` / `{01..10..2}` sequence. */
const BRACE_RANGE = /\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?\}/;
function pad(value, width) {
    const sign = value < 0 ? "-" : "";
    return sign + String(Math.abs(value)).padStart(width, "0");
}
/**
 * Items of a `{from..to..step}` range, or null when the bounds mix letters and numbers.
 */
function expandRange(from, to, step) {
    const numeric = /^-?\d+$/.test(from) && /^-?\d+$/.test(to);
    const inc = Math.abs(Number.parseInt(step || "1", 10)) || 1;
    if (numeric) {
        const a = Number.parseInt(from, 10);
        const b = Number.parseInt(to, 10);
        const width = /^-?0\d/.test(from) || /^-?0\d/.test(to) ? Math.max(from.replace("-", "").length, to.replace("-", "").length) : 0;
        const out = [];
        for (let i = a; a <= b ? i <= b : i >= b; i += a <= b ? inc : -inc)
            out.push(pad(i, width));
        return out;
    }
    if (from.length === 1 && to.length === 1 && !/\d/.test(from + to)) {
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        const out = [];
        for (let i = a; a <= b ? i <= b : i >= b; i += a <= b ? inc : -inc)
            out.push(String.fromCharCode(i));
        return out;
    }
    return null;
}
exports.expandRange = expandRange;
/**
 * Splits a brace body on top-level commas, keeping `\,` escapes.
 */
function splitItems(body) {
    const items = [];
    let current = "";
    for (let i = 0; i < body.length; i += 1) {
        const ch = body[i];
        if (ch === "\\" && i + 1 < body.length) {
            current += ch + body[i + 1];
            i += 1;
        }
        else if (ch === ",") {
            items.push(current);
            current = "";
        }
        else {
            current += ch;
        }
    }
    items.push(current);
    return items;
}
/**
 * Bash-style brace expansion: `a/{b,c}/{1..3}.js` → six patterns. Stops with an error past
 * `maxExpansions` results.
 *
 * @example braceExpand('src/{lib,test}/**\/*.{js,ts}')
 */
function braceExpand(pattern, options) {
    const limit = options.maxExpansions;
    const done = [];
    const queue = [pattern];
    while (queue.length > 0) {
        const current = queue.shift();
        const range = BRACE_RANGE.exec(current);
        if (range) {
            const items = expandRange(range[1], range[2], range[3]);
            if (items) {
                const before = current.slice(0, range.index);
                const after = current.slice(range.index + range[0].length);
                for (const item of items)
                    queue.push(before + item + after);
                if (queue.length + done.length > limit)
                    throw new RangeError(`globlet: brace expansion of "${pattern}" exceeds ${limit} patterns`);
                continue;
            }
        }
        // safe: CWE-1333
        const list = BRACE_LIST.exec(current);
        if (list && list[1].includes(",")) {
            const before = current.slice(0, list.index);
            const after = current.slice(list.index + list[0].length);
            for (const item of splitItems(list[1]))
                queue.push(before + item + after);
            if (queue.length + done.length > limit)
                throw new RangeError(`globlet: brace expansion of "${pattern}" exceeds ${limit} patterns`);
            continue;
        }
        done.push(current);
    }
    return done;
}
exports.braceExpand = braceExpand;
//# sourceMappingURL=braces.js.map
