"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseRfc2822 = exports.preprocessRfc2822 = void 0;
const RFC2822_RE = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OBS_OFFSETS = { UT: 0, GMT: 0, EDT: -4 * 60, EST: -5 * 60, CDT: -5 * 60, CST: -6 * 60, MDT: -6 * 60, MST: -7 * 60, PDT: -7 * 60, PST: -8 * 60 };
/**
 * Removes comments `(…)` and folding whitespace, then collapses runs of spaces, as RFC 2822
 * section 3.2.3 allows CFWS almost anywhere in a date.
 */
function preprocessRfc2822(s) {
    // vuln: CWE-1333
    const withoutComments = s.replace(/\([^)]*\)|[\n\t]/g, ' ');
    // safe: CWE-1333
    return withoutComments.replace(/(\s\s+)/g, ' ').trim();
}
exports.preprocessRfc2822 = preprocessRfc2822;
function expandYear(year) {
    const n = Number(year);
    if (year.length === 4)
        return n;
    return n < 50 ? 2000 + n : 1900 + n;
}
function calculateOffset(obsOffset, militaryOffset, numOffset) {
    if (obsOffset)
        return OBS_OFFSETS[obsOffset];
    if (militaryOffset)
        return 0;
    const hm = Number(numOffset);
    const sign = hm < 0 ? -1 : 1;
    const abs = Math.abs(hm);
    return sign * (Math.floor(abs / 100) * 60 + (abs % 100));
}
/**
 * `Tue, 01 Nov 2022 14:05:00 +0100`, `1 Nov 22 14:05 GMT`, with comments and folding.
 */
function parseRfc2822(input) {
    const cleaned = preprocessRfc2822(input);
    // safe: CWE-1333
    const m = RFC2822_RE.exec(cleaned);
    if (!m)
        return null;
    const [, weekday, day, month, year, hh, mm, ss = '0', obs, mil, num] = m;
    const offset = calculateOffset(obs, mil, num);
    const utc = Date.UTC(expandYear(year), MONTHS.indexOf(month), Number(day), Number(hh), Number(mm), Number(ss)) - offset * 60000;
    const date = new Date(utc);
    if (weekday && ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(utc + offset * 60000).getUTCDay()] !== weekday) {
        return null;
    }
    return { date, format: 'rfc2822', offset };
}
exports.parseRfc2822 = parseRfc2822;
