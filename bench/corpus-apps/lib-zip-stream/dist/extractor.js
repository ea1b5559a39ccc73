"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const zip_1 = require("./zip");
const names_1 = require("./names");
const write_1 = require("./write");
const DEFAULTS = {
    maxEntrySize: 100 * 1024 * 1024,
    maxEntries: 10000,
    keepModes: false,
    report: false,
};
/**
 * Extracts zip archives below a destination directory.
 *
 * @example
 *   const extractor = new Extractor({ maxEntrySize: 20 * 1024 * 1024, filter: (name) => !name.startsWith('__MACOSX/') });
 *   await extractor.extract('upload.zip', '/srv/sites/42');
 */
class Extractor {
    constructor(options = {}) {
        this.options = { ...DEFAULTS, ...options };
    }
    /**
     * Writes every file entry below `dest`; directory entries are implied by their files and
     * symbolic links are skipped.
     */
    async extract(zipPath, dest) {
        const files = [];
        const skipped = [];
        let count = 0;
        await (0, zip_1.walkEntries)(zipPath, async (entry) => {
            if (++count > this.options.maxEntries) {
                throw new Error(`more than ${this.options.maxEntries} entries`);
            }
            if ((0, names_1.isDirectoryName)(entry.name))
                return;
            if (entry.isSymlink || (this.options.filter && !this.options.filter(entry.name))) {
                skipped.push(entry.name);
                return;
            }
            const data = await entry.read(this.options.maxEntrySize);
            const mode = this.options.keepModes ? entry.mode : undefined;
            files.push(await (0, write_1.writeEntry)(dest, entry.name, data, mode));
            if (this.options.onEntry)
                this.options.onEntry(entry.name, data.length);
        });
        const result = { files, skipped };
        if (this.options.report)
            await (0, write_1.writeReport)(dest, { source: zipPath, extractedAt: new Date().toISOString(), ...result });
        return result;
    }
    /** Decoded entry names, in archive order. */
    async list(zipPath) {
        const names = [];
        await (0, zip_1.walkEntries)(zipPath, (entry) => {
            names.push(entry.name);
        });
        return names;
    }
    /** The content of one entry, or null when the archive has no entry of that name. */
    async readEntry(zipPath, name) {
        let found = null;
        await (0, zip_1.walkEntries)(zipPath, async (entry) => {
            if (found === null && entry.name === name)
                found = await entry.read(this.options.maxEntrySize);
        });
        return found;
    }
}
exports.default = Extractor;
//# sourceMappingURL=extractor.js.map
