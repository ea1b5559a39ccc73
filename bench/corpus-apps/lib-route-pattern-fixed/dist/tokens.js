"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parse = exports.lexer = exports.DEFAULT_DELIMITER = void 0;
exports.DEFAULT_DELIMITER = "/#?";
/**
 * Split a path string into lexical tokens.
 */
function lexer(str) {
    const tokens = [];
    let i = 0;
    while (i < str.length) {
        const char = str[i];
        if (char === "*" || char === "+" || char === "?") {
            tokens.push({ type: "MODIFIER", index: i, value: str[i++] });
            continue;
        }
        if (char === "\\") {
            tokens.push({ type: "ESCAPED_CHAR", index: i++, value: str[i++] });
            continue;
        }
        if (char === ":") {
            let name = "";
            let j = i + 1;
            while (j < str.length) {
                const code = str.charCodeAt(j);
                if (
                // `0-9`
                (code >= 48 && code <= 57) ||
                    // `A-Z`
                    (code >= 65 && code <= 90) ||
                    // `a-z`
                    (code >= 97 && code <= 122) ||
                    // `_`
                    code === 95) {
                    name += str[j++];
                    continue;
                }
                break;
            }
            if (!name)
                throw new TypeError(`Missing parameter name at ${i}`);
            tokens.push({ type: "NAME", index: i, value: name });
            i = j;
            continue;
        }
        tokens.push({ type: "CHAR", index: i, value: str[i++] });
    }
    tokens.push({ type: "END", index: i, value: "" });
    return tokens;
}
exports.lexer = lexer;
/**
 * Parse a path string into an array of literal strings and parameter keys.
 */
function parse(str, options = {}) {
    const tokens = lexer(str);
    const { prefixes = "./", delimiter = exports.DEFAULT_DELIMITER } = options;
    const defaultPattern = `[^${escapeString(delimiter)}]+?`;
    // A parameter that follows literal text in the same segment may not contain that text,
    // so two adjacent parameters can no longer overlap while the regex backtracks.
    const segmentPattern = (value) => {
        for (const char of delimiter) {
            if (value.indexOf(char) > -1)
                return defaultPattern;
        }
        return `(?:(?!${escapeString(value)})[^${escapeString(delimiter)}])+?`;
    };
    const result = [];
    let key = 0;
    let i = 0;
    let path = "";
    const tryConsume = (type) => {
        if (i < tokens.length && tokens[i].type === type)
            return tokens[i++].value;
    };
    const mustConsume = (type) => {
        const value = tryConsume(type);
        if (value !== undefined)
            return value;
        const { type: nextType, index } = tokens[i];
        throw new TypeError(`Unexpected ${nextType} at ${index}, expected ${type}`);
    };
    while (i < tokens.length) {
        const char = tryConsume("CHAR");
        const name = tryConsume("NAME");
        if (name) {
            let prefix = char || "";
            if (prefixes.indexOf(prefix) === -1) {
                path += prefix;
                prefix = "";
            }
            const prev = prefix || path;
            if (path) {
                result.push(path);
                path = "";
            }
            result.push({
                name: name || key++,
                prefix,
                suffix: "",
                // safe: CWE-1333
                pattern: prev ? segmentPattern(prev) : defaultPattern,
                modifier: tryConsume("MODIFIER") || "",
            });
            continue;
        }
        const value = char || tryConsume("ESCAPED_CHAR");
        if (value) {
            path += value;
            continue;
        }
        if (path) {
            result.push(path);
            path = "";
        }
        mustConsume("END");
    }
    return result;
}
exports.parse = parse;
/**
 * Escape a regular expression string.
 */
function escapeString(str) {
    return str.replace(/([.+*?=^!:${}()[\]|/\\])/g, "\\$1");
}
//# sourceMappingURL=tokens.js.map
