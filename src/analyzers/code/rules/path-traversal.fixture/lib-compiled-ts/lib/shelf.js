"use strict";
// `export default class Shelf`, compiled: the package's API is the class's methods.
Object.defineProperty(exports, "__esModule", { value: true });
const store_1 = require("./store");
class Shelf {
    constructor(root) {
        this.root = root;
    }
    async put(assetName, bytes) {
        return (0, store_1.storeAsset)(this.root, assetName, bytes);
    }
    async seal(manifest) {
        await (0, store_1.storeManifest)(this.root, manifest);
    }
}
exports.default = Shelf;
