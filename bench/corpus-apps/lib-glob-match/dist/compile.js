"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileOne = exports.escapeRegex = void 0;
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
function escapeRegex(text) {
    return text.replace(REGEX_SPECIAL, "\\$&");
}
exports.escapeRegex = escapeRegex;
/**
 * Compiles one brace-free glob into the source of an anchored regex. Runs of `*` collapse to one
 * token, so the generated regex never nests quantifiers.
 */
function compileOne(glob, options) {
    const segments = glob.split("/");
    const parts = [];
    for (let s = 0; s < segments.length; s += 1) {
        const seg = segments[s];
        const last = s === segments.length - 1;
        if (seg === "**") {
            // Zero or more whole directories; `**/**` is the same as one `**`.
            if (s > 0 && segments[s - 1] === "**")
                continue;
            parts.push(last ? ".*" : "(?:[^/]*/)*?");
            continue;
        }
        let out = options.dot || seg.startsWith(".") ? "" : "(?!\\.)";
        for (let i = 0; i < seg.length; i += 1) {
            const ch = seg[i];
            if (ch === "\\" && i + 1 < seg.length) {
                out += escapeRegex(seg[i + 1]);
                i += 1;
            }
            else if (ch === "*") {
                while (seg[i + 1] === "*")
                    i += 1;
                out += "[^/]*";
            }
            else if (ch === "?") {
                out += "[^/]";
            }
            else if (ch === "[") {
                const close = seg.indexOf("]", i + 2);
                if (close === -1) {
                    out += "\\[";
                    continue;
                }
                let body = seg.slice(i + 1, close);
                const negate = body[0] === "!" || body[0] === "^";
                if (negate)
                    body = body.slice(1);
                out += `[${negate ? "^/" : ""}${body.replace(/\\/g, "\\\\").replace(/\]/g, "\\]")}]`;
                i = close;
            }
            else {
                out += escapeRegex(ch);
            }
        }
        parts.push(out + (last ? "" : "/"));
    }
    return parts.join("");
}
exports.compileOne = compileOne;
//# sourceMappingURL=compile.js.map
