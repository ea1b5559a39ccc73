"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatMessage = exports.createClient = exports.SyslogClient = void 0;
const options_1 = require("./options");
const format_1 = require("./format");
Object.defineProperty(exports, "formatMessage", { enumerable: true, get: function () { return format_1.formatMessage; } });
const udp_1 = require("./transports/udp");
const stream_1 = require("./transports/stream");
/**
 * A syslog client for application audit trails and SIEM forwarding.
 *
 * @example
 *   const syslog = createClient({ host: 'logs.internal', protocol: 'tls', appName: 'billing' });
 *   await syslog.log('notice', 'invoice paid', { billing: { invoice: '2024-0117' } });
 */
class SyslogClient {
    constructor(options = {}) {
        this.options = (0, options_1.resolveOptions)(options);
        this.transport = this.options.protocol === "udp"
            ? new udp_1.UdpTransport(this.options)
            : new stream_1.StreamTransport(this.options);
    }
    log(severity, message, structuredData) {
        return this.transport.send((0, format_1.formatMessage)(severity, message, this.options, structuredData));
    }
    close() {
        return this.transport.close();
    }
}
exports.SyslogClient = SyslogClient;
function createClient(options) {
    return new SyslogClient(options);
}
exports.createClient = createClient;
//# sourceMappingURL=index.js.map
