"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.versions = exports.imageThumbnail = exports.pdfThumbnail = void 0;
const options_1 = require("./lib/options");
const commands_1 = require("./lib/commands");
const shell_1 = require("./lib/shell");
const probe_1 = require("./lib/probe");
Object.defineProperty(exports, "probe", { enumerable: true, get: function () { return probe_1.probe; } });
/**
 * Renders one page of a PDF (first page by default) to a PNG or JPEG thumbnail.
 * ImageMagick delegates the rasterising to Ghostscript.
 *
 * @example
 *   await pdfThumbnail('upload/report.pdf', 'thumbs/report.png', { size: '320x320', page: 2 });
 */
async function pdfThumbnail(file, output, options = {}) {
    const o = (0, options_1.normalizeOptions)(options);
    await (0, shell_1.runShell)((0, commands_1.pdfCommand)(file, output, o), o.timeout);
    return output;
}
exports.pdfThumbnail = pdfThumbnail;
/**
 * Scales an image (anything ImageMagick reads) down to a thumbnail.
 */
async function imageThumbnail(file, output, options = {}) {
    const o = (0, options_1.normalizeOptions)(options);
    await (0, shell_1.runShell)((0, commands_1.imageCommand)(file, output, o), o.timeout);
    return output;
}
exports.imageThumbnail = imageThumbnail;
/**
 * Versions of the external tools, for health checks.
 */
async function versions() {
    return { imagemagick: await (0, shell_1.imagemagickVersion)() };
}
exports.versions = versions;
//# sourceMappingURL=index.js.map
