"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frame = exports.formatMessage = exports.SEVERITIES = void 0;
exports.SEVERITIES = {
    emerg: 0, alert: 1, crit: 2, error: 3, warning: 4, notice: 5, info: 6, debug: 7,
};
const NILVALUE = "-";
/** PRINTUSASCII without spaces, truncated to the RFC 5424 field length. */
function headerField(value, max) {
    const clean = String(value).replace(/[^\x21-\x7e]/g, "_").slice(0, max);
    return clean || NILVALUE;
}
/** SD-PARAM values escape `"`, `\` and `]`. */
function sdValue(value) {
    return String(value).replace(/["\\\]]/g, "\\$&");
}
function sdName(value) {
    return String(value).replace(/[^\x21-\x7e]|[= \]"]/g, "").slice(0, 32) || "x";
}
function structured(data) {
    if (!data || Object.keys(data).length === 0)
        return NILVALUE;
    return Object.entries(data)
        .map(([id, params]) => `[${sdName(id)}${Object.entries(params).map(([k, v]) => ` ${sdName(k)}="${sdValue(v)}"`).join("")}]`)
        .join("");
}
/**
 * One RFC 5424 message: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG`.
 */
function formatMessage(severity, message, options, structuredData) {
    const sev = exports.SEVERITIES[severity];
    if (sev === undefined)
        throw new TypeError(`syslog-wire: unknown severity ${severity}`);
    const pri = options.facility * 8 + sev;
    const header = [
        `<${pri}>1`,
        new Date().toISOString(),
        headerField(options.hostname, 255),
        headerField(options.appName, 48),
        headerField(process.pid, 128),
        NILVALUE,
    ].join(" ");
    return `${header} ${structured(structuredData)} ${message}`;
}
exports.formatMessage = formatMessage;
/**
 * RFC 6587 octet counting (`LEN SP MSG`) for stream transports: the receiver reads exactly LEN
 * bytes, so line breaks inside a message cannot split it into two records.
 */
function frame(message) {
    const body = Buffer.from(message, "utf8");
    return Buffer.concat([Buffer.from(`${body.length} `, "ascii"), body]);
}
exports.frame = frame;
//# sourceMappingURL=format.js.map
