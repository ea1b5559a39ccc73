"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.list = exports.extract = exports.Extractor = void 0;
const extractor_1 = __importDefault(require("./extractor"));
exports.Extractor = extractor_1.default;
/**
 * Extracts every file of `zipPath` below `dest` with a throw-away {@link Extractor}.
 *
 * @example
 *   const { files } = await extract(req.file.path, path.join(UPLOADS, id));
 */
function extract(zipPath, dest, options) {
    return new extractor_1.default(options).extract(zipPath, dest);
}
exports.extract = extract;
/**
 * Names of the entries, without extracting anything.
 */
function list(zipPath) {
    return new extractor_1.default().list(zipPath);
}
exports.list = list;
exports.default = extractor_1.default;
//# sourceMappingURL=index.js.map
