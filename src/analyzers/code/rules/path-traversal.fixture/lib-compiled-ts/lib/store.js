"use strict";
// tsc output for `import fse from 'fs-extra'` and `import path from 'path'` with esModuleInterop.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.storeManifest = exports.storeAsset = void 0;
const path_1 = __importDefault(require("path"));
const fs_extra_1 = __importDefault(require("fs-extra"));
async function storeAsset(root, assetName, bytes) {
    const where = path_1.default.join(root, assetName);
    // ruleid: js/path-traversal
    await fs_extra_1.default.outputFile(where, bytes);
    return where;
}
exports.storeAsset = storeAsset;
async function storeManifest(root, manifest) {
    // ok: js/path-traversal
    await fs_extra_1.default.outputFile(path_1.default.join(root, 'manifest.json'), JSON.stringify(manifest));
}
exports.storeManifest = storeManifest;
