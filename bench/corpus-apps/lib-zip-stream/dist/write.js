"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeReport = exports.writeEntry = exports.entryPath = void 0;
const path_1 = __importDefault(require("path"));
const fs_extra_1 = __importDefault(require("fs-extra"));
/**
 * Where an entry goes below `dest`. Leading slashes are dropped so that absolute names from
 * old archivers land inside the destination too.
 */
function entryPath(dest, name) {
    return path_1.default.join(dest, name.replace(/^\/+/, ''));
}
exports.entryPath = entryPath;
/**
 * Writes one file entry, creating its parent directories.
 */
async function writeEntry(dest, name, data, mode) {
    const target = entryPath(dest, name);
    // vuln: CWE-22
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
