"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toMilliseconds = exports.parseDuration = void 0;
// 1.02:03:04.500 (ASP.NET TimeSpan), 02:03, -00:30
const ASP_NET_RE = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
// ISO 8601 durations with bounded number groups: P1Y2M3W4DT5H6M7.5S
const ISO_DURATION_RE = /^([-+])?P(?:(\d{1,9}(?:[.,]\d{1,9})?)Y)?(?:(\d{1,9}(?:[.,]\d{1,9})?)M)?(?:(\d{1,9}(?:[.,]\d{1,9})?)W)?(?:(\d{1,9}(?:[.,]\d{1,9})?)D)?(?:T(?:(\d{1,9}(?:[.,]\d{1,9})?)H)?(?:(\d{1,9}(?:[.,]\d{1,9})?)M)?(?:(\d{1,9}(?:[.,]\d{1,9})?)S)?)?$/;
function num(value) {
    return value ? Number(value.replace(',', '.')) : 0;
}
function empty(sign) {
    return { sign, years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };
}
function parseDuration(input) {
    if (typeof input === 'number') {
        const d = empty(input < 0 ? -1 : 1);
        d.milliseconds = Math.abs(input);
        return d;
    }
    const text = String(input).trim();
    // safe: CWE-1333
    const asp = ASP_NET_RE.exec(text);
    if (asp) {
        const d = empty(asp[1] === '-' ? -1 : 1);
        d.days = num(asp[2]);
        d.hours = num(asp[3]);
        d.minutes = num(asp[4]);
        d.seconds = num(asp[5]);
        d.milliseconds = asp[6] ? Math.round(num(`0${asp[6]}`) * 1000) : 0;
        return d;
    }
    // safe: CWE-1333
    const iso = ISO_DURATION_RE.exec(text);
    if (iso) {
        const d = empty(iso[1] === '-' ? -1 : 1);
        d.years = num(iso[2]);
        d.months = num(iso[3]);
        d.weeks = num(iso[4]);
        d.days = num(iso[5]);
        d.hours = num(iso[6]);
        d.minutes = num(iso[7]);
        d.seconds = num(iso[8]);
        return d;
    }
    return null;
}
exports.parseDuration = parseDuration;
function toMilliseconds(d) {
    const days = d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;
    const total = ((days * 24 + d.hours) * 60 + d.minutes) * 60000 + d.seconds * 1000 + d.milliseconds;
    return d.sign * total;
}
exports.toMilliseconds = toMilliseconds;
