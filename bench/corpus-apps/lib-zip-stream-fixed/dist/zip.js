"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readAll = exports.walkEntries = void 0;
const yauzl_1 = __importDefault(require("yauzl"));
const names_1 = require("./names");
/** Unix mode bits stored by zip tools in the upper half of `externalFileAttributes`. */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
function openZip(zipPath) {
    return new Promise((resolve, reject) => {
        // names are decoded by ./names (CP437 / UTF-8), not by yauzl
        yauzl_1.default.open(zipPath, { lazyEntries: true, decodeStrings: false, autoClose: true }, (err, zipfile) => {
            if (err || !zipfile)
                return reject(err || new Error('cannot open zip'));
            resolve(zipfile);
        });
    });
}
/**
 * Calls `visit` for every entry, one at a time (`lazyEntries`), with the decoded name and a
 * function that reads the entry's content.
 */
async function walkEntries(zipPath, visit) {
    const zipfile = await openZip(zipPath);
    await new Promise((resolve, reject) => {
        zipfile.on('error', reject);
        zipfile.on('end', resolve);
        zipfile.on('entry', (entry) => {
            const name = (0, names_1.decodeName)(entry.fileName, entry.generalPurposeBitFlag);
            const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
            const info = {
                name,
                size: entry.uncompressedSize,
                mode: mode & 0o777,
                isSymlink: (mode & S_IFMT) === S_IFLNK,
                read: (limit) => readAll(zipfile, entry, limit),
            };
            Promise.resolve(visit(info)).then(() => zipfile.readEntry(), (e) => {
                zipfile.close();
                reject(e);
            });
        });
        zipfile.readEntry();
    });
}
exports.walkEntries = walkEntries;
/**
 * Reads one entry into memory, failing once more than `limit` bytes were inflated (the header's
 * `uncompressedSize` is not trusted).
 */
function readAll(zipfile, entry, limit) {
    return new Promise((resolve, reject) => {
        zipfile.openReadStream(entry, (err, stream) => {
            if (err || !stream)
                return reject(err || new Error('cannot read entry'));
            const chunks = [];
            let total = 0;
            stream.on('data', (chunk) => {
                total += chunk.length;
                if (total > limit) {
                    stream.destroy(new Error(`entry larger than ${limit} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            stream.on('error', reject);
            stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}
exports.readAll = readAll;
//# sourceMappingURL=zip.js.map
