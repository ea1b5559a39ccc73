"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.probe = void 0;
const child_process_1 = require("child_process");
const path_1 = __importDefault(require("path"));
const IDENTIFY = process.env.THUMBSMITH_IDENTIFY || 'identify';
/**
 * Width, height, page count and format of an image or PDF, read with `identify`
 * (no shell; the path is made absolute so that a name starting with `-` is not an option).
 */
function probe(file) {
    const absolute = path_1.default.resolve(String(file));
    return new Promise((resolve, reject) => {
        // safe: CWE-78
        (0, child_process_1.execFile)(IDENTIFY, ['-ping', '-format', '%w %h %m\\n', absolute], { timeout: 15000 }, (error, stdout) => {
            if (error)
                return reject(error);
            const frames = String(stdout).trim().split('\n').filter(Boolean);
            if (!frames.length)
                return reject(new Error(`identify returned nothing for ${absolute}`));
            const [width, height, format] = frames[0].split(' ');
            resolve({ width: Number(width), height: Number(height), pages: frames.length, format });
        });
    });
}
exports.probe = probe;
//# sourceMappingURL=probe.js.map
