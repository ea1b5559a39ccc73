"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatDate = void 0;
// [escaped text] or a token; every alternative is a fixed string or a class without overlap.
const TOKEN_RE = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|ZZ|Z/g;
function pad(n, width = 2) {
    return String(Math.abs(n)).padStart(width, '0');
}
function zone(offset, colon) {
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}
function formatDate(date, pattern, offset, locale) {
    const local = new Date(date.getTime() + offset * 60000);
    const values = {
        YYYY: () => String(local.getUTCFullYear()),
        YY: () => pad(local.getUTCFullYear() % 100),
        MMMM: () => locale.months[local.getUTCMonth()],
        MMM: () => locale.monthsShort[local.getUTCMonth()],
        MM: () => pad(local.getUTCMonth() + 1),
        M: () => String(local.getUTCMonth() + 1),
        DD: () => pad(local.getUTCDate()),
        D: () => String(local.getUTCDate()),
        dddd: () => locale.weekdays[local.getUTCDay()],
        ddd: () => locale.weekdaysShort[local.getUTCDay()],
        HH: () => pad(local.getUTCHours()),
        H: () => String(local.getUTCHours()),
        hh: () => pad(local.getUTCHours() % 12 || 12),
        h: () => String(local.getUTCHours() % 12 || 12),
        mm: () => pad(local.getUTCMinutes()),
        m: () => String(local.getUTCMinutes()),
        ss: () => pad(local.getUTCSeconds()),
        s: () => String(local.getUTCSeconds()),
        SSS: () => pad(local.getUTCMilliseconds(), 3),
        A: () => (local.getUTCHours() < 12 ? 'AM' : 'PM'),
        ZZ: () => zone(offset, false),
        Z: () => zone(offset, true),
    };
    // safe: CWE-1333
    return pattern.replace(TOKEN_RE, (token, escaped) => (escaped !== undefined ? escaped : values[token]()));
}
exports.formatDate = formatDate;
