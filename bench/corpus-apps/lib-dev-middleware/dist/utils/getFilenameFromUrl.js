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
 * any public path or no such file exists.
 */
function getFilenameFromUrl(context, url) {
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
            filename = path_1.default.join(outputPath, filename);
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
