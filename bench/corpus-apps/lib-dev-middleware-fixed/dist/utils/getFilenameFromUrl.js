"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const path_1 = __importDefault(require("path"));
const url_1 = require("url");
const querystring_1 = __importDefault(require("querystring"));
const getPaths_1 = __importDefault(require("./getPaths"));
const cacheStore = new WeakMap();
// `..` as a whole path segment, with either separator
const UP_PATH_REGEXP = /(?:^|[\\/])\.\.(?:[\\/]|$)/;
function memoizedParse(url) {
    let cache = cacheStore.get(memoizedParse);
    if (!cache) {
        cache = new Map();
        cacheStore.set(memoizedParse, cache);
    }
    let parsed = cache.get(url);
    if (!parsed) {
        parsed = (0, url_1.parse)(url);
        cache.set(url, parsed);
    }
    return parsed;
}
/**
 * Maps a request URL to a file of the build output: strips the public path, decodes the rest
 * and joins it onto the compiler's `output.path`. Returns `undefined` when the URL is not under
 * any public path or no such file exists; sets `extra.errorCode` (400 / 403) when the decoded
 * path contains a NUL byte or climbs out of `output.path`.
 */
function getFilenameFromUrl(context, url, extra = {}) {
    const { options } = context;
    const paths = (0, getPaths_1.default)(context);
    let foundFilename;
    let urlObject;
    try {
        // The `url` package is used because `new URL()` would resolve `..` segments
        urlObject = memoizedParse(url);
    }
    catch (_ignoreError) {
        return;
    }
    for (const { publicPath, outputPath } of paths) {
        let filename;
        let publicPathObject;
        try {
            publicPathObject = memoizedParse(publicPath !== 'auto' && publicPath ? publicPath : '/');
        }
        catch (_ignoreError) {
            continue;
        }
        const { pathname } = urlObject;
        const { pathname: publicPathPathname } = publicPathObject;
        if (pathname && publicPathPathname && pathname.startsWith(publicPathPathname)) {
            // Strip the public path and decode %xx sequences (file names may contain spaces etc.)
            filename = querystring_1.default.unescape(pathname.slice(publicPathPathname.length));
            if (filename.includes('\0')) {
                extra.errorCode = 400;
                return;
            }
            // safe: CWE-22
            if (UP_PATH_REGEXP.test(path_1.default.normalize(`./${filename}`))) {
                extra.errorCode = 403;
                return;
            }
            filename = path_1.default.join(outputPath, filename);
            // safe: CWE-22
            if (filename !== outputPath && !filename.startsWith(outputPath.endsWith(path_1.default.sep) ? outputPath : outputPath + path_1.default.sep)) {
                extra.errorCode = 403;
                return;
            }
            try {
                let fsStats = context.outputFileSystem.statSync(filename);
                if (fsStats.isFile()) {
                    foundFilename = filename;
                    break;
                }
                else if (fsStats.isDirectory() && (typeof options.index === 'undefined' || options.index)) {
                    const indexValue = typeof options.index === 'undefined' || typeof options.index === 'boolean'
                        ? 'index.html'
                        : options.index;
                    filename = path_1.default.join(filename, indexValue);
                    fsStats = context.outputFileSystem.statSync(filename);
                    if (fsStats.isFile()) {
                        foundFilename = filename;
                        break;
                    }
                }
            }
            catch (_ignoreError) {
                continue;
            }
        }
    }
    return foundFilename;
}
exports.default = getFilenameFromUrl;
//# sourceMappingURL=getFilenameFromUrl.js.map
