"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.imageCommand = exports.pdfCommand = exports.quoteArg = void 0;
const CONVERT = process.env.THUMBSMITH_CONVERT || 'convert';
/** Wraps a path in double quotes so that names with spaces survive the shell. */
function quoteArg(value) {
    return `"${value}"`;
}
exports.quoteArg = quoteArg;
function commonArgs(o) {
    return [
        '-background', o.background,
        '-flatten',
        '-thumbnail', quoteArg(o.size),
        '-quality', String(o.quality),
    ];
}
/**
 * `convert -density 72 "in.pdf[0]" -background white -flatten -thumbnail "256x256" -quality 85 "out.png"`
 */
function pdfCommand(file, output, o) {
    const source = `${file}[${o.page - 1}]`;
    return [CONVERT, '-density', String(o.density), quoteArg(source), ...commonArgs(o), quoteArg(output)].join(' ');
}
exports.pdfCommand = pdfCommand;
/**
 * `convert "in.jpg[0]" -auto-orient … "out.jpg"` (frame 0, so animated GIFs give one image).
 */
function imageCommand(file, output, o) {
    return [CONVERT, quoteArg(`${file}[0]`), '-auto-orient', ...commonArgs(o), quoteArg(output)].join(' ');
}
exports.imageCommand = imageCommand;
//# sourceMappingURL=commands.js.map
