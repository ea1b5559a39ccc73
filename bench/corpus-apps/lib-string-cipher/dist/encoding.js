"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.joinParts = exports.splitParts = exports.decode = exports.encode = exports.SEPARATOR = void 0;
exports.SEPARATOR = ".";
const ENCODINGS = ["base64", "base64url", "hex"];
function assertEncoding(encoding) {
    if (!ENCODINGS.includes(encoding)) {
        throw new TypeError(`Unsupported output encoding "${encoding}"`);
    }
}
function encode(buf, encoding) {
    assertEncoding(encoding);
    return buf.toString(encoding);
}
exports.encode = encode;
function decode(str, encoding) {
    assertEncoding(encoding);
    return Buffer.from(str, encoding);
}
exports.decode = decode;
function splitParts(payload, count) {
    if (typeof payload !== "string") {
        throw new TypeError("Encrypted value must be a string");
    }
    const parts = payload.split(exports.SEPARATOR);
    if (parts.length !== count || parts.some((p) => p.length === 0)) {
        throw new Error("Malformed encrypted value");
    }
    return parts;
}
exports.splitParts = splitParts;
function joinParts(parts) {
    return parts.join(exports.SEPARATOR);
}
exports.joinParts = joinParts;
//# sourceMappingURL=encoding.js.map
