"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.imagemagickVersion = exports.runConvert = void 0;
const child_process_1 = require("child_process");
const commands_1 = require("./commands");
const MAX_BUFFER = 4 * 1024 * 1024;
class ThumbnailError extends Error {
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
        this.name = 'ThumbnailError';
    }
}
/**
 * Runs `convert` with an argument array (no shell); rejects with ImageMagick's stderr.
 */
function runConvert(args, timeout) {
    return new Promise((resolve, reject) => {
        // safe: CWE-78
        (0, child_process_1.execFile)(commands_1.CONVERT, args, { timeout, maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                reject(new ThumbnailError(`thumbnail failed: ${error.message}`, String(stderr)));
                return;
            }
            resolve(String(stdout));
        });
    });
}
exports.runConvert = runConvert;
/**
 * `"7.1.1-26"`, or null when ImageMagick is not installed.
 */
function imagemagickVersion() {
    return new Promise((resolve) => {
        // safe: CWE-78
        (0, child_process_1.exec)('convert -version', { timeout: 5000 }, (error, stdout) => {
            if (error)
                return resolve(null);
            const match = /Version: ImageMagick (\S+)/.exec(String(stdout));
            resolve(match ? match[1] : null);
        });
    });
}
exports.imagemagickVersion = imagemagickVersion;
//# sourceMappingURL=shell.js.map
