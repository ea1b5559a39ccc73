"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.imageArgs = exports.pdfArgs = exports.CONVERT = void 0;
const path_1 = __importDefault(require("path"));
exports.CONVERT = process.env.THUMBSMITH_CONVERT || 'convert';
/**
 * Absolute, so that a name like `-write x` or `msl:evil` is never read as an option or a coder.
 */
function sourcePath(file) {
    return path_1.default.resolve(String(file));
}
function commonArgs(o) {
    return [
        '-background', o.background,
        '-flatten',
        '-thumbnail', o.size,
        '-quality', String(o.quality),
    ];
}
/**
 * Arguments for `convert -density 72 pdf:/abs/in.pdf[0] … /abs/out.png` (run without a shell).
 */
function pdfArgs(file, output, o) {
    const source = `pdf:${sourcePath(file)}[${o.page - 1}]`;
    return ['-density', String(o.density), source, ...commonArgs(o), sourcePath(output)];
}
exports.pdfArgs = pdfArgs;
/**
 * Arguments for `convert /abs/in.jpg[0] -auto-orient … /abs/out.jpg`.
 */
function imageArgs(file, output, o) {
    return [`${sourcePath(file)}[0]`, '-auto-orient', ...commonArgs(o), sourcePath(output)];
}
exports.imageArgs = imageArgs;
//# sourceMappingURL=commands.js.map
