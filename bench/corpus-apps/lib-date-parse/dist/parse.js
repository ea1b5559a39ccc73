"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseDate = exports.parseIso = void 0;
const rfc2822_1 = require("./rfc2822");
// YYYY-MM-DD, optional time, optional fraction, optional zone. Every part is bounded.
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const MAX_INPUT = 256;
function zoneOffset(zone, fallback) {
    if (!zone)
        return fallback;
    if (zone === 'Z')
        return 0;
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    return sign * (hours * 60 + minutes);
}
function parseIso(input, defaultOffset) {
    if (input.length > MAX_INPUT)
        return null;
    // safe: CWE-1333
    const m = ISO_RE.exec(input.trim());
    if (!m)
        return null;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
    const offset = zoneOffset(zone, defaultOffset);
    const ms = Number((frac + '00').slice(0, 3));
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms) - offset * 60000;
    return { date: new Date(utc), format: 'iso', offset };
}
exports.parseIso = parseIso;
function parseDate(input, options) {
    var _a;
    const defaultOffset = (_a = options.defaultOffset) !== null && _a !== void 0 ? _a : 0;
    if (input instanceof Date)
        return { date: new Date(input.getTime()), format: 'iso', offset: 0 };
    if (typeof input === 'number')
        return { date: new Date(input), format: 'iso', offset: 0 };
    const text = String(input);
    const iso = parseIso(text, defaultOffset);
    if (iso || options.strict)
        return iso;
    const rfc = (0, rfc2822_1.parseRfc2822)(text);
    if (rfc)
        return rfc;
    const fallback = new Date(text);
    return Number.isNaN(fallback.getTime()) ? null : { date: fallback, format: 'fallback', offset: -fallback.getTimezoneOffset() };
}
exports.parseDate = parseDate;
