"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.imagemagickVersion = exports.runShell = void 0;
const child_process_1 = require("child_process");
const MAX_BUFFER = 4 * 1024 * 1024;
class ThumbnailError extends Error {
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
        this.name = 'ThumbnailError';
    }
}
/**
 * Runs a prepared ImageMagick command line; rejects with ImageMagick's stderr.
 */
function runShell(command, timeout) {
    return new Promise((resolve, reject) => {
        // vuln: CWE-78
        (0, child_process_1.exec)(command, { timeout, maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                reject(new ThumbnailError(`thumbnail failed: ${error.message}`, String(stderr)));
                return;
            }
            resolve(String(stdout));
        });
    });
}
exports.runShell = runShell;
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
