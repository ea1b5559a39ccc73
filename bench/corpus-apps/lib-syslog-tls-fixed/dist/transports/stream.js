"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.StreamTransport = void 0;
const net_1 = __importDefault(require("net"));
const tls_1 = __importDefault(require("tls"));
const format_1 = require("../format");
/**
 * TCP (RFC 6587) and TLS (RFC 5425) transport: connects lazily, queues while connecting,
 * reconnects on the next message after an error.
 */
class StreamTransport {
    constructor(options) {
        this.options = options;
        this.socket = null;
        this.connecting = null;
        this.queue = [];
    }
    connect() {
        if (this.connecting)
            return this.connecting;
        this.connecting = new Promise((resolve, reject) => {
            const o = this.options;
            const onError = (err) => {
                this.socket = null;
                this.connecting = null;
                reject(err);
            };
            let socket;
            if (o.protocol === "tls") {
                socket = tls_1.default.connect({
                    host: o.host,
                    port: o.port,
                    servername: o.servername || (net_1.default.isIP(o.host) ? undefined : o.host),
                    ca: o.ca,
                    cert: o.cert,
                    key: o.key,
                    minVersion: "TLSv1.2",
                    // Since 1.3.1 the collector's certificate is verified (1.3.0 passed
                    // `rejectUnauthorized: false`); pass `ca` for self-signed or internal-CA collectors.
                    // safe: CWE-295
                    rejectUnauthorized: true,
                }, () => resolve(socket));
            }
            else {
                socket = net_1.default.connect({ host: o.host, port: o.port }, () => resolve(socket));
            }
            socket.setTimeout(o.connectTimeout, () => socket.destroy(new Error("syslog-wire: connect timeout")));
            socket.once("error", onError);
            socket.once("close", () => {
                this.socket = null;
                this.connecting = null;
            });
            socket.unref();
            this.socket = socket;
        });
        return this.connecting;
    }
    async send(message) {
        if (this.queue.length >= this.options.maxQueue)
            throw new Error("syslog-wire: queue full");
        this.queue.push((0, format_1.frame)(message));
        const socket = await this.connect();
        socket.setTimeout(0);
        while (this.queue.length > 0) {
            const chunk = this.queue.shift();
            if (!socket.write(chunk))
                await new Promise((resolve) => socket.once("drain", resolve));
        }
    }
    close() {
        return new Promise((resolve) => {
            if (!this.socket)
                return resolve();
            this.socket.end(() => resolve());
        });
    }
}
exports.StreamTransport = StreamTransport;
//# sourceMappingURL=stream.js.map
