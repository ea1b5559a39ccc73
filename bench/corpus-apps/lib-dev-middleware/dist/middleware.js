"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const path_1 = __importDefault(require("path"));
const mime_types_1 = __importDefault(require("mime-types"));
const range_parser_1 = __importDefault(require("range-parser"));
const getFilenameFromUrl_1 = __importDefault(require("./utils/getFilenameFromUrl"));
const ready_1 = __importDefault(require("./utils/ready"));
function sendError(res, status) {
    const message = status === 404 ? 'Not Found' : status === 416 ? 'Range Not Satisfiable' : 'Error';
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(message));
    res.end(message);
}
function setHeaders(context, res) {
    const { headers } = context.options;
    if (!headers) {
        return;
    }
    const list = typeof headers === 'function' ? headers() : headers;
    for (const name of Object.keys(list || {})) {
        res.setHeader(name, list[name]);
    }
}
function wrapper(context) {
    return function middleware(req, res, next) {
        const acceptedMethods = context.options.methods || ['GET', 'HEAD'];
        if (req.method && !acceptedMethods.includes(req.method)) {
            next();
            return;
        }
        (0, ready_1.default)(context, processRequest, req);
        function processRequest() {
            const filename = (0, getFilenameFromUrl_1.default)(context, req.url);
            if (!filename) {
                next();
                return;
            }
            const { size } = context.outputFileSystem.statSync(filename);
            if (!res.getHeader('Content-Type')) {
                const contentType = mime_types_1.default.contentType(path_1.default.extname(filename)) || 'application/octet-stream';
                res.setHeader('Content-Type', contentType);
            }
            res.setHeader('Accept-Ranges', 'bytes');
            setHeaders(context, res);
            let start = 0;
            let end = size - 1;
            const rangeHeader = req.headers.range;
            if (rangeHeader) {
                const ranges = (0, range_parser_1.default)(size, rangeHeader, { combine: true });
                if (ranges === -1) {
                    res.setHeader('Content-Range', `bytes */${size}`);
                    sendError(res, 416);
                    return;
                }
                if (ranges !== -2 && ranges.length === 1) {
                    res.statusCode = 206;
                    start = ranges[0].start;
                    end = ranges[0].end;
                    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
                }
            }
            res.setHeader('Content-Length', end - start + 1);
            if (req.method === 'HEAD') {
                res.end();
                return;
            }
            // vuln: CWE-22
            const stream = context.outputFileSystem.createReadStream(filename, { start, end });
            stream.on('error', () => sendError(res, 404));
            stream.pipe(res);
        }
    };
}
exports.default = wrapper;
//# sourceMappingURL=middleware.js.map
