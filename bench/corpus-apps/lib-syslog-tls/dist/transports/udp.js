"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UdpTransport = void 0;
const dgram_1 = __importDefault(require("dgram"));
const net_1 = __importDefault(require("net"));
/** One datagram per message (RFC 5426); no framing. */
class UdpTransport {
    constructor(options) {
        this.options = options;
        this.socket = dgram_1.default.createSocket(net_1.default.isIPv6(options.host) ? "udp6" : "udp4");
        this.socket.unref();
    }
    send(message) {
        const buf = Buffer.from(message, "utf8");
        return new Promise((resolve, reject) => {
            this.socket.send(buf, this.options.port, this.options.host, (err) => (err ? reject(err) : resolve()));
        });
    }
    close() {
        return new Promise((resolve) => this.socket.close(() => resolve()));
    }
}
exports.UdpTransport = UdpTransport;
//# sourceMappingURL=udp.js.map
