"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveOptions = exports.DEFAULT_PORTS = void 0;
const os_1 = __importDefault(require("os"));
exports.DEFAULT_PORTS = { udp: 514, tcp: 601, tls: 6514 };
function resolveOptions(options = {}) {
    var _a, _b, _c, _d, _e, _f;
    const protocol = (_a = options.protocol) !== null && _a !== void 0 ? _a : "udp";
    if (!["udp", "tcp", "tls"].includes(protocol))
        throw new TypeError(`syslog-wire: unknown protocol ${protocol}`);
    const facility = (_b = options.facility) !== null && _b !== void 0 ? _b : 1;
    if (!Number.isInteger(facility) || facility < 0 || facility > 23)
        throw new RangeError("syslog-wire: facility must be 0..23");
    return Object.assign(Object.assign({}, options), { host: (_c = options.host) !== null && _c !== void 0 ? _c : "127.0.0.1", port: (_d = options.port) !== null && _d !== void 0 ? _d : exports.DEFAULT_PORTS[protocol], protocol,
        facility, appName: (_e = options.appName) !== null && _e !== void 0 ? _e : (process.title || "node").slice(0, 48), hostname: (_f = options.hostname) !== null && _f !== void 0 ? _f : os_1.default.hostname(), connectTimeout: options.connectTimeout || 10000, maxQueue: options.maxQueue || 1000 });
}
exports.resolveOptions = resolveOptions;
//# sourceMappingURL=options.js.map
