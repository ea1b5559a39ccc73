"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeReport = exports.writeEntry = exports.entryPath = void 0;
const path_1 = __importDefault(require("path"));
const fs_extra_1 = __importDefault(require("fs-extra"));
class UnsafeEntryError extends Error {
    constructor(name) {
        super(`zip entry ${JSON.stringify(name)} would be written outside the destination`);
        this.name = 'UnsafeEntryError';
    }
}
/**
 * Where an entry goes below `dest`. Leading slashes are dropped so that absolute names from
 * old archivers land inside the destination too; names with a NUL byte, a drive letter or `..`
 * segments that leave `dest` are rejected.
 */
function entryPath(dest, name) {
    if (name.includes('\0') || /^[a-z]:/i.test(name))
        throw new UnsafeEntryError(name);
    const root = path_1.default.resolve(dest);
    const target = path_1.default.resolve(root, name.replace(/^\/+/, ''));
    if (target !== root && !target.startsWith(root + path_1.default.sep))
        throw new UnsafeEntryError(name);
    return target;
}
exports.entryPath = entryPath;
/**
 * Writes one file entry, creating its parent directories.
 */
async function writeEntry(dest, name, data, mode) {
    const target = entryPath(dest, name);
    // safe: CWE-22
    await fs_extra_1.default.outputFile(target, data, { mode: mode || 0o644 });
    return target;
}
exports.writeEntry = writeEntry;
/**
 * Writes the `.unzipflow.json` summary next to the extracted files (fixed name).
 */
async function writeReport(dest, report) {
    // safe: CWE-22
    await fs_extra_1.default.outputJson(path_1.default.join(dest, '.unzipflow.json'), report, { spaces: 2 });
}
exports.writeReport = writeReport;
//# sourceMappingURL=write.js.map
